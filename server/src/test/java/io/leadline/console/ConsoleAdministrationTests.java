package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import io.leadline.testing.WebhookReceiver;
import io.leadline.web.UnhandledError;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;

/** Issue 32: the team, API key and webhook pages at the HTTP level — what they change and whom they refuse. */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S",
    "leadline.messages.team-smtp.allow-private-hosts=true",
    "leadline.secrets.key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" // 32 zero bytes: a test key
})
abstract class ConsoleAdministrationTests extends ConsoleTestBase {

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private static String shown(String page, String inputId) {
        Matcher value = Pattern.compile("id=\"" + inputId + "\" readonly value=\"([^\"]+)\"").matcher(page);
        assertThat(value.find()).as(inputId + " shown on the page").isTrue();
        return value.group(1).replace("&amp;", "&");
    }

    @Test
    void anOwnerInvitesAMemberWhoSignsInWithTheLinkAndAFormTheServiceRefusesWritesNothing() {
        TestTeam team = newTeam();
        ConsoleClient owner = signedIn(team, ownerOf(team));
        ConsoleClient.Page refused = owner.post("/app/team/members",
                Map.of("email", "not-an-address", "firstName", "Nia", "lastName", "Moss", "role", "AGENT"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("email is not an email address: not-an-address").contains("value=\"Nia\"");
        assertThat(team.owner().get("/leadline/v1/users").raw()).doesNotContain("Moss");

        ConsoleClient.Page invited = owner.post("/app/team/members",
                Map.of("email", "nia@example.com", "firstName", "Nia", "lastName", "Moss", "role", "AGENT"));
        assertThat(invited.status()).isEqualTo(200);
        String link = shown(invited.body(), "invitation-link");
        ConsoleClient nia = console();
        nia.setPassword(link, PASSWORD);
        assertThat(nia.signIn("nia@example.com", PASSWORD).location()).hasValue(baseUrl() + "/app/leads");
        assertThat(nia.get("/app/team").status()).as("an agent does not see the team page").isEqualTo(404);
    }

    @Test
    void aMembersPageTagsThemChangesTheirRoleAndDeactivatesThemAsTheApiWould() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));
        assertThat(owner.post("/app/team/members/" + ann.userId() + "/tags", Map.of("tags", "Spanish, Luxury")).status()).isEqualTo(302);
        assertThat(owner.get("/app/team/members/" + ann.userId()).body()).contains(">Spanish<").contains(">Luxury<");
        assertThat(team.owner().get("/leadline/v1/member-tags").raw()).contains("Spanish").contains("Luxury");

