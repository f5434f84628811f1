package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.audit.AccessAudit;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 29: the lead list and the lead page show what the member's API key would see, no more. */
abstract class ConsoleLeadPagesTests extends ConsoleTestBase {

    @Autowired
    AccessAudit audit;

    @Test
    void anAgentFindsTheirLeadByPhoneAndGetsTheSameNotFoundPageForAnotherAgentsLeadAsForAMissingOne() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long annsLead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz",
                "phones", List.of("5550001111"), "assignedUserId", ann.userId(), "tags", List.of("buyer")));
        long bosLead = team.createLead(team.owner(), Map.of("firstName", "Dmitri", "lastName", "Ek",
                "phones", List.of("5550002222"), "assignedUserId", bo.userId()));
        ConsoleClient browser = signedIn(team, ann);

        ConsoleClient.Page found = browser.get("/app/leads?key=5550001111");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Carla Diaz").contains("/app/leads/" + annsLead).doesNotContain("Dmitri");
        assertThat(browser.get("/app/leads").body()).contains("Carla Diaz").doesNotContain("Dmitri Ek");
        assertThat(browser.get("/app/leads?key=5550002222").body()).contains("No leads match");

        ConsoleClient.Page own = browser.get("/app/leads/" + annsLead);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Carla Diaz").contains("5550001111").contains("buyer");
        ConsoleClient.Page others = browser.get("/app/leads/" + bosLead);
        ConsoleClient.Page missing = browser.get("/app/leads/" + (bosLead + 1_000_000));
        ConsoleClient.Page notAnId = browser.get("/app/leads/abc");
        assertThat(List.of(others.status(), missing.status(), notAnId.status())).containsOnly(404);
        // the same page but for the CSRF token, which is masked afresh in every response
        assertThat(withoutToken(others.body())).isEqualTo(withoutToken(missing.body())).contains("Not found");
        assertThat(team.owner().get("/v1.0/leads/" + bosLead).status()).as("the lead exists").isEqualTo(200);

        audit.write();
        assertThat(team.owner().get("/leadline/v1/audit?leadId=" + annsLead).json().path("entries"))
                .as("the lead page is a read of the lead's full record, in the access audit")
                .extracting(entry -> entry.path("action").asString() + " by " + entry.path("userId").asLong())
                .containsExactly("lead.read by " + ann.userId());
    }

    @Test
    void theListPagesOnByScrollTokenAndABadFilterGetsTheApisMessage() {
        TestTeam team = newTeam();
        for (int i = 0; i < 55; i++) {
            team.createLead(team.owner(), Map.of("firstName", "Lead" + i, "lastName", "Scroll"));
        }
        TestMember owner = new TestMember(team.ownerUserId(), ownerEmail(team), team.owner());
        ConsoleClient browser = signedIn(team, owner);
        ConsoleClient.Page first = browser.get("/app/leads");
        assertThat(first.body()).contains(">55<");
        String next = first.body().replaceAll("(?s).*id=\"more\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("scrollId=");
        ConsoleClient.Page second = browser.get(next);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().split("<td><a href=\"/app/leads/").length - 1).as("the last 5 of 55").isEqualTo(5);
        assertThat(second.body()).doesNotContain("id=\"more\"");

        ConsoleClient.Page bad = browser.get("/app/leads?assignedUserId=ann");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("assignedUserId");
    }

    @Test
    void anEditTheApiRefusesShowsTheApisMessageAndWritesNothingAndAGoodOneIsSaved() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz",
                "emails", List.of("carla@example.com"), "assignedUserId", ann.userId()));
        long bosLead = team.createLead(team.owner(), Map.of("firstName", "Dmitri", "assignedUserId", bo.userId()));
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads/" + lead);

        ConsoleClient.Page refused = browser.post("/app/leads/" + lead, Map.of("firstName", "Carla", "lastName", "Diaz-Ruiz",
                "emails", "carla@example.com\nnot-an-email", "phones", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("emails[1] is not an email address: not-an-email")
                .as("what was typed stays in the form").contains("Diaz-Ruiz");
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("lastName").asString())
                .as("nothing written").isEqualTo("Diaz");

        ConsoleClient.Page saved = browser.post("/app/leads/" + lead, Map.of("firstName", "Carla", "lastName", "Diaz-Ruiz",
                "emails", "carla@example.com\ncarla@work.example", "phones", "555 000 1111", "city", "Springfield"));
        assertThat(saved.location()).hasValue(baseUrl() + "/app/leads/" + lead + "?saved");
        var stored = team.owner().get("/v1.0/leads/" + lead).json().path("lead");
        assertThat(stored.path("lastName").asString()).isEqualTo("Diaz-Ruiz");
        assertThat(stored.path("emails").toString()).contains("carla@work.example");
        assertThat(stored.path("city").asString()).isEqualTo("Springfield");

        ConsoleClient.Page others = browser.post("/app/leads/" + bosLead, Map.of("firstName", "Hijacked"));
        assertThat(others.status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/leads/" + bosLead).json().path("lead").path("firstName").asString())
                .isEqualTo("Dmitri");
    }

    @Test
    void anEmailSentFromTheLeadPageIsCapturedAndOnTheTimelineAndATextToALeadWhoDeclinedIsRefusedWithTheReason() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz",
                "emails", List.of("carla@example.com"), "phones", List.of("5550001111"), "assignedUserId", ann.userId()));
        assertThat(team.owner().put("/v1.0/leads/" + lead, Map.of("cannotText", true)).status()).isEqualTo(200);
        ConsoleClient browser = signedIn(team, ann);
        assertThat(browser.get("/app/leads/" + lead).body()).contains("does not want texts.").contains("Lead created");

        ConsoleClient.Page sent = browser.post("/app/leads/" + lead + "/email",
                Map.of("subject", "Listings you asked for", "content", "Three houses near the park."));
        assertThat(sent.location()).hasValue(baseUrl() + "/app/leads/" + lead + "#messages");
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("Email sent.").contains("Listings you asked for").contains("Three houses near the park.");
        assertThat(team.owner().get("/v2.0/leads/" + lead + "/activities").json().path("activities").toString())
                .contains("Listings you asked for");

        browser.post("/app/leads/" + lead + "/text", Map.of("content", "Are you free?"));
        String refused = browser.get("/app/leads/" + lead).body();
        assertThat(refused).contains("cannotText); nothing was sent").doesNotContain("Text sent.").doesNotContain("Are you free?");
    }

    @Test
    void theTimelinePagesNewestFirst() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        for (int i = 1; i <= 22; i++) {
            assertThat(team.owner().post("/v1.0/notes", Map.of("leadId", lead, "content", "note number " + i)).status())
                    .isEqualTo(200);
        }
        ConsoleClient browser = signedIn(team, ann);
        String first = browser.get("/app/leads/" + lead).body();
        assertThat(first.indexOf("note number 22")).as("newest first").isLessThan(first.indexOf("note number 21"));
        assertThat(first).doesNotContain("note number 2<").doesNotContain("note number 1<");
        String older = first.replaceAll("(?s).*id=\"older\" href=\"([^\"#]+)#timeline\".*", "$1").replace("&amp;", "&");
        String second = browser.get(older).body();
        assertThat(second).contains("note number 2<").contains("note number 1<").doesNotContain("note number 3<")
                .doesNotContain("id=\"older\"");
    }

    @Test
    void aLeadMovedToTheTrashFromItsPageNeedsAReasonAndComesBackWithRestore() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "assignedUserId", ann.userId()));
        long bosLead = team.createLead(team.owner(), Map.of("firstName", "Dmitri", "assignedUserId", bo.userId()));
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads/" + lead);

        browser.post("/app/leads/" + lead + "/trash", Map.of("reason", ""));
        assertThat(browser.get("/app/leads/" + lead).body()).contains("reason is required");
        ConsoleClient.Page trashed = browser.post("/app/leads/" + lead + "/trash", Map.of("reason", "a duplicate of Carla D."));
        assertThat(trashed.location()).hasValue(baseUrl() + "/app/leads/" + lead + "/trash");
        assertThat(browser.get("/app/leads/" + lead + "/trash").body()).contains("In the trash").contains("a duplicate of Carla D.");
        assertThat(browser.get("/app/leads/" + lead).status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/leads/" + lead).status()).isEqualTo(404);

        ConsoleClient.Page restored = browser.post("/app/leads/" + lead + "/restore", Map.of());
        assertThat(restored.location()).hasValue(baseUrl() + "/app/leads/" + lead);
        assertThat(browser.get("/app/leads/" + lead).body()).contains("Restored from the trash.");
        assertThat(team.owner().get("/v1.0/leads/" + lead).status()).isEqualTo(200);

        assertThat(browser.post("/app/leads/" + bosLead + "/trash", Map.of("reason", "not mine")).status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/leads/" + bosLead).status()).as("untouched").isEqualTo(200);
        assertThat(browser.get("/app/leads/" + bosLead + "/trash").status()).isEqualTo(404);
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private String ownerEmail(TestTeam team) {
        return team.owner().get("/v1.0/me").json().path("email").asString();
    }
}
