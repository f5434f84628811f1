package io.leadline.sandbox;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Sandbox mode (issue 28): the clock, the request journal, faults and the built-in webhook receivers. */
@TestPropertySource(properties = {"leadline.sandbox.enabled=true", "leadline.webhooks.poll-interval=PT0.1S"})
abstract class SandboxTests extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    static final String SANDBOX = "/leadline/v1/sandbox";

    @Test
    void theControlsAreAServerAdministratorsAlone() {
        TestTeam team = newTeam();
        for (String path : List.of("/clock", "/journal", "/faults", "/snapshots", "/messages", "/lofty-behaviours", "/receivers/r/deliveries")) {
            assertThat(team.owner().get(SANDBOX + path).status()).as(path).isEqualTo(403);
            assertThat(anonymous().get(SANDBOX + path).status()).as(path).isEqualTo(401);
            assertThat(serverAdmin().get(SANDBOX + path).status()).as(path).isEqualTo(200);
        }
        assertThat(team.owner().put(SANDBOX + "/clock", Map.of("advance", "PT1M")).status()).isEqualTo(403);
        assertThat(team.owner().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "drop")).status()).isEqualTo(403);
        for (String path : List.of("/reset", "/snapshots/mine", "/snapshots/fixtures/restore", "/fixtures", "/messages/inbound")) {
            assertThat(team.owner().post(SANDBOX + path, Map.of()).status()).as(path).isEqualTo(403);
        }
        assertThat(team.owner().put(SANDBOX + "/lofty-behaviours", Map.of("readLag", "PT1S")).status()).isEqualTo(403);
        assertThat(team.owner().delete(SANDBOX + "/journal").status()).isEqualTo(403);
    }

    // --- clock

    @Test
    void theClockMovesForwardAndWhatTheServerWritesFollowsIt() {
        Instant before = now();
        ApiResponse moved = serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "P3D"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Instant after = Instant.parse(moved.json().path("now").asString());
        assertThat(Duration.between(before, after)).isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));
        assertThat(moved.json().path("offsetMillis").asLong()).isGreaterThanOrEqualTo(Duration.ofDays(3).toMillis());

        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        String created = team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("createTime").asString();
        assertThat(java.time.OffsetDateTime.parse(created).toInstant()).isBetween(after.minusSeconds(1), after.plusSeconds(60));

        Instant target = after.plus(Duration.ofDays(30));
        ApiResponse set = serverAdmin().put(SANDBOX + "/clock", Map.of("now", target.toString()));
        assertThat(Instant.parse(set.json().path("now").asString())).isBetween(target, target.plusSeconds(60));
    }

    @Test
    void theClockRefusesToGoBackOrToGuess() {
        ApiResponse back = serverAdmin().put(SANDBOX + "/clock", Map.of("now", "2001-01-01T00:00:00Z"));
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.message()).contains("only moves forward");
        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "-PT1H")).message()).contains("only moves forward");
        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of()).message()).contains("exactly one of now");
        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of("now", now().toString(), "advance", "PT1M")).status()).isEqualTo(400);
        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "an hour")).message()).contains("ISO-8601 duration");
        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of("now", "tomorrow")).message()).contains("ISO-8601 time");
        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of("now", "2300-01-01T00:00:00Z")).status()).isEqualTo(400);
    }

    @Test
    void movingTheClockSettlesAnOfferThatRanOutBeforeItAnswers() {
        TestTeam team = newTeam();
        TestTeam.TestMember offered = team.agent(null);
        long fallbackAgent = team.agent(null).userId();
        ApiResponse rule = team.owner().post("/leadline/v1/routing/rules", Map.of("name", "Blast", "routingStrategy",
                Map.of("strategyType", 3, "touchMinutes", 5, "memberWeights", List.of(Map.of("memberId", offered.userId())))));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        team.owner().put("/leadline/v1/routing/fallbacks", Map.of("strategyType", 5, "assigneeAgentId", fallbackAgent));
        long leadId = team.createLead(team.owner(), aLead().build());
        assertThat(assignee(team, leadId).isNull()).isTrue();

        assertThat(serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "PT6M")).status()).isEqualTo(200);

        assertThat(assignee(team, leadId).asLong()).isEqualTo(fallbackAgent);
    }

    @Test
    void movingTheClockFiresADueReminderAndItsWebhookReachesAReceiver() {
        TestTeam team = newTeam();
        String receiver = "reminders-" + team.teamId();
        subscribe(team, 10, receiver);
        long leadId = team.createLead(team.owner(), aLead().build());
        ApiResponse task = team.owner().post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", "Call back",
                "assignedRole", "Agent", "endAt", now().plus(Duration.ofDays(2)).toString(),
                "reminderTime", now().plus(Duration.ofHours(1)).toString()));
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        long taskId = task.json().path("taskId").asLong();

        serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "PT2H"));

        assertThat(team.owner().get("/leadline/v1/tasks/" + taskId).json().path("reminderSentTime").isNull()).isFalse();
        List<JsonNode> deliveries = awaitDeliveries(receiver, list -> list.stream().anyMatch(d -> d.path("body").asString().contains("taskReminder")));
        assertThat(deliveries).anySatisfy(d -> assertThat(d.path("body").asString()).contains("\"taskId\":" + taskId));
    }


    // --- reset and snapshots

    @Test
    void aRestoreKeepsTheUnwrittenChildrenOfARowWrittenSince() {
        TestTeam team = newTeam();
        String receiver = "kept-" + team.teamId();
        long subscription = subscribe(team, 2, receiver);
        team.createLead(team.owner(), aLead().build());
        awaitDeliveryLog(team, subscription, log -> log.size() == 1 && log.getFirst().path("status").asString().equals("DELIVERED"));
        String name = "kept-" + team.teamId();
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name, Map.of()).status()).isEqualTo(201);
        // the subscription's row is written; its message and attempt rows, which a cascading key ties to it, are not
        assertThat(team.owner().put("/leadline/v1/webhooks/" + subscription + "/paused", Map.of("paused", true)).status()).isEqualTo(200);

        ApiResponse restored = serverAdmin().post(SANDBOX + "/snapshots/" + name + "/restore", Map.of());

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/webhooks/" + subscription).json().path("paused").asBoolean()).isFalse();
        awaitDeliveryLog(team, subscription, log -> log.size() == 1 && log.getFirst().path("attemptLog").size() == 1);
    }

    @Test
    void aLeaseSavedInASnapshotDoesNotHoldDeliveriesAfterTheRestore() {
        TestTeam team = newTeam();
        String receiver = "unleased-" + team.teamId();
        long subscription = subscribe(team, 2, receiver);
        // as if a dispatcher were sending when the snapshot was saved, with a lease that would hold the subscription for
        // good (far past any time the tests move the clock to)
        jdbc.sql("UPDATE webhook_subscriptions SET lease_token = 'gone-worker', blocked_until = :until WHERE id = :id")
                .param("until", java.time.OffsetDateTime.parse("2199-01-01T00:00:00Z")).param("id", subscription).update();
        String name = "leased-" + team.teamId();
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name, Map.of()).status()).isEqualTo(201);
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name + "/restore", Map.of()).status()).isEqualTo(200);

        long leadId = team.createLead(team.owner(), aLead().build());

        awaitDeliveries(receiver, list -> list.stream().anyMatch(d -> d.path("body").asString().contains("\"leadId\":" + leadId)));
    }

    @Test
    void aSnapshotPutsTheDataBackAndIdsKeepIncreasing() {
        TestTeam team = newTeam();
        long kept = team.createLead(team.owner(), aLead().with("firstName", "Keepsake").with("tags", List.of("Gold")).build());
        String name = "before-" + team.teamId();
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name, Map.of()).status()).isEqualTo(201);
        long dropped = team.createLead(team.owner(), aLead().with("firstName", "Ephemeral").build());
        team.owner().put("/v1.0/leads/" + kept, Map.of("firstName", "Changed", "tagsRemove", List.of("Gold")));

        ApiResponse restored = serverAdmin().post(SANDBOX + "/snapshots/" + name + "/restore", Map.of());
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);

        assertThat(team.owner().get("/v1.0/leads/" + dropped).status()).isEqualTo(404);
        JsonNode lead = team.owner().get("/v1.0/leads/" + kept).json().path("lead");
        assertThat(lead.path("firstName").asString()).isEqualTo("Keepsake");
        assertThat(lead.path("tags").get(0).path("tagName").asString()).isEqualTo("Gold");
        assertThat(team.owner().get("/v1.0/leads?key=keepsake").json().path("leads")).hasSize(1);
        assertThat(team.owner().get("/v1.0/leads?limit=10").json().path("_metadata").path("total").asLong()).isEqualTo(1);
        long later = team.createLead(team.owner(), aLead().with("firstName", "Keepsake").build());
        assertThat(later).as("ids keep increasing: a stale id never finds a new object").isGreaterThan(dropped);
        assertThat(team.owner().get("/v1.0/leads?key=keepsake").json().path("leads")).hasSize(2);
        assertThat(serverAdmin().get(SANDBOX + "/snapshots").json().path("snapshots"))
                .anySatisfy(s -> assertThat(s.path("name").asString()).isEqualTo(name));
        assertThat(serverAdmin().delete(SANDBOX + "/snapshots/" + name).status()).isEqualTo(204);
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name + "/restore", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aTeamIsRestoredAloneAndAResetForgetsTeamsMadeSinceTheStart() {
        TestTeam first = newTeam();
        TestTeam second = newTeam();
        long firstLead = first.createLead(first.owner(), aLead().with("firstName", "First").build());
        long secondLead = second.createLead(second.owner(), aLead().with("firstName", "Second").build());
        String name = "teams-" + first.teamId();
        serverAdmin().post(SANDBOX + "/snapshots/" + name, Map.of());
        first.owner().put("/v1.0/leads/" + firstLead, Map.of("firstName", "First changed"));
        second.owner().put("/v1.0/leads/" + secondLead, Map.of("firstName", "Second changed"));

        assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name + "/restore?team=" + first.teamId(), Map.of()).status())
                .isEqualTo(200);
        assertThat(first.owner().get("/v1.0/leads/" + firstLead).json().path("lead").path("firstName").asString()).isEqualTo("First");
        assertThat(second.owner().get("/v1.0/leads/" + secondLead).json().path("lead").path("firstName").asString())
                .isEqualTo("Second changed");

        assertThat(serverAdmin().post(SANDBOX + "/reset?team=" + second.teamId(), Map.of()).status()).isEqualTo(200);
        assertThat(second.owner().get("/v1.0/me").status()).as("the team did not exist at start").isEqualTo(401);
        assertThat(first.owner().get("/v1.0/me").status()).isEqualTo(200);
        assertThat(serverAdmin().get("/v1.0/me").status()).isEqualTo(200);

        ApiResponse reset = serverAdmin().post(SANDBOX + "/reset", Map.of());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().path("snapshot").asString()).isEqualTo("fixtures");
        assertThat(first.owner().get("/v1.0/me").status()).isEqualTo(401);
        assertThat(serverAdmin().get("/leadline/v1/teams").json().toString()).doesNotContain(String.valueOf(first.teamId()));
        assertThat(newTeam().owner().get("/v1.0/me").status()).as("the server goes on after a reset").isEqualTo(200);
    }

    @Test
    void requestsRunningDuringARestoreEachSeeBeforeOrAfter() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("firstName", "w0").with("tags", List.of("w0")).build());
        String name = "busy-" + team.teamId();
        serverAdmin().post(SANDBOX + "/snapshots/" + name, Map.of());
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        var writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int i = 1; i <= 40; i++) {
            String word = "w" + i;
            writers.submit(() -> statuses.add(team.owner().put("/v1.0/leads/" + leadId,
                    Map.of("firstName", word, "tags", List.of(word))).status()));
            if (i == 20) {
                assertThat(serverAdmin().post(SANDBOX + "/snapshots/" + name + "/restore?team=" + team.teamId(), Map.of())
                        .status()).isEqualTo(200);
            }
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(statuses).hasSize(40).containsOnly(200);
        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("tags")).hasSize(1);
        assertThat(lead.path("tags").get(0).path("tagName").asString()).isEqualTo(lead.path("firstName").asString());
        String firstName = lead.path("firstName").asString();
        assertThat(team.owner().get("/v1.0/leads?key=" + firstName).json().path("leads")).hasSize(1);
    }

    @Test
    void fixturesPostedToASandboxStartedWithoutAFileBecomeWhatAResetReturnsToAndTheNextPostStartsAfresh() {
        // started without a file, the fixture state shares the initial state's copies until fixtures are posted
        assertThat(postFixtures("posted-one-owner-key1").status()).isEqualTo(200);
        TestTeam madeSince = newTeam();
        assertThat(serverAdmin().post(SANDBOX + "/reset", Map.of()).status()).isEqualTo(200);
        assertThat(madeSince.owner().get("/v1.0/me").status()).isEqualTo(401);
        assertThat(withKey("posted-one-owner-key1").get("/v1.0/me").status()).isEqualTo(200);

        assertThat(postFixtures("posted-two-owner-key1").status()).isEqualTo(200);
        assertThat(withKey("posted-one-owner-key1").get("/v1.0/me").status())
                .as("the second load starts from the state at start, not from the first load's").isEqualTo(401);
        assertThat(serverAdmin().post(SANDBOX + "/reset", Map.of()).status()).isEqualTo(200);
        assertThat(withKey("posted-two-owner-key1").get("/v1.0/me").status()).isEqualTo(200);

        assertThat(serverAdmin().post(SANDBOX + "/fixtures", Map.of("teams", List.of())).status()).isEqualTo(200);
        assertThat(withKey("posted-two-owner-key1").get("/v1.0/me").status()).isEqualTo(401);
    }

    private ApiResponse postFixtures(String ownerKey) {
        return serverAdmin().post(SANDBOX + "/fixtures", Map.of("teams", List.of(Map.of("name", "Posted " + ownerKey,
                "owner", Map.of("email", ownerKey + "@posted.example", "firstName", "Pat", "apiKey", ownerKey)))));
    }

    private ApiClient withKey(String key) {
        return new ApiClient(baseUrl(), "token " + key);
    }

    @Test
    void snapshotNamesAreCheckedAndTheFixturesAreNotOverwritten() {
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/Bad_Name", Map.of()).status()).isEqualTo(400);
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/fixtures", Map.of()).message()).contains("reset returns to");
        assertThat(serverAdmin().delete(SANDBOX + "/snapshots/fixtures").status()).isEqualTo(400);
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/never-saved/restore", Map.of()).status()).isEqualTo(404);
        assertThat(serverAdmin().delete(SANDBOX + "/snapshots/never-saved").status()).isEqualTo(404);
        assertThat(serverAdmin().post(SANDBOX + "/snapshots/initial", Map.of()).status()).isEqualTo(400);
        assertThat(serverAdmin().get(SANDBOX + "/snapshots").json().path("snapshots").valueStream()
                .map(s -> s.path("name").asString()).limit(2).toList()).containsExactly("initial", "fixtures");
    }


    // --- captured messages

    @Test
    void capturedMessagesAreListedAndALeadsReplyIsTakenInAsTheProvidersCallbackIs() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("cap@example.com"))
                .with("phones", List.of("512-555-0177")).build());
        assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "Listings", "content", "Three new ones"))
                .status()).isEqualTo(200);
        assertThat(team.owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId, "content", "Call you at 5?")).status())
                .isEqualTo(200);

        List<JsonNode> messages = serverAdmin().get(SANDBOX + "/messages?lead=" + leadId).json().path("messages").valueStream().toList();
        assertThat(messages).hasSize(2);
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.path("channel").asString()).isEqualTo("EMAIL");
            assertThat(m.path("to").asString()).isEqualTo("cap@example.com");
            assertThat(m.path("subject").asString()).isEqualTo("Listings");
            assertThat(m.path("body").asString()).isEqualTo("Three new ones");
        });
        assertThat(serverAdmin().get(SANDBOX + "/messages?recipient=CAP@example.com").json().path("messages")).hasSize(1);
        assertThat(serverAdmin().get(SANDBOX + "/messages?limit=0").status()).isEqualTo(400);

        ApiResponse replied = serverAdmin().post(SANDBOX + "/messages/inbound", Map.of("teamId", team.teamId(),
                "from", "+15125550177", "body", "Yes, 5 works"));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        JsonNode text = team.owner().get("/v1.0/communication/text?leadId=" + leadId).json().path("texts").valueStream()
                .filter(t -> t.path("direction").asString().equals("Inbound")).findFirst().orElseThrow();
        assertThat(text.path("textContent").asString()).isEqualTo("Yes, 5 works");
        assertThat(serverAdmin().post(SANDBOX + "/messages/inbound", Map.of("teamId", team.teamId(), "from", "+19995550000",
                "body", "Who is this?")).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SANDBOX + "/messages/inbound", Map.of("from", "+15125550177", "body", "x")).message())
                .contains("teamId");
    }


    // --- Lofty's behaviours

    @Test
    void withReadLagAWrittenLeadAnswers404AndStaysOutOfListsUntilTheLagPasses() {
        TestTeam team = newTeam();
        long settled = team.createLead(team.owner(), aLead().build());
        ApiResponse switched = serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("readLag", "PT30S"));
        assertThat(switched.json().path("readLag").asString()).isEqualTo("PT30S");
        try {
            long fresh = team.createLead(team.owner(), aLead().build());
            ApiResponse read = team.owner().get("/v1.0/leads/" + fresh);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.code()).isEqualTo(20006);
            JsonNode page = team.owner().get("/v1.0/leads?limit=10").json();
            assertThat(page.path("leads").valueStream().map(l -> l.path("leadId").asLong()).toList()).containsExactly(settled);
            assertThat(page.path("_metadata").path("total").asLong()).isEqualTo(1);
            assertThat(team.owner().put("/v1.0/leads/" + settled, Map.of("firstName", "Renamed")).status()).isEqualTo(200);
            assertThat(team.owner().get("/v1.0/leads/" + settled).status()).as("an update lags too").isEqualTo(404);

            serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "PT31S"));

            assertThat(team.owner().get("/v1.0/leads/" + fresh).status()).isEqualTo(200);
            assertThat(team.owner().get("/v1.0/leads/" + settled).json().path("lead").path("firstName").asString()).isEqualTo("Renamed");
            assertThat(team.owner().get("/v1.0/leads?limit=10").json().path("_metadata").path("total").asLong()).isEqualTo(2);
        } finally {
            serverAdmin().put(SANDBOX + "/lofty-behaviours", java.util.Collections.singletonMap("readLag", null));
        }
        assertThat(serverAdmin().get(SANDBOX + "/lofty-behaviours").json().path("readLag").isNull()).isTrue();
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("readLag", "soon")).status()).isEqualTo(400);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("readLag", "PT1H")).status()).isEqualTo(400);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("slowReplies", true)).message()).contains("readLag");
    }


    @Test
    void lateWebhooksWaitTheirTimeOnTheServersClock() throws Exception {
        TestTeam team = newTeam();
        String receiver = "late-" + team.teamId();
        subscribe(team, 2, receiver);
        ApiResponse switched = serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("lateWebhooks", Map.of("min", "PT5M", "max", "PT5M")));
        assertThat(switched.json().path("lateWebhooks").path("max").asString()).as(switched.toString()).isEqualTo("PT5M");
        try {
            team.createLead(team.owner(), aLead().build());
            Thread.sleep(1500);
            assertThat(serverAdmin().get(SANDBOX + "/receivers/" + receiver + "/deliveries").json().path("deliveries"))
                    .as("not before its five minutes").isEmpty();
            serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "PT6M"));
            assertThat(awaitDeliveries(receiver, list -> !list.isEmpty()).getFirst().path("body").asString()).contains("newLead");
        } finally {
            serverAdmin().put(SANDBOX + "/lofty-behaviours", java.util.Collections.singletonMap("lateWebhooks", null));
        }
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("lateWebhooks", "PT6M")).status()).isEqualTo(400);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("duplicateWebhooks", 1.5)).status()).isEqualTo(400);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("lateWebhooks", Map.of("min", "PT2M", "max", "PT1M")))
                .status()).isEqualTo(400);
        assertThat(serverAdmin().get(SANDBOX + "/lofty-behaviours").json().path("lateWebhooks").isNull()).isTrue();
    }


    @Test
    void duplicateWebhooksDeliverAMessageTwiceWithOneWebhookId() {
        TestTeam team = newTeam();
        String receiver = "twice-" + team.teamId();
        subscribe(team, 2, receiver);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("duplicateWebhooks", 1)).json()
                .path("duplicateWebhooks").asDouble()).isEqualTo(1.0);
        try {
            team.createLead(team.owner(), aLead().build());
            List<JsonNode> deliveries = awaitDeliveries(receiver, list -> list.size() >= 2);
            assertThat(deliveries.get(1).path("headers").path("webhook-id").asString())
                    .isEqualTo(deliveries.get(0).path("headers").path("webhook-id").asString());
            assertThat(deliveries.get(1).path("body").asString()).isEqualTo(deliveries.get(0).path("body").asString());
        } finally {
            serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("duplicateWebhooks", 0));
        }
    }

    @Test
    void outOfOrderWebhooksLetAMessageMadeLaterArriveFirst() {
        TestTeam team = newTeam();
        String receiver = "shuffled-" + team.teamId();
        long subscription = subscribe(team, 2, receiver);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("outOfOrderWebhooks", 1)).json()
                .path("outOfOrderWebhooks").asDouble()).isEqualTo(1.0);
        long heldBack;
        try {
            heldBack = team.createLead(team.owner(), aLead().build());
            awaitDeliveryLog(team, subscription, log -> log.size() == 1 && log.getFirst().path("status").asString().equals("PENDING"));
        } finally {
            serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("outOfOrderWebhooks", 0));
        }
        long madeLater = team.createLead(team.owner(), aLead().build());

        List<JsonNode> first = awaitDeliveries(receiver, list -> !list.isEmpty());
        assertThat(first.getFirst().path("body").asString()).contains("\"leadId\":" + madeLater).doesNotContain(Long.toString(heldBack));
        serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "PT6S"));
        List<JsonNode> both = awaitDeliveries(receiver, list -> list.size() >= 2);
        assertThat(both.get(1).path("body").asString()).contains("\"leadId\":" + heldBack);
        assertThat(serverAdmin().put(SANDBOX + "/lofty-behaviours", Map.of("outOfOrderWebhooks", "often")).message())
                .contains("outOfOrderWebhooks");
    }

    // --- receivers

    @Test
    void aReceiverRecordsASignedDeliveryAndSaysItVerified() {
        TestTeam team = newTeam();
        String receiver = "signed-" + team.teamId();
        long subscription = subscribe(team, 2, receiver);
        ApiResponse secret = team.owner().post("/leadline/v1/webhooks/" + subscription + "/secret", Map.of());
        assertThat(secret.status()).as(secret.toString()).isEqualTo(200);

        team.createLead(team.owner(), aLead().build());

        List<JsonNode> deliveries = awaitDeliveries(receiver, list -> !list.isEmpty());
        JsonNode delivery = deliveries.getFirst();
        assertThat(delivery.path("signatureVerified").asBoolean()).isTrue();
        assertThat(delivery.path("headers").path("webhook-signature").asString()).startsWith("v1,");
        assertThat(delivery.path("body").asString()).contains("newLead");

        ApiResponse forged = anonymous().withHeader("webhook-id", "msg_forged").withHeader("webhook-timestamp", "1700000000")
                .withHeader("webhook-signature", "v1,AAAA").postRaw(SANDBOX + "/receivers/" + receiver, "{\"newLead\":[]}");
        assertThat(forged.status()).as(forged.toString()).isEqualTo(200);
        assertThat(serverAdmin().get(SANDBOX + "/receivers/" + receiver + "/deliveries").json().path("deliveries"))
                .anySatisfy(d -> {
                    assertThat(d.path("headers").path("webhook-id").asString()).isEqualTo("msg_forged");
                    assertThat(d.path("signatureVerified").asBoolean()).isFalse();
                });

        assertThat(serverAdmin().delete(SANDBOX + "/receivers/" + receiver + "/deliveries").status()).isEqualTo(204);
        assertThat(serverAdmin().get(SANDBOX + "/receivers/" + receiver + "/deliveries").json().path("deliveries")).isEmpty();
    }

    @Test
    void anUnsignedDeliveryHasNothingToVerifyAndABadNameIsRefused() {
        String receiver = "plain-" + System.nanoTime();
        ApiResponse posted = anonymous().postRaw(SANDBOX + "/receivers/" + receiver, "{\"ping\":{}}");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().path("deliveryId").asLong()).isPositive();
        JsonNode delivery = serverAdmin().get(SANDBOX + "/receivers/" + receiver + "/deliveries").json().path("deliveries").get(0);
        assertThat(delivery.path("signatureVerified").isNull()).as("no signed subscription sends there").isTrue();
        assertThat(delivery.path("body").asString()).isEqualTo("{\"ping\":{}}");
        assertThat(anonymous().postRaw(SANDBOX + "/receivers/bad_name!", "{}").status()).isEqualTo(400);

        assertThat(anonymous().delete(SANDBOX + "/receivers").status()).as("only receiving is open").isEqualTo(401);
        assertThat(newTeam().owner().delete(SANDBOX + "/receivers").status()).isEqualTo(403);
        assertThat(serverAdmin().delete(SANDBOX + "/receivers").status()).isEqualTo(204);
        assertThat(serverAdmin().get(SANDBOX + "/receivers/" + receiver + "/deliveries").json().path("deliveries")).isEmpty();
    }

    // --- journal

    @Test
    void theJournalHoldsWhatTheClientSentAndGotButNoSecret() {
        TestTeam team = newTeam();
        String name = "journal-" + team.teamId();
        ApiClient client = namedKey(team, name);
        ApiResponse created = client.post("/v1.0/leads", aLead().with("firstName", "Journaled").build());
        long leadId = created.leadId();
        client.get("/v1.0/leads?key=journaled&limit=5");
        client.get("/v1.0/leads/999999999");
        long agent = team.agent(null).userId();
        ApiResponse issued = team.owner().post("/leadline/v1/api-keys", Map.of("userId", agent, "name", "journal-agent"));
        String agentKey = issued.json().path("key").asString();
        assertThat(agentKey).startsWith("llk_");

        JsonNode create = journal("?path=/v1.0/leads&method=POST&credential=" + name).getFirst();
        assertThat(create.path("status").asInt()).isEqualTo(200);
        assertThat(create.path("requestBody").asString()).contains("Journaled");
        assertThat(create.path("responseBody").asString()).contains(String.valueOf(leadId));
        assertThat(create.path("latencyMs").asLong()).isNotNegative();
        assertThat(journal("?path=/v1.0/leads&method=GET&credential=" + name).getFirst().path("query").asString())
                .isEqualTo("key=journaled&limit=5");
        assertThat(journal("?path=/v1.0/leads/*&status=4xx&credential=" + name)).singleElement().satisfies(e ->
                assertThat(e.path("path").asString()).isEqualTo("/v1.0/leads/999999999"));
        assertThat(journal("?path=/v1.0/leads/%7Bid%7D&status=404&credential=" + name).getFirst().path("status").asInt()).isEqualTo(404);
        assertThat(journal("?path=/v1.0/**&credential=" + name)).hasSize(3);

        String everything = serverAdmin().get(SANDBOX + "/journal?limit=1000").raw();
        assertThat(everything).contains("journal-agent").doesNotContain(agentKey)
                .doesNotContain(team.owner().authorization().substring("token ".length()))
                .doesNotContain(client.authorization().substring("token ".length())).doesNotContain(SERVER_ADMIN_KEY);

        assertThat(serverAdmin().get(SANDBOX + "/journal?status=2xx3").status()).isEqualTo(400);
        assertThat(serverAdmin().get(SANDBOX + "/journal?path=no-slash").status()).isEqualTo(400);
        assertThat(serverAdmin().get(SANDBOX + "/journal?since=yesterday").status()).isEqualTo(400);
        assertThat(serverAdmin().get(SANDBOX + "/journal?limit=0").status()).isEqualTo(400);
    }

    @Test
    void anUnauthenticatedCallIsJournaledWithItsBody() {
        anonymous().postRaw("/v1.0/notes", "{\"content\":\"no key\"}");
        JsonNode refused = journal("?path=/v1.0/notes&status=401").getFirst();
        assertThat(refused.path("requestBody").asString()).isEqualTo("{\"content\":\"no key\"}");
        assertThat(refused.path("credential").isNull()).isTrue();
    }

    // --- faults

    @Test
    void aFaultFiresExactlyOnItsNthCallAndThenStops() {
        TestTeam team = newTeam();
        String path = "/v1.0/leads/" + team.createLead(team.owner(), aLead().build());
        JsonNode fault = addFault(Map.of("method", "GET", "path", path, "onCall", 3, "times", 1, "action", "error",
                "status", 503, "code", 20005, "message", "Lofty is down"));

        assertThat(team.owner().get(path).status()).isEqualTo(200);
        assertThat(team.owner().get(path).status()).isEqualTo(200);
        ApiResponse third = team.owner().get(path);
        assertThat(third.status()).isEqualTo(503);
        assertThat(third.code()).isEqualTo(20005);
        assertThat(third.message()).isEqualTo("Lofty is down");
        assertThat(team.owner().get(path).status()).isEqualTo(200);

        JsonNode listed = faults().stream().filter(f -> f.path("id").asLong() == fault.path("id").asLong()).findFirst().orElseThrow();
        assertThat(listed.path("matched").asLong()).isEqualTo(4);
        assertThat(listed.path("fired").asLong()).isEqualTo(1);
        assertThat(listed.path("spent").asBoolean()).isTrue();
        assertThat(journal("?path=" + path + "&status=503")).hasSize(1);
        removeFault(fault);
    }

    @Test
    void aRateLimitFaultAnswersAsLoftyDoesAndOnlyForItsCredential() {
        TestTeam team = newTeam();
        String name = "limited-" + team.teamId();
        ApiClient client = namedKey(team, name);
        JsonNode fault = addFault(Map.of("path", "/v1.0/me", "credential", name, "action", "rateLimit", "retryAfter", 7));

        ApiResponse limited = client.get("/v1.0/me");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(limited.json().path("message").asString()).isEqualTo("Too Many Requests");
        assertThat(team.owner().get("/v1.0/me").status()).isEqualTo(200);
        removeFault(fault);
        assertThat(client.get("/v1.0/me").status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheRealAnswerAndADropClosesTheConnection() {
        TestTeam team = newTeam();
        String name = "unlucky-" + team.teamId();
        ApiClient client = namedKey(team, name);
        JsonNode slow = addFault(Map.of("path", "/v1.0/me", "credential", name, "action", "latency", "latencyMs", 400));
        long started = System.nanoTime();
        assertThat(client.get("/v1.0/me").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        removeFault(slow);

        JsonNode drop = addFault(Map.of("method", "POST", "path", "/v1.0/leads", "credential", name, "action", "drop"));
        assertThatThrownBy(() -> client.post("/v1.0/leads", aLead().build())).hasCauseInstanceOf(IOException.class);
        assertThat(journal("?path=/v1.0/leads&method=POST&credential=" + name).getFirst().path("status").asInt()).isZero();
        removeFault(drop);
        assertThat(client.post("/v1.0/leads", aLead().build()).status()).isEqualTo(200);
        assertThat(team.owner().get("/v1.0/leads?limit=10").json().path("leads")).hasSize(1);
    }

    @Test
    void aFaultWithAProbabilityAndASeedFiresTheSameWayEveryTime() {
        TestTeam team = newTeam();
        String credential = "dice-" + team.teamId();
        ApiClient client = namedKey(team, credential);
        List<Integer> first = statusesUnder(client, Map.of("path", "/v1.0/me", "credential", credential, "action", "error",
                "probability", 0.5, "seed", 42));
        List<Integer> second = statusesUnder(client, Map.of("path", "/v1.0/me", "credential", credential, "action", "error",
                "probability", 0.5, "seed", 42));
        assertThat(first).isEqualTo(second).contains(200, 500);
    }

    @Test
    void aFaultThatCannotWorkIsRefusedNamingTheField() {
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("action", "error")).message()).contains("path");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me")).message()).contains("action");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "explode")).message())
                .contains("error, rateLimit, latency or drop");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "error", "status", 302)).message())
                .contains("400-599");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "error", "probability", 0)).message())
                .contains("probability");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "latency")).message())
                .contains("latencyMs");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "drop", "onCall", 0)).message())
                .contains("onCall");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "drop", "method", "FETCH")).message())
                .contains("method");
        assertThat(serverAdmin().post(SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "drop", "lasting", "soon")).message())
                .contains("lasting");
        assertThat(serverAdmin().delete(SANDBOX + "/faults/987654").status()).isEqualTo(404);
    }

    @Test
    void aFaultLastsItsSpanOfTheServersClock() {
        TestTeam team = newTeam();
        String name = "span-" + team.teamId();
        ApiClient client = namedKey(team, name);
        JsonNode fault = addFault(Map.of("path", "/v1.0/me", "credential", name, "action", "error", "lasting", "PT10M"));
        assertThat(client.get("/v1.0/me").status()).isEqualTo(500);
        serverAdmin().put(SANDBOX + "/clock", Map.of("advance", "PT11M"));
        assertThat(client.get("/v1.0/me").status()).isEqualTo(200);
        removeFault(fault);
    }

    // --- helpers

    private List<Integer> statusesUnder(ApiClient client, Map<String, ?> fault) {
        JsonNode added = addFault(fault);
        List<Integer> statuses = java.util.stream.IntStream.range(0, 12).mapToObj(i -> client.get("/v1.0/me").status()).toList();
        removeFault(added);
        return statuses;
    }

    /** A key of the team's owner with a name no other test's key has: faults and the journal pick calls by it. */
    private ApiClient namedKey(TestTeam team, String name) {
        ApiResponse issued = team.owner().post("/leadline/v1/api-keys", Map.of("userId", team.ownerUserId(), "name", name));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return new ApiClient(baseUrl(), "token " + issued.json().path("key").asString());
    }

    @AfterEach
    void removeEveryFault() {
        serverAdmin().delete(SANDBOX + "/faults");
    }

    private Instant now() {
        return Instant.parse(serverAdmin().get(SANDBOX + "/clock").json().path("now").asString());
    }

    private JsonNode addFault(Map<String, ?> fault) {
        ApiResponse added = serverAdmin().post(SANDBOX + "/faults", fault);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json();
    }

    private void removeFault(JsonNode fault) {
        assertThat(serverAdmin().delete(SANDBOX + "/faults/" + fault.path("id").asLong()).status()).isEqualTo(204);
    }

    private List<JsonNode> faults() {
        return serverAdmin().get(SANDBOX + "/faults").json().path("faults").valueStream().toList();
    }

    private List<JsonNode> journal(String query) {
        ApiResponse page = serverAdmin().get(SANDBOX + "/journal" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().path("entries").valueStream().toList();
    }

    private long subscribe(TestTeam team, int listId, String receiver) {
        ApiResponse subscribed = team.owner().post("/v1.0/webhook", Map.of("listId", listId,
                "callbackUrl", baseUrl() + SANDBOX + "/receivers/" + receiver));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
        return subscribed.json().path("subscribeId").asLong();
    }

    private void awaitDeliveryLog(TestTeam team, long subscription, Predicate<List<JsonNode>> enough) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<JsonNode> log;
        do {
            log = team.owner().get("/leadline/v1/webhooks/" + subscription + "/deliveries").json().path("deliveries").valueStream().toList();
        } while (!enough.test(log) && System.nanoTime() < deadline);
        assertThat(enough.test(log)).as("delivery log: " + log).isTrue();
    }

    private List<JsonNode> awaitDeliveries(String receiver, Predicate<List<JsonNode>> enough) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<JsonNode> deliveries = serverAdmin().get(SANDBOX + "/receivers/" + receiver + "/deliveries").json()
                    .path("deliveries").valueStream().toList();
            if (enough.test(deliveries) || System.nanoTime() > deadline) {
                assertThat(enough.test(deliveries)).as("deliveries at " + receiver + ": " + deliveries).isTrue();
                return deliveries;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode assignee(TestTeam team, long leadId) {
        return team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("assignedUserId");
    }
}
