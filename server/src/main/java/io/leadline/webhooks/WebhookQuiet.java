package io.leadline.webhooks;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Whether every webhook has gone out: no events waiting for a subscription that is not paused, no message pending and
 * none being sent. The sandbox waits for it before saving the state a reset returns to, so that a reset does not send
 * the fixtures' webhooks again.
 */
@Component
public class WebhookQuiet {

    private static final Duration POLL = Duration.ofMillis(20);

    private final SubscriptionRepository subscriptions;

    WebhookQuiet(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Waits until nothing is left to deliver, or at most {@code patience}; whether it got quiet. */
    public boolean await(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (subscriptions.anythingToDeliver()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
