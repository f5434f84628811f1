package io.leadline.webhooks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.MovableClock;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import io.leadline.web.Times;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's claim, send and record steps driven by hand (no dispatcher threads run here), on a pool of only
 * four connections (LL-13): a message keeps its id and body across a crash mid-POST, a subscription can be deleted
 * while its delivery is in flight, and four slow receivers take no connection away from the API.
 */
@Import(MovableClock.class)
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.dispatch=false",
    "leadline.webhooks.timeout=PT10S",
    "spring.datasource.hikari.maximum-pool-size=4"
})
abstract class WebhookLeaseTests extends ApiTestBase {

    final WebhookReceiver receiver = new WebhookReceiver();

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Sender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    java.time.Clock clock;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    // LL-13: a batch re-sent after a crash carried a new webhook-id
    @Test
    void aMessageReSentAfterACrashMidPostKeepsItsIdAndBody() {
        TestTeam team = newTeam();
        long subscription = subscribe(team, "/crash");
        team.createLead(team.owner(), aLead().build());

        Dispatcher.Claim dead = transactions.execute(status -> dispatcher.claim(Times.now(clock)));
        assertThat(dead).isNotNull();
        assertThat(dead.message()).isNotNull();
        assertThat(sender.send(dead.subscription(), dead.message()).delivered()).isTrue();
        // the node that claimed it dies here: nothing is recorded, the lease stays until it runs out

        assertThat(dispatcher.dispatchOne()).as("nothing else is due while the lease holds").isFalse();
        assertThat(receiver.received()).hasSize(1);

        MovableClock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher.dispatchOne()).isTrue();
        List<WebhookReceiver.Received> posts = receiver.received();
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).header("webhook-id")).isEqualTo(posts.get(0).header("webhook-id")).isEqualTo("msg_" + dead.message().id());
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        ApiResponse deliveries = team.owner().get("/leadline/v1/webhooks/" + subscription + "/deliveries");
        assertThat(deliveries.json().path("deliveries").path(0).path("status").asString()).isEqualTo("DELIVERED");
        assertThat(deliveries.json().path("deliveries").path(0).path("messageId").asLong()).isEqualTo(dead.message().id());
    }

    // LL-13: deleting a subscription while a slow delivery was in flight waited on its row lock and answered 500
    @Test
    void aSubscriptionCanBeDeletedWhileItsDeliveryIsInFlight() throws Exception {
        TestTeam team = newTeam();
        long subscription = subscribe(team, "/slow");
        team.createLead(team.owner(), aLead().build());
        receiver.delay(2000);
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Boolean> delivery = background.submit(dispatcher::dispatchOne);
            awaitStarted(1);
            long started = System.nanoTime();
            ApiResponse deleted = team.owner().delete("/v1.0/webhook/" + subscription);
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(delivery.get()).isTrue();
        }
        assertThat(team.owner().get("/v1.0/webhooks").json()).isEmpty();
    }

    // LL-13: dispatchers held a pool connection for as long as a receiver took to answer
    @Test
    void fourSlowReceiversTakeNoConnectionFromTheApi() throws Exception {
        TestTeam team = newTeam();
        for (int i = 0; i < 4; i++) {
            subscribe(team, "/slow" + i);
        }
        team.createLead(team.owner(), aLead().build());
        receiver.delay(3000);
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(background.submit(this::dispatchOneWithin10Seconds));
            }
            awaitStarted(4);
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                ApiResponse list = team.owner().get("/v1.0/leads");
                assertThat(list.status()).as(list.toString()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
            }
            assertThat(receiver.received()).as("all four still waiting on their receivers").isEmpty();
            for (Future<Boolean> delivery : deliveries) {
                assertThat(delivery.get()).isTrue();
            }
        }
        assertThat(receiver.received()).hasSize(4);
    }

    /** H2 can pass over a row another claim is locking without moving on to the next: such a claim tries again. */
    private boolean dispatchOneWithin10Seconds() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (dispatcher.dispatchOne()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private long subscribe(TestTeam team, String path) {
        ApiResponse created = team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url(path)));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("subscribeId").asLong();
    }

    private void awaitStarted(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (receiver.started() < requests && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(receiver.started()).isGreaterThanOrEqualTo(requests);
    }
}