        assertThat(owner.post("/app/team/members/" + ann.userId() + "/role", Map.of("role", "LENDER")).status()).isEqualTo(302);
        assertThat(owner.post("/app/team/members/" + ann.userId() + "/active", Map.of("active", "false")).status()).isEqualTo(302);
        assertThat(ann.client().get("/v1.0/me").status()).as("a deactivated member's key stops").isEqualTo(401);
        assertThat(owner.get("/app/team").body()).contains("LENDER").contains("Deactivated");
        assertThat(owner.post("/app/team/members/" + ann.userId() + "/active", Map.of("active", "true")).status()).isEqualTo(302);
        assertThat(ann.client().get("/v1.0/me").status()).isEqualTo(200);
        assertThat(owner.get("/app/team/members/424242").status()).isEqualTo(404);
    }

    @Test
    void officesAreAddedRenamedAndMovedButNeverBelowThemselves() {
        TestTeam team = newTeam();
        ConsoleClient owner = signedIn(team, ownerOf(team));
        assertThat(owner.post("/app/team/offices", Map.of("name", "North")).status()).isEqualTo(302);
        long north = team.owner().get("/leadline/v1/offices").json().path("offices").path(0).path("id").asLong();
        assertThat(owner.post("/app/team/offices", Map.of("name", "Harbour", "parentId", String.valueOf(north))).status()).isEqualTo(302);
        long harbour = team.owner().get("/leadline/v1/offices").json().path("offices").valueStream()
                .filter(office -> office.path("name").asString().equals("Harbour")).findFirst().orElseThrow().path("id").asLong();

        ConsoleClient.Page belowItself = owner.post("/app/team/offices/" + north, Map.of("name", "North", "parentId", String.valueOf(harbour)));
        assertThat(belowItself.status()).isEqualTo(400);
        assertThat(belowItself.body()).contains("below itself");
        assertThat(owner.post("/app/team/offices/" + harbour, Map.of("name", "Harbour Point", "parentId", "")).status()).isEqualTo(302);
        var moved = team.owner().get("/leadline/v1/offices").json().path("offices").valueStream()
                .filter(office -> office.path("id").asLong() == harbour).findFirst().orElseThrow();
        assertThat(moved.path("name").asString()).isEqualTo("Harbour Point");
        assertThat(moved.path("parentId").isNull()).as(moved.toString()).isTrue();
    }

    @Test
    void anAdminCannotPromoteAnyoneToAdminOrOwnerNorTouchTheOwnersKeys() {
        TestTeam team = newTeam();
        TestMember admin = team.member("ADMIN", null);
        TestMember ann = team.agent(null);
        ConsoleClient browser = signedIn(team, admin);
        String page = browser.get("/app/team").body();
        assertThat(page).as("the roles an admin may give").contains("<option value=\"AGENT\"")
                .doesNotContain("<option value=\"ADMIN\"").doesNotContain("<option value=\"OWNER\"");

        for (String role : List.of("OWNER", "ADMIN")) {
            ConsoleClient.Page refused = browser.post("/app/team/members/" + ann.userId() + "/role", Map.of("role", role));
            assertThat(refused.status()).as(role).isEqualTo(400);
        }
        assertThat(team.owner().get("/leadline/v1/users").json().path("users").valueStream()
                .filter(user -> user.path("userId").asLong() == ann.userId()).findFirst().orElseThrow()
                .path("role").asString()).isEqualTo("AGENT");

        ConsoleClient.Page forOwner = browser.post("/app/team/keys", Map.of("userId", String.valueOf(team.ownerUserId()), "name", "mine now"));
        assertThat(forOwner.status()).isEqualTo(400);
        assertThat(forOwner.body()).contains("Permission denied").doesNotContain("id=\"issued-key\"");
        long ownersKey = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(key -> key.path("userId").asLong() == team.ownerUserId()).findFirst().orElseThrow().path("id").asLong();
        assertThat(browser.post("/app/team/keys/" + ownersKey + "/revoke", Map.of()).status()).isEqualTo(400);
        assertThat(team.owner().get("/v1.0/me").status()).as("the owner's key still works").isEqualTo(200);
    }

    @Test
    void aKeyIssuedOnThePageWorksOnTheApiUntilRevokedThere() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));
        ConsoleClient.Page issued = owner.post("/app/team/keys", Map.of("userId", String.valueOf(ann.userId()), "name", "Zapier",
                "rateLimit", "120"));
        assertThat(issued.status()).isEqualTo(200);
        String key = shown(issued.body(), "issued-key");
        ApiResponse me = team.owner().as("token " + key).get("/v1.0/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(ann.email());
        assertThat(owner.get("/app/team/keys").body()).as("the secret is shown once").doesNotContain(key).contains("Zapier");

        long keyId = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("name").asString().equals("Zapier")).findFirst().orElseThrow().path("id").asLong();
        assertThat(owner.post("/app/team/keys/" + keyId + "/rate-limit", Map.of("rateLimit", "30")).status()).isEqualTo(302);
        assertThat(rateLimitOf(team, keyId)).isEqualTo(30);
        assertThat(owner.post("/app/team/keys/" + keyId + "/rate-limit", Map.of("rateLimit", "-1")).status()).isEqualTo(400);
        assertThat(owner.post("/app/team/keys/" + keyId + "/rate-limit", Map.of("rateLimit", "")).status()).isEqualTo(302);
        assertThat(team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("id").asLong() == keyId).findFirst().orElseThrow().path("rateLimitPerMinute").isNull())
                .as("empty: the server's default").isTrue();
        assertThat(owner.post("/app/team/keys/" + keyId + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(team.owner().as("token " + key).get("/v1.0/me").status()).isEqualTo(401);
    }

    private static int rateLimitOf(TestTeam team, long keyId) {
        return team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("id").asLong() == keyId).findFirst().orElseThrow().path("rateLimitPerMinute").asInt();
    }

    @Test
    void aSubscriptionMadeOnThePageIsPingedLoggedAndReplayed() {
        TestTeam team = newTeam();
        ConsoleClient owner = signedIn(team, ownerOf(team));
        ConsoleClient.Page refused = owner.post("/app/webhooks", Map.of("listId", "2", "callbackUrl", "not a url"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("WEBHOOK_CALLBACK_URL_INVALID");

        assertThat(owner.post("/app/webhooks", Map.of("listId", "2", "callbackUrl", receiver.url("/hook"))).status()).isEqualTo(302);
        long id = team.owner().get("/v1.0/webhooks").json().path(0).path("subscribeId").asLong();
        ConsoleClient.Page signed = owner.post("/app/webhooks/" + id + "/secret", Map.of());
        String secret = shown(signed.body(), "new-secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("signed").asBoolean()).isTrue();
        assertThat(owner.get("/app/webhooks").body()).as("the secret is shown once").doesNotContain(secret);
        assertThat(owner.post("/app/webhooks/" + id + "/paused", Map.of("paused", "true")).status()).isEqualTo(302);
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("paused").asBoolean()).isTrue();
        assertThat(owner.post("/app/webhooks/" + id + "/paused", Map.of("paused", "false")).status()).isEqualTo(302);
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("paused").asBoolean()).isFalse();
        assertThat(owner.post("/app/webhooks/" + id + "/ping", Map.of()).status()).isEqualTo(302);
        assertThat(owner.get("/app/webhooks/" + id).body()).contains("Ping delivered.").contains("PING");

        team.createLead(team.owner(), Map.of("firstName", "Hook"));
        receiver.await(received -> received.stream().anyMatch(r -> r.body().contains("newLead")), Duration.ofSeconds(10));
        receiver.failNext(1, 503);
        String log = owner.get("/app/webhooks/" + id).body();
        Matcher message = Pattern.compile("/app/webhooks/" + id + "/deliveries/(\\d+)/replay").matcher(log);
        assertThat(message.find()).as(log).isTrue();
        assertThat(owner.post("/app/webhooks/" + id + "/deliveries/" + message.group(1) + "/replay", Map.of()).status()).isEqualTo(302);
        assertThat(owner.get("/app/webhooks/" + id).body()).as("the failing answer is in the log")
                .contains("503").contains("the receiver fails on purpose");

        int before = receiver.received().size();
        assertThat(owner.post("/app/webhooks/" + id + "/replay", Map.of("since", "yesterday")).status()).isEqualTo(400);
        assertThat(owner.post("/app/webhooks/" + id + "/replay", Map.of("since", "2000-01-01T00:00")).status()).isEqualTo(302);
        List<WebhookReceiver.Received> again = receiver.await(received -> received.size() > before, Duration.ofSeconds(10));
        assertThat(again.getLast().body()).contains("newLead");
    }

    @Test
    void theSettingsPageAddsStagesAndFieldsAndKeepsTheMailPasswordItNeverShows() {
        TestTeam team = newTeam();
        ConsoleClient owner = signedIn(team, ownerOf(team));
        assertThat(owner.post("/app/team/settings/stages", Map.of("name", "Nurture")).status()).isEqualTo(302);
        assertThat(team.owner().get("/v1.0/teamFeatures/lead-pipelines?pageSize=100").raw()).contains("Nurture");
        ConsoleClient.Page tooLong = owner.post("/app/team/settings/stages", Map.of("name", "A stage name far too long"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("name");

        team.createLead(team.owner(), Map.of("firstName", "Sourced", "source", "Zillow"));
        assertThat(owner.post("/app/team/settings/sources", Map.of("name", "Open house")).status()).isEqualTo(302);
        assertThat(owner.post("/app/team/settings/sources", Map.of("name", "Zillow")).status()).as("already there").isEqualTo(400);
        assertThat(owner.get("/app/team/settings").body()).contains("Open house, Zillow");

        assertThat(owner.post("/app/team/settings/lead-fields", Map.of("name", "Budget band", "type", "single_select",
                "options", "Low, Mid, High")).status()).isEqualTo(302);
        assertThat(team.owner().get("/v1.0/teamFeatures/listCustomField").raw()).contains("Budget band").contains("High");
        assertThat(owner.post("/app/team/settings/lead-fields", Map.of("name", "Mood", "type", "single_select")).status())
                .as("a select without choices").isEqualTo(400);
        assertThat(owner.post("/app/team/settings/transaction-fields", Map.of("name", "Lender", "type", "TEXT")).status())
                .isEqualTo(302);
        assertThat(team.owner().get("/v1.0/transaction/customfields").raw()).contains("Lender");

        Map<String, String> mail = new java.util.HashMap<>(Map.of("from", "office@example.com", "fromName", "The Office",
                "host", "127.0.0.1", "port", "587", "security", "starttls", "username", "office", "password", "s3cret-pass"));
        ConsoleClient.Page saved = owner.post("/app/team/settings/mail", mail);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        mail.put("password", "");
        mail.put("fromName", "The Front Office");
        assertThat(owner.post("/app/team/settings/mail", mail).status()).isEqualTo(302);
        var settings = team.owner().get("/leadline/v1/mail-settings").json();
        assertThat(settings.path("fromName").asString()).isEqualTo("The Front Office");
        assertThat(settings.path("passwordSet").asBoolean()).as("an empty password keeps the stored one").isTrue();
        String page = owner.get("/app/team/settings").body();
        assertThat(page).contains("127.0.0.1").doesNotContain("s3cret-pass").contains("Password (kept; type to replace)");
        mail.put("port", "25000");
        ConsoleClient.Page badPort = owner.post("/app/team/settings/mail", mail);
        assertThat(badPort.status()).isEqualTo(400);
        assertThat(badPort.body()).contains("port");
    }

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aServerAdministratorSeesTheNodesTheTeamsAndTheLatestErrorsAndNobodyElseDoes() {
        TestTeam team = newTeam();
        long adminId = serverAdmin().get("/v1.0/me").json().path("memberUserId").asLong();
        ApiResponse link = serverAdmin().post("/leadline/v1/users/" + adminId + "/invitation", Map.of());
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        ConsoleClient operator = console();
        operator.setPassword(link.json().path("link").asString(), PASSWORD);
        operator.signIn(link.json().path("email").asString(), PASSWORD);
        String failing = "GET /v1.0/leads/" + System.nanoTime();
        events.publishEvent(new UnhandledError(failing, "java.lang.IllegalStateException: made by a test", OffsetDateTime.now()));

        ConsoleClient.Page ops = operator.get("/app/ops");
        assertThat(ops.status()).isEqualTo(200);
        assertThat(ops.body()).contains("Ops at a glance").containsPattern("answers in [0-9.]+ ms").contains("(this one)")
                .contains(failing).contains("made by a test").contains("/actuator/prometheus");
        assertThat(ops.body()).as("every team is listed").contains(">" + team.teamId() + "<");
        assertThat(ops.body()).containsPattern(getClass().isAnnotationPresent(io.leadline.testing.OnPostgres.class)
                ? "id=\"replication\">(not read yet|no standby streaming: a failover would have nowhere to go)<"
                : "id=\"replication\">none: the embedded database has no standby<");
        assertThat(operator.get("/app/leads").body()).contains("href=\"/app/ops\"");

        team.createLead(team.owner(), Map.of("firstName", "Indexed"));
        ConsoleClient.Page checked = operator.post("/app/ops/index-check", Map.of("teamId", String.valueOf(team.teamId())));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("Team " + team.teamId() + ": the index matches the leads.");
        assertThat(operator.post("/app/ops/index-check", Map.of("teamId", "42")).status()).isEqualTo(400);

        ConsoleClient owner = signedIn(team, ownerOf(team));
        assertThat(owner.get("/app/ops").status()).as("a team's owner is no server administrator").isEqualTo(404);
        assertThat(owner.post("/app/ops/index-check", Map.of("teamId", String.valueOf(team.teamId()))).status()).isEqualTo(404);
        assertThat(owner.get("/app/leads").body()).doesNotContain("/app/ops");
    }

    @Test
    void anAgentGetsNotFoundOnEveryAdministrationPageAndChangesNothing() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        ConsoleClient agent = signedIn(team, ann);
        for (String page : List.of("/app/team", "/app/team/keys", "/app/team/settings", "/app/webhooks",
                "/app/team/members/" + ann.userId(), "/app/routing/availability", "/app/routing/fallback")) {
            assertThat(agent.get(page).status()).as(page).isEqualTo(404);
        }
        assertThat(agent.post("/app/team/keys", Map.of("userId", String.valueOf(ann.userId()), "name", "own")).status()).isEqualTo(404);
        assertThat(agent.post("/app/webhooks", Map.of("listId", "2", "callbackUrl", receiver.url("/x"))).status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/webhooks").json().size()).isZero();
    }
}
