package io.leadline.tasks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Webhook lists 10 (tasks) and 11 (appointments), reminders included, through the outbox (LL issue 15). */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class TaskWebhooksTests extends ApiTestBase {

    static final Duration WAIT = Duration.ofSeconds(10);

    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void everyChangeOfATaskOrAppointmentIsDeliveredOnItsList() {
        TestTeam team = newTeam();
        subscribe(team, 10, "/tasks");
        subscribe(team, 11, "/appointments");
        long leadId = team.createLead(team.owner(), aLead().build());
        long task = TasksApiTests.v2Task(team.owner(), leadId, "2031-06-01T09:00:00", "UTC");
        team.owner().put("/v2.0/tasks/" + task, Map.of("content", "Call again"));
        team.owner().post("/v2.0/tasks/" + task + "/finish", Map.of());
        team.owner().post("/v2.0/tasks/" + task + "/finish", Map.of());
        team.owner().post("/v2.0/tasks/" + task + "/unfinish", Map.of());
        team.owner().delete("/v2.0/tasks/" + task);
        String appointment = CalendarApiTests.created(team.owner(), CalendarApiTests.entry("APPOINTMENT", leadId, "Showing",
                CalendarApiTests.at(1, "10:00"), CalendarApiTests.at(1, "11:00")).build());

        receiver.await(r -> items(r, "/tasks").size() >= 5 && !items(r, "/appointments").isEmpty(), WAIT);
        sleep(300);
        List<String> buckets = items(receiver.received(), "/tasks").stream().map(Item::bucket).toList();
        assertThat(buckets).containsExactlyInAnyOrder("newTask", "updatedTask", "finishedTask", "updatedTask", "deletedTask");
        assertThat(buckets.getFirst()).isEqualTo("newTask");
        assertThat(items(receiver.received(), "/tasks")).allSatisfy(item -> {
            assertThat(item.json().path("taskId").asLong()).isEqualTo(task);
            assertThat(item.json().path("leadId").asLong()).isEqualTo(leadId);
        });
        List<Item> appointments = items(receiver.received(), "/appointments");
        assertThat(appointments).hasSize(1);
        assertThat(appointments.getFirst().bucket()).isEqualTo("newAppointment");
        assertThat(appointments.getFirst().json().path("appointmentId").asLong())
                .isEqualTo(Long.parseLong(appointment.substring(0, appointment.indexOf('-'))));
    }

    @Test
    void aReminderFiresOnceAtItsTimeAndNotForAFinishedTask() {
        TestTeam team = newTeam();
        subscribe(team, 10, "/tasks");
        long leadId = team.createLead(team.owner(), aLead().build());
        Instant remindAt = Instant.now().plusMillis(1500).truncatedTo(ChronoUnit.MILLIS);
        long reminded = created(team, leadId, remindAt.toString());
        long finished = created(team, leadId, String.valueOf(remindAt.toEpochMilli()));
        team.owner().post("/v2.0/tasks/" + finished + "/finish", Map.of());

        List<WebhookReceiver.Received> posts = receiver.await(r -> items(r, "/tasks").stream()
                .anyMatch(i -> i.bucket().equals("taskReminder")), WAIT);
        long firstReminder = posts.stream().filter(p -> p.json().has("taskReminder")).mapToLong(WebhookReceiver.Received::receivedAtMillis)
                .min().orElseThrow();
        assertThat(firstReminder).isGreaterThanOrEqualTo(remindAt.toEpochMilli());
        sleep(2000);
        List<Item> reminders = items(receiver.received(), "/tasks").stream().filter(i -> i.bucket().equals("taskReminder")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.getFirst().json().path("taskId").asLong()).isEqualTo(reminded);
        JsonNode view = team.owner().get("/leadline/v1/tasks/" + reminded).json();
        assertThat(view.path("reminderSentTime").isNull()).isFalse();
        assertThat(team.owner().get("/leadline/v1/tasks/" + finished).json().path("reminderSentTime").isNull()).isTrue();
    }

    private long created(TestTeam team, long leadId, String reminderTime) {
        ApiResponse created = team.owner().post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", "Call",
                "assignedRole", "Agent", "endAt", "2031-06-01T09:00:00Z", "reminderTime", reminderTime));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("taskId").asLong();
    }

    private void subscribe(TestTeam team, int listId, String path) {
        ApiResponse subscribed = team.owner().post("/v1.0/webhook", Map.of("listId", listId, "callbackUrl", receiver.url(path)));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
    }

    record Item(String bucket, JsonNode json) {}

    /** The items delivered to one path, in delivery order, with the bucket each came in. */
    static List<Item> items(List<WebhookReceiver.Received> posts, String path) {
        List<Item> items = new ArrayList<>();
        for (WebhookReceiver.Received post : posts) {
            if (!post.path().equals(path)) {
                continue;
            }
            for (String bucket : post.json().propertyNames()) {
                if (post.json().get(bucket).isArray()) {
                    post.json().get(bucket).forEach(item -> items.add(new Item(bucket, item)));
                }
            }
        }
        items.sort(java.util.Comparator.comparingLong(i -> i.json().path("updateTime").asLong()));
        return items;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
