package io.leadline.webhooks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.SecondNode;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Dispatchers on two server nodes share the outbox and never deliver an event twice (LL issue 6); a subscription made
 * or removed through one node is followed by the other's next write (LL-18: the listeners each node keeps).
 */
@TestPropertySource(properties = {"leadline.webhooks.allow-insecure-targets=true", "leadline.webhooks.poll-interval=PT0.05S"})
abstract class WebhookTwoNodesTests extends ApiTestBase {

    @RegisterExtension
    static final SecondNode secondNode = new SecondNode(new Class<?>[0],
            "--leadline.webhooks.allow-insecure-targets=true", "--leadline.webhooks.poll-interval=PT0.05S");

    @Test
    void eventsWrittenOnBothNodesAreDeliveredExactlyOnce() throws Exception {
        TestTeam team = newTeam();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            for (int i = 0; i < 3; i++) {
                assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/s" + i), "limit", 7))
                        .status()).isEqualTo(200);
            }
            ApiClient nodeB = team.owner().at(secondNode.url());
            List<Callable<Long>> creates = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                ApiClient node = i % 2 == 0 ? team.owner() : nodeB;
                creates.add(() -> node.post("/v1.0/leads", aLead().build()).leadId());
            }
            List<Long> leads = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (Future<Long> leadId : pool.invokeAll(creates)) {
                    leads.add(leadId.get());
                }
            }

            List<WebhookReceiver.Received> posts = receiver.await(r -> WebhookApiTests.countItems(r) >= 900, Duration.ofSeconds(30));
            Thread.sleep(500);
            posts = receiver.received();
            for (int i = 0; i < 3; i++) {
                String path = "/s" + i;
                List<Long> delivered = new ArrayList<>();
                posts.stream().filter(p -> p.path().equals(path))
                        .forEach(p -> p.json().path("newLead").forEach(item -> delivered.add(item.path("leadId").asLong())));
                assertThat(delivered).as(path).hasSize(300).containsExactlyInAnyOrderElementsOf(leads);
            }
            assertThat(posts.stream().map(p -> p.header("webhook-id")).distinct().count()).isEqualTo(posts.size());
        }
    }

    @Test
    void aSubscriptionMadeOrRemovedThroughOneNodeIsFollowedByTheOthersNextWrite() throws Exception {
        TestTeam team = newTeam();
        ApiClient nodeB = team.owner().at(secondNode.url());
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            long unheard = nodeB.post("/v1.0/leads", aLead().build()).leadId();
            ApiResponse subscribed = team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/s"), "limit", 1));
            assertThat(subscribed.status()).isEqualTo(200);

            long heard = nodeB.post("/v1.0/leads", aLead().build()).leadId();
            receiver.await(posts -> newLeads(posts).contains(heard), Duration.ofSeconds(10));

            assertThat(team.owner().delete("/v1.0/webhook/" + subscribed.json().path("subscribeId").asLong()).status()).isEqualTo(200);
            ApiResponse afterwards = nodeB.post("/v1.0/leads", aLead().build());
            assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(200);
            Thread.sleep(300);
            assertThat(newLeads(receiver.received())).containsExactly(heard);
        }
    }

    private static List<Long> newLeads(List<WebhookReceiver.Received> posts) {
        List<Long> leads = new ArrayList<>();
        posts.forEach(post -> post.json().path("newLead").forEach(item -> leads.add(item.path("leadId").asLong())));
        return leads;
    }
}
