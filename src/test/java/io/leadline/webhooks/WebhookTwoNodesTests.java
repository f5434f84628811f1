package io.leadline.webhooks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
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

/** Dispatchers on two server nodes share the outbox and never deliver an event twice (LL issue 6). */
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
}
