package io.leadline.webhooks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Subscriptions, events, batching, recipients, retries, signatures and the delivery log over HTTP (LL issue 6). */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class WebhookApiTests extends ApiTestBase {

    static final Duration WAIT = Duration.ofSeconds(10);

    final WebhookReceiver receiver = new WebhookReceiver();

    @Autowired
    WebhookEvents outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    // --- subscriptions

    @Test
    void subscribeListAndDeleteInLoftysShapes() {
        TestTeam team = newTeam();
        ApiResponse created = team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/hook")));

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode subscription = created.json();
        assertThat(subscription.path("subscribeId").asLong()).isPositive();
        assertThat(subscription.path("teamId").asLong()).isEqualTo(team.teamId());
        assertThat(subscription.path("listId").asInt()).isEqualTo(2);
        assertThat(subscription.path("callbackUrl").asString()).isEqualTo(receiver.url("/hook"));
        assertThat(subscription.path("limit").asInt()).isEqualTo(100);
        assertThat(subscription.path("permissionMode").asInt()).isZero();
        assertThat(subscription.has("vendorId")).isTrue();
        assertThat(team.owner().get("/v1.0/webhooks").json()).hasSize(1);

        long id = subscription.path("subscribeId").asLong();
        ApiResponse deleted = team.owner().delete("/v1.0/webhook/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.raw()).isEmpty();
        assertThat(team.owner().get("/v1.0/webhooks").json()).isEmpty();
        ApiResponse again = team.owner().delete("/v1.0/webhook/" + id);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.message()).contains("WEBHOOK_DELETE_NOT_EXIST");
    }

    @Test
    void subscriptionsAreValidatedAndBelongToTheirUser() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        TestTeam.TestMember other = team.agent(null);
        String url = receiver.url("/hook");

        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 13, "callbackUrl", url)).message()).contains("WEBHOOK_TYPE_ERROR");
        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2)).message()).contains("callbackUrl");
        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", "ftp://x")).message())
                .contains("WEBHOOK_CALLBACK_URL_INVALID");
        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", url, "limit", 5001)).code()).isEqualTo(20012);
        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", url, "limit", 0)).code()).isEqualTo(20012);
        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", url, "permissionMode", 2)).message())
                .contains("permissionMode");

        long agentsOwn = agent.client().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", url)).json().path("subscribeId").asLong();
        ApiResponse notTheirs = other.client().delete("/v1.0/webhook/" + agentsOwn);
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.message()).contains("WEBHOOK_DELETE_NO_AUTHORITY");
        assertThat(other.client().get("/leadline/v1/webhooks/" + agentsOwn).status()).isEqualTo(403);
        assertThat(team.owner().delete("/v1.0/webhook/" + agentsOwn).status()).isEqualTo(200);

        for (int i = 0; i < 20; i++) {
            assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 9, "callbackUrl", url)).status()).isEqualTo(200);
        }
        assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 9, "callbackUrl", url)).message()).contains("WEBHOOK_EXCEED_LIMIT");
    }

    // --- events

    @Test
    void leadInfoEventsFollowALeadThroughCreateUpdateTrashAndRestore() {
        TestTeam team = newTeam();
        subscribe(team, 2, Map.of());
        long leadId = team.createLead(team.owner(), aLead().build());
        team.owner().put("/v1.0/leads/" + leadId, Map.of("lastName", "Changed"));
        team.owner().delete("/v1.0/leads/" + leadId + "?reason=duplicate");
        team.owner().post("/leadline/v1/leads/" + leadId + "/restore", Map.of());

        List<String> buckets = new ArrayList<>();
        for (WebhookReceiver.Received post : receiver.await(r -> countItems(r) >= 4, WAIT)) {
            assertThat(post.json().path("listId").asInt()).isEqualTo(2);
            assertThat(post.json().path("teamId").asLong()).isEqualTo(team.teamId());
            assertThat(post.header("webhook-id")).startsWith("msg_");
            assertThat(post.header("webhook-timestamp")).matches("\\d+");
            assertThat(post.header("webhook-signature")).isNull();
            for (String bucket : List.of("newLead", "updatedLead", "deletedLead")) {
                for (JsonNode item : post.json().path(bucket)) {
                    assertThat(item.path("leadId").asLong()).isEqualTo(leadId);
                    assertThat(item.path("updateTime").asLong()).isPositive();
                    assertThat(item.size()).isEqualTo(2);
                    buckets.add(bucket);
                }
            }
        }
        assertThat(buckets).containsExactly("newLead", "updatedLead", "deletedLead", "updatedLead");
    }

    @Test
    void aStageChangeIsAPipelineChangeWithTheOldAndNewStage() {
        TestTeam team = newTeam();
        subscribe(team, 12, Map.of());
        long leadId = team.createLead(team.owner(), aLead().build());
        team.owner().put("/v1.0/leads/" + leadId, Map.of("lastName", "No stage change"));
        team.owner().put("/v1.0/leads/" + leadId, Map.of("stage", "Contacted"));

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 1, WAIT);
        assertThat(posts).hasSize(1);
        JsonNode change = posts.getFirst().json().path("pipelineChange").get(0);
        assertThat(posts.getFirst().json().path("listId").asInt()).isEqualTo(12);
        assertThat(change.path("leadId").asLong()).isEqualTo(leadId);
        assertThat(change.path("stage").asString()).isEqualTo("Contacted");
        assertThat(change.path("oldStage").asString()).isEqualTo("New Lead");
        assertThat(change.path("stageId").asLong()).isNotEqualTo(change.path("oldStageId").asLong());
    }

    @Test
    void eventsAreBatchedUpToTheSubscriptionsLimitInOrder() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of("limit", 3));
        team.owner().put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", true));
        List<Long> leads = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            leads.add(team.createLead(team.owner(), aLead().build()));
        }
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("pendingEvents").asLong()).isEqualTo(7);
        team.owner().put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", false));

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 7, WAIT);
        assertThat(posts).extracting(p -> p.json().path("newLead").size()).containsExactly(3, 3, 1);
        List<Long> delivered = new ArrayList<>();
        posts.forEach(p -> p.json().path("newLead").forEach(item -> delivered.add(item.path("leadId").asLong())));
        assertThat(delivered).containsExactlyElementsOf(leads);
    }

    @Test
    void anErasedLeadIsAnUpdateForItsSubscribersSoTheirCopiesAreReadAgain() {
        TestTeam team = newTeam();
        subscribe(team, 2, Map.of());
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("erase.me@example.org")).build());
        assertThat(team.owner().post("/leadline/v1/people/erase", Map.of("email", "erase.me@example.org")).status())
                .isEqualTo(200);

        List<String> buckets = new ArrayList<>();
        for (WebhookReceiver.Received post : receiver.await(r -> countItems(r) >= 2, WAIT)) {
            assertThat(post.body()).doesNotContain("erase.me");
            for (String bucket : List.of("newLead", "updatedLead", "deletedLead")) {
                post.json().path(bucket).forEach(item -> buckets.add(bucket + " " + item.path("leadId").asLong()));
            }
        }
        assertThat(buckets).containsExactly("newLead " + leadId, "updatedLead " + leadId);
    }

    @Test
    void aMergeIsLoftysLeadInfoTheMergedDeletedTheSurvivorUpdatedAndAnUndoUpdatesThemAll() {
        TestTeam team = newTeam();
        long merged = team.createLead(team.owner(), aLead().build());
        long survivor = team.createLead(team.owner(), aLead().build());
        subscribe(team, 2, Map.of());
        long mergeId = team.owner().post("/leadline/v1/leads/" + survivor + "/merge", Map.of("from", List.of(merged)))
                .json().path("mergeId").asLong();
        assertThat(team.owner().post("/leadline/v1/merges/" + mergeId + "/undo", Map.of()).status()).isEqualTo(200);

        List<String> items = new ArrayList<>();
        for (WebhookReceiver.Received post : receiver.await(r -> countItems(r) >= 4, WAIT)) {
            for (String bucket : List.of("newLead", "updatedLead", "deletedLead")) {
                post.json().path(bucket).forEach(item -> items.add(bucket + " " + item.path("leadId").asLong()));
            }
        }
        assertThat(items).containsExactlyInAnyOrder("updatedLead " + survivor, "deletedLead " + merged,
                "updatedLead " + merged, "updatedLead " + survivor);
    }

    @Test
    void aBatchNeverPutsOneLeadInTwoBucketsSoOrderSurvivesGrouping() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of());
        team.owner().put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", true));
        long other = team.createLead(team.owner(), aLead().build());
        long leadId = team.createLead(team.owner(), aLead().build());
        team.owner().delete("/v1.0/leads/" + leadId + "?reason=mistake");
        team.owner().post("/leadline/v1/leads/" + leadId + "/restore", Map.of());
        team.owner().put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", false));

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 4, WAIT);
        assertThat(posts).extracting(p -> p.json().toString()).containsExactly(
                "{\"listId\":2,\"teamId\":" + team.teamId() + ",\"newLead\":[" + item(posts.get(0), "newLead", 0) + ","
                        + item(posts.get(0), "newLead", 1) + "]}",
                "{\"listId\":2,\"teamId\":" + team.teamId() + ",\"deletedLead\":[" + item(posts.get(1), "deletedLead", 0) + "]}",
                "{\"listId\":2,\"teamId\":" + team.teamId() + ",\"updatedLead\":[" + item(posts.get(2), "updatedLead", 0) + "]}");
        assertThat(posts.get(0).json().path("newLead")).extracting(i -> i.path("leadId").asLong()).containsExactly(other, leadId);
        assertThat(posts.get(1).json().path("deletedLead").get(0).path("leadId").asLong()).isEqualTo(leadId);
        assertThat(posts.get(2).json().path("updatedLead").get(0).path("leadId").asLong()).isEqualTo(leadId);
    }

    private static String item(WebhookReceiver.Received post, String bucket, int index) {
        return post.json().path(bucket).get(index).toString();
    }

    @Test
    void recipientsFollowAssignmentHiddenLeadsAndOwnership() {
        TestTeam team = newTeam();
        long office = team.office("East", null);
        TestTeam.TestMember assignee = team.agent(null);
        TestTeam.TestMember bystander = team.agent(null);
        TestTeam.TestMember officeAgent = team.agent(office);
        subscribeAs(assignee, "/assignee", 0);
        subscribeAs(bystander, "/bystander", 0);
        subscribeAs(officeAgent, "/office", 1);
        team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/owner")));

        long assigned = team.createLead(team.owner(), aLead().with("assignedUserId", assignee.userId()).build());
        long hidden = team.createLead(team.owner(), aLead().with("assignedUserId", assignee.userId()).build());
        team.owner().put("/v1.0/leads/" + hidden, Map.of("isHidden", true));
        long officeLead = team.createLead(team.owner(), aLead().with("assignedUserId", assignee.userId())
                .with("ownershipScope", "OFFICE").with("ownershipId", office).build());

        Map<String, List<String>> byReceiver = receivedBy(receiver.await(r -> countItems(r) >= 8, WAIT));
        assertThat(byReceiver.get("/assignee")).containsExactlyInAnyOrder(
                "newLead:" + assigned, "newLead:" + hidden, "updatedLead:" + hidden, "newLead:" + officeLead);
        assertThat(byReceiver.get("/owner")).containsExactlyInAnyOrder("newLead:" + assigned, "newLead:" + hidden, "newLead:" + officeLead);
        assertThat(byReceiver).doesNotContainKey("/bystander");
        assertThat(byReceiver.get("/office")).containsExactly("newLead:" + officeLead);
    }

    // LL-13: a lead created hidden was announced to every subscriber in scope until a PUT hid it
    @Test
    void aLeadCreatedHiddenIsAnnouncedOnlyToItsAssignee() throws InterruptedException {
        TestTeam team = newTeam();
        TestTeam.TestMember assignee = team.agent(null);
        TestTeam.TestMember teamWide = team.agent(null);
        subscribeAs(assignee, "/assignee", 0);
        subscribeAs(teamWide, "/team-wide", 1);
        team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/owner")));

        long hidden = team.createLead(team.owner(), aLead().with("ownershipScope", "TEAM").with("isHidden", true)
                .with("assignedUserId", assignee.userId()).build());
        long shown = team.createLead(team.owner(), aLead().with("ownershipScope", "TEAM").build());

        receiver.await(r -> countItems(r) >= 3, WAIT);
        Thread.sleep(300); // the hidden lead to any other subscriber would have arrived by now
        Map<String, List<String>> byReceiver = receivedBy(receiver.received());
        assertThat(byReceiver.get("/assignee")).containsExactly("newLead:" + hidden);
        // Lofty's rule: a hidden lead's events go to its assignee alone, whatever the subscriber's role
        assertThat(byReceiver.get("/owner")).containsExactly("newLead:" + shown);
        assertThat(byReceiver.get("/team-wide")).containsExactly("newLead:" + shown);
    }

    // LL-14: list 3 carries a {leadId, updateTime} item for each site activity added
    @Test
    void siteActivityGoesToLeadActivitySubscribers() {
        TestTeam team = newTeam();
        subscribe(team, 3, Map.of());
        long lead = team.createLead(team.owner(), aLead().build());
        team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Not activity"));
        assertThat(team.owner().post("/v1.0/leads/" + lead + "/activity", Map.of("type", "Search", "created", 1764547200000L))
                .status()).isEqualTo(200);

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 1, WAIT);
        JsonNode payload = posts.getFirst().json();
        assertThat(payload.path("listId").asInt()).isEqualTo(3);
        assertThat(payload.path("teamId").asLong()).isEqualTo(team.teamId());
        assertThat(payload.path("leadActivity").get(0).path("leadId").asLong()).isEqualTo(lead);
        assertThat(payload.path("leadActivity").get(0).path("updateTime").asLong()).isPositive();
        assertThat(countItems(receiver.received())).isEqualTo(1);
    }

    @Test
    void notesAndTransactionsHaveTheirOwnLists() {
        TestTeam team = newTeam();
        subscribe(team, 9, Map.of());
        subscribe(team, 5, Map.of());
        long leadId = team.createLead(team.owner(), aLead().with("content", "Called, wants a condo").build());
        long noteId = team.owner().post("/v1.0/notes", Map.of("leadId", leadId, "content", "Second")).json().path("noteId").asLong();
        team.owner().put("/v1.0/notes/" + noteId, Map.of("content", "Second, edited", "isPin", true));
        team.owner().delete("/v1.0/notes/" + noteId);
        long transactionId = team.owner().post("/v1.0/leads/" + leadId + "/transaction", Map.of("transactionName", "Condo"))
                .json().path("transactionId").asLong();

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 5, WAIT);
        List<String> noteEvents = new ArrayList<>();
        for (WebhookReceiver.Received post : posts) {
            for (String bucket : List.of("newNote", "updatedNote", "deletedNote")) {
                post.json().path(bucket).forEach(item -> {
                    assertThat(item.path("leadId").asLong()).isEqualTo(leadId);
                    noteEvents.add(bucket + (item.path("noteId").asLong() == noteId ? ":second" : ":first"));
                });
            }
            if (post.json().has("newTransaction")) {
                assertThat(post.json().path("listId").asInt()).isEqualTo(5);
                assertThat(post.json().path("newTransaction").get(0).path("transactionId").asLong()).isEqualTo(transactionId);
            }
        }
        assertThat(noteEvents).containsExactly("newNote:first", "newNote:second", "updatedNote:second", "deletedNote:second");
    }

    @Test
    void anEventWrittenInATransactionThatRollsBackIsNeverSent() {
        TestTeam team = newTeam();
        long id = pausedLeadInfoSubscription(team);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            announceNewLead(team, 42L);
            throw new IllegalStateException("the change fails after its event was written");
        })).hasMessageContaining("fails");
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("pendingEvents").asLong()).isZero();

        transactions.executeWithoutResult(status -> announceNewLead(team, 43L));
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("pendingEvents").asLong()).isEqualTo(1);
    }

    /** A Lead Info subscription whose events stay pending, so that they can be counted. */
    private long pausedLeadInfoSubscription(TestTeam team) {
        long id = subscribe(team, 2, Map.of());
        team.owner().put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", true));
        return id;
    }

    /** Inside the caller's transaction, as a lead create announces itself. */
    private void announceNewLead(TestTeam team, long leadId) {
        outbox.leadInfo(team.teamId(), leadId, WebhookEvents.LeadChange.NEW, new EventAudience(null, false, "TEAM", null),
                java.time.OffsetDateTime.now());
    }

    /** On PostgreSQL the listener is kept in memory; the delete below is one whose notification has not arrived yet. */
    @Test
    void aListenerKeptAfterItsSubscriptionWasDeletedWritesNothingAndFailsNothing() {
        TestTeam team = newTeam();
        long id = pausedLeadInfoSubscription(team);
        transactions.executeWithoutResult(status -> announceNewLead(team, 44L));
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("pendingEvents").asLong()).isEqualTo(1);

        jdbc.sql("DELETE FROM webhook_subscriptions WHERE id = :id").param("id", id).update();
        transactions.executeWithoutResult(status -> announceNewLead(team, 45L));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_events WHERE subscription_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMessageStillFailingAfterTheRetryWindowIsFailedAndTheNextEventsGoOn() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of("limit", 1));
        receiver.failNext(Integer.MAX_VALUE, 500);
        long lost = team.createLead(team.owner(), aLead().build());
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        JsonNode failed;
        do {
            failed = team.owner().get("/leadline/v1/webhooks/" + id + "/deliveries").json().path("deliveries").path(0);
        } while (!failed.path("status").asString().equals("FAILED") && System.currentTimeMillis() < deadline);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("attempts").asInt()).isGreaterThan(1);
        assertThat(failed.path("attemptLog")).extracting(a -> a.path("httpStatus").asInt()).containsOnly(500);
        receiver.failNext(0, 500);
        long next = team.createLead(team.owner(), aLead().build());
        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 1, WAIT);
        assertThat(posts).extracting(p -> p.json().path("newLead").get(0).path("leadId").asLong()).containsExactly(next).doesNotContain(lost);
    }

    @Test
    void aRejectedWriteEmitsNothing() {
        TestTeam team = newTeam();
        subscribe(team, 2, Map.of());
        assertThat(team.owner().post("/v1.0/leads", aLead().with("stage", "No such stage").build()).status()).isEqualTo(400);
        long leadId = team.createLead(team.owner(), aLead().build());

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 1, WAIT);
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().json().path("newLead").get(0).path("leadId").asLong()).isEqualTo(leadId);
    }

    // --- delivery

    @Test
    void aFailingReceiverIsRetriedWithTheSameMessageAndTheLogShowsEveryAttempt() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of());
        receiver.failNext(2, 503);
        long leadId = team.createLead(team.owner(), aLead().build());

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 1, WAIT);
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().json().path("newLead").get(0).path("leadId").asLong()).isEqualTo(leadId);
        JsonNode delivery = settledDelivery(team, id);
        assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.path("webhookId").asString()).isEqualTo(posts.getFirst().header("webhook-id"));
        assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.path("attemptLog")).extracting(a -> a.path("httpStatus").asInt()).containsExactly(503, 503, 200);
        assertThat(delivery.path("attemptLog").get(0).path("latencyMs").isNumber()).isTrue();
        assertThat(delivery.path("attemptLog").get(0).path("responseExcerpt").asString()).isEqualTo(WebhookReceiver.REFUSAL);
    }

    @Test
    void eventsWaitBehindAFailedMessageSoOrderPerLeadHolds() {
        TestTeam team = newTeam();
        subscribe(team, 2, Map.of("limit", 1));
        receiver.failNext(3, 500);
        long leadId = team.createLead(team.owner(), aLead().build());
        team.owner().put("/v1.0/leads/" + leadId, Map.of("lastName", "One"));
        team.owner().put("/v1.0/leads/" + leadId, Map.of("lastName", "Two"));

        List<WebhookReceiver.Received> posts = receiver.await(r -> countItems(r) >= 3, WAIT);
        assertThat(posts).extracting(p -> p.json().has("newLead") ? "new" : "updated").containsExactly("new", "updated", "updated");
    }

    @Test
    void signedDeliveriesVerifyWithTheSecretAndRotationSignsWithBoth() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of());
        String first = team.owner().post("/leadline/v1/webhooks/" + id + "/secret", Map.of()).json().path("secret").asString();
        assertThat(first).startsWith("whsec_");
        team.createLead(team.owner(), aLead().build());
        WebhookReceiver.Received signed = receiver.await(r -> countItems(r) >= 1, WAIT).getFirst();
        assertThat(signed.header("webhook-signature")).isEqualTo(
                Signatures.sign(first, signed.header("webhook-id"), Long.parseLong(signed.header("webhook-timestamp")), signed.body()));

        String second = team.owner().post("/leadline/v1/webhooks/" + id + "/secret", Map.of()).json().path("secret").asString();
        team.createLead(team.owner(), aLead().build());
        WebhookReceiver.Received rotated = receiver.await(r -> countItems(r) >= 2, WAIT).get(1);
        long timestamp = Long.parseLong(rotated.header("webhook-timestamp"));
        assertThat(rotated.header("webhook-signature").split(" ")).containsExactly(
                Signatures.sign(second, rotated.header("webhook-id"), timestamp, rotated.body()),
                Signatures.sign(first, rotated.header("webhook-id"), timestamp, rotated.body()));
        assertThat(team.owner().get("/leadline/v1/webhooks/" + id).json().path("signed").asBoolean()).isTrue();
    }

    @Test
    void pingAndReplayAreLoggedLikeDeliveries() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of());
        ApiResponse ping = team.owner().post("/leadline/v1/webhooks/" + id + "/ping", Map.of());
        assertThat(ping.json().path("kind").asString()).isEqualTo("PING");
        assertThat(ping.json().path("status").asString()).isEqualTo("DELIVERED");
        assertThat(receiver.received().getFirst().json().path("ping").path("subscribeId").asLong()).isEqualTo(id);

        team.createLead(team.owner(), aLead().build());
        receiver.await(r -> countItems(r) >= 1, WAIT);
        JsonNode delivered = settledDelivery(team, id);
        ApiResponse replay = team.owner().post("/leadline/v1/webhooks/" + id + "/deliveries/" + delivered.path("messageId").asLong()
                + "/replay", Map.of());
        assertThat(replay.json().path("attempts").asInt()).isEqualTo(2);
        List<WebhookReceiver.Received> posts = receiver.await(r -> r.size() >= 3, WAIT);
        assertThat(posts.get(2).body()).isEqualTo(posts.get(1).body());
        assertThat(posts.get(2).header("webhook-id")).isEqualTo(posts.get(1).header("webhook-id"));
        assertThat(team.owner().post("/leadline/v1/webhooks/" + id + "/deliveries/42/replay", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void everythingSinceATimeIsSentAgainInOrderWithItsIdsAndBodies() {
        TestTeam team = newTeam();
        long id = subscribe(team, 2, Map.of("limit", 1));
        team.createLead(team.owner(), aLead().build());
        receiver.await(r -> countItems(r) >= 1, WAIT);
        team.createLead(team.owner(), aLead().build());
        List<WebhookReceiver.Received> first = receiver.await(r -> countItems(r) >= 2, WAIT);
        settledDelivery(team, id);

        assertThat(team.owner().post("/leadline/v1/webhooks/" + id + "/replay", Map.of("since", "soon")).status()).isEqualTo(400);
        assertThat(team.owner().post("/leadline/v1/webhooks/" + id + "/replay", Map.of()).status()).isEqualTo(400);
        ApiResponse none = team.owner().post("/leadline/v1/webhooks/" + id + "/replay", Map.of("since", "2199-01-01T00:00:00Z"));
        assertThat(none.json().path("requeued").asInt()).isZero();
        ApiResponse replayed = team.owner().post("/leadline/v1/webhooks/" + id + "/replay", Map.of("since", "2000-01-01T00:00:00Z"));
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(replayed.json().path("requeued").asInt()).isEqualTo(2);
        List<WebhookReceiver.Received> all = receiver.await(r -> r.size() >= 4, WAIT);
        assertThat(all.subList(2, 4)).extracting(WebhookReceiver.Received::body)
                .containsExactly(first.get(0).body(), first.get(1).body());
        assertThat(all.subList(2, 4)).extracting(r -> r.header("webhook-id"))
                .containsExactly(first.get(0).header("webhook-id"), first.get(1).header("webhook-id"));
        assertThat(team.owner().post("/leadline/v1/webhooks/42/replay", Map.of("since", "2000-01-01T00:00:00Z")).status())
                .isEqualTo(404);
    }

    // --- helpers

    long subscribe(TestTeam team, int listId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("listId", listId);
        body.put("callbackUrl", receiver.url("/hook"));
        ApiResponse created = team.owner().post("/v1.0/webhook", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("subscribeId").asLong();
    }

    private void subscribeAs(TestTeam.TestMember member, String path, int mode) {
        ApiResponse created = member.client().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url(path), "permissionMode", mode));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
    }

    /** The newest delivery once its outcome is committed: the receiver can see a POST before its transaction ends. */
    static JsonNode settledDelivery(TestTeam team, long subscriptionId) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        JsonNode newest;
        do {
            newest = team.owner().get("/leadline/v1/webhooks/" + subscriptionId + "/deliveries").json().path("deliveries").path(0);
        } while (!List.of("DELIVERED", "FAILED").contains(newest.path("status").asString("")) && System.currentTimeMillis() < deadline);
        return newest;
    }

    static int countItems(List<WebhookReceiver.Received> posts) {
        int items = 0;
        for (WebhookReceiver.Received post : posts) {
            for (JsonNode field : post.json()) {
                items += field.isArray() ? field.size() : 0;
            }
        }
        return items;
    }

    private static Map<String, List<String>> receivedBy(List<WebhookReceiver.Received> posts) {
        Map<String, List<String>> byPath = new HashMap<>();
        for (WebhookReceiver.Received post : posts) {
            for (String bucket : List.of("newLead", "updatedLead", "deletedLead")) {
                for (JsonNode item : post.json().path(bucket)) {
                    byPath.computeIfAbsent(post.path(), p -> new ArrayList<>()).add(bucket + ":" + item.path("leadId").asLong());
                }
            }
        }
        return byPath;
    }
}
