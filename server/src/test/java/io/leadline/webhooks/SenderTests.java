package io.leadline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.testing.WebhookReceiver;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The sender resolves each callback host once, through the vetting resolver, and connects to what it vetted (LL-13). */
class SenderTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T12:00:00Z");

    @Test
    void theResolverRefusesInternalAddressesAtConnectionTime() {
        var resolver = Sender.resolver(false);
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::127.0.0.1]", "64:ff9b::7f00:1", "10.0.0.1"}) {
            assertThatThrownBy(() -> resolver.resolve(host)).as(host).isInstanceOf(UnknownHostException.class);
        }
    }

    @Test
    void aStoredCallbackToThisMachineIsNotPostedToWhenInsecureTargetsAreOff() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                Sender sender = new Sender(properties(false), Clock.systemUTC())) {
            Sender.Outcome outcome = sender.send(subscription(receiver.url("/internal")), message());
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.error()).contains("inside the server's network");
            assertThat(receiver.started()).isZero();
        }
    }

    @Test
    void postsTheMessageWithItsIdWhenTheTargetIsAllowed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                Sender sender = new Sender(properties(true), Clock.systemUTC())) {
            Sender.Outcome outcome = sender.send(subscription(receiver.url("/ok")), message());
            assertThat(outcome.httpStatus()).isEqualTo(200);
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().getFirst().header("webhook-id")).isEqualTo("msg_7");
            assertThat(receiver.received().getFirst().header("Content-Type")).startsWith("application/json");
            assertThat(receiver.received().getFirst().body()).isEqualTo("{\"listId\":2}");
        }
    }

    @Test
    void keepsTheStartOfWhatAFailingReceiverAnswered() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                Sender sender = new Sender(properties(true), Clock.systemUTC())) {
            receiver.failNext(1, 503);
            Sender.Outcome outcome = sender.send(subscription(receiver.url("/down")), message());
            assertThat(outcome.httpStatus()).isEqualTo(503);
            assertThat(outcome.responseExcerpt()).isEqualTo(WebhookReceiver.REFUSAL);
            assertThat(sender.send(subscription(receiver.url("/up")), message()).responseExcerpt()).as("an empty answer").isNull();
        }
    }

    private static WebhookProperties properties(boolean allowInsecure) {
        return new WebhookProperties(allowInsecure, 20, Duration.ofSeconds(2), null, Duration.ofMinutes(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(5), 1, false);
    }

    private static Subscription subscription(String url) {
        return new Subscription(1, 2, 3, 2, url, 100, 0, false, null, null, null, null, NOW);
    }

    private static Message message() {
        return new Message(7, 1, Message.EVENTS, "{\"listId\":2}", 1, NOW, Message.PENDING, 0, null, NOW, null);
    }
}
