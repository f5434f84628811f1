package io.leadline.tasks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.SecondNode;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
 * Reminders due at the same moment on two nodes fire exactly once, even when one node is stopped while they fire
 * (LL issue 15).
 */
@TestPropertySource(properties = {"leadline.webhooks.allow-insecure-targets=true", "leadline.webhooks.poll-interval=PT0.05S"})
abstract class RemindersTwoNodesTests extends ApiTestBase {

    static final int REMINDERS = 600;

    @RegisterExtension
    static final SecondNode secondNode = new SecondNode(new Class<?>[0],
            "--leadline.webhooks.allow-insecure-targets=true", "--leadline.webhooks.poll-interval=PT0.05S",
            "--leadline.tasks.reminder-sweep-interval=PT0.01S");

    @Test
    void remindersDueTogetherFireOnceAcrossNodesWhenOneStops() throws Exception {
        TestTeam team = newTeam();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 10, "callbackUrl", receiver.url("/r"), "limit", 50))
                    .status()).isEqualTo(200);
            List<Long> leads = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                leads.add(team.createLead(team.owner(), aLead().build()));
            }
            Instant due = Instant.now().plusSeconds(6);
            ApiClient nodeB = team.owner().at(secondNode.url());
            List<Callable<Long>> creates = new java.util.ArrayList<>();
            for (int i = 0; i < REMINDERS; i++) {
                ApiClient node = i % 2 == 0 ? team.owner() : nodeB;
                long leadId = leads.get(i % leads.size());
                creates.add(() -> node.post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", "Call",
                        "assignedRole", "Agent", "endAt", "2031-06-01T09:00:00Z", "reminderTime", due.toString()))
                        .json().path("taskId").asLong());
            }
            List<Long> tasks = new java.util.ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (Future<Long> task : pool.invokeAll(creates)) {
                    tasks.add(task.get());
                }
            }
            assertThat(tasks).doesNotContain(0L);
            long untilDue = Duration.between(Instant.now(), due).toMillis();
            assertThat(untilDue).as("the reminders were all set before they were due").isPositive();
            Thread.sleep(untilDue + 30);
            secondNode.stop();

            receiver.await(r -> reminders(r).size() >= REMINDERS, Duration.ofSeconds(15));
            Thread.sleep(1000);
            Map<Long, Integer> fired = new HashMap<>();
            for (TaskWebhooksTests.Item item : reminders(receiver.received())) {
                fired.merge(item.json().path("taskId").asLong(), 1, Integer::sum);
            }
            assertThat(fired.keySet()).containsExactlyInAnyOrderElementsOf(tasks);
            assertThat(fired.values()).containsOnly(1);
        }
    }

    private static List<TaskWebhooksTests.Item> reminders(List<WebhookReceiver.Received> posts) {
        return TaskWebhooksTests.items(posts, "/r").stream().filter(i -> i.bucket().equals("taskReminder")).toList();
    }
}
