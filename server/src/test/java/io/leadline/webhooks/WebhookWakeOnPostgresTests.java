package io.leadline.webhooks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.clock.ClockMoved;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.PostgresDatabase;
import io.leadline.testing.SecondNode;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Dispatchers sleep on a 30-second safety poll and are woken by PostgreSQL notifications (LL-13): an event written
 * on another node is delivered by this one at once, and an idle server does not poll the outbox. On a database of its
 * own: other classes' writes on the shared one wake its dispatchers too, and their polls would count here.
 */
@ContextConfiguration(initializers = PostgresDatabase.Own.class)
@TestPropertySource(properties = {"leadline.webhooks.allow-insecure-targets=true", "leadline.webhooks.poll-interval=PT30S"})
class WebhookWakeOnPostgresTests extends ApiTestBase {

    @RegisterExtension
    static final SecondNode writer = new SecondNode(new Class<?>[0],
            "--leadline.webhooks.allow-insecure-targets=true", "--leadline.webhooks.dispatch=false");

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anEventWrittenOnAnotherNodeIsDeliveredAtOnceAndAnIdleServerStaysQuiet() throws Exception {
        TestTeam team = newTeam();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/woken")));
            Thread.sleep(300);
            long created = System.nanoTime();
            team.createLead(team.owner().at(writer.url()), aLead().build());
            assertThat(receiver.await(posts -> !posts.isEmpty(), Duration.ofSeconds(5))).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - created)).as("from the other node's commit to delivery")
                    .isLessThan(Duration.ofSeconds(2));

            Thread.sleep(300);
            long before = dispatcher.polls();
            Thread.sleep(3000);
            assertThat(dispatcher.polls() - before).as("outbox polls in 3 s of idleness, four dispatchers").isLessThanOrEqualTo(4);
        }
    }

    /** The sandbox moves the clock: idle workers must look again at once, not sleep out their 30-second poll. */
    @Test
    void aMovedClockWakesIdleDispatchersAtOnce() throws Exception {
        Thread.sleep(300);
        long before = dispatcher.polls();
        events.publishEvent(new ClockMoved());
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (dispatcher.polls() - before < 4 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(dispatcher.polls() - before).as("each of the four idle dispatchers looked once").isGreaterThanOrEqualTo(4);
    }
}
