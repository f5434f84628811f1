package io.leadline.sandbox.behaviours;

import io.leadline.sandbox.Sandboxed;
import io.leadline.webhooks.DeliveryBehaviour;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lofty's webhooks arrive late (up to the five minutes it documents) and now and then twice: while switched on, each
 * new delivery waits a time drawn evenly between {@code min} and {@code max} before its first attempt, and a delivered
 * message is sent once more, with the same {@code webhook-id}, with the duplicate probability, a second later. Both on
 * the server's clock.
 */
@Component
@Sandboxed
class LoftyDeliveries implements DeliveryBehaviour {

    static final Duration DUPLICATE_AFTER = Duration.ofSeconds(1);

    record Range(Duration min, Duration max) {}

    private volatile @Nullable Range lateness;
    private volatile double duplicates;

    @Nullable Range lateness() {
        return lateness;
    }

    void lateness(@Nullable Range range) {
        this.lateness = range;
    }

    double duplicates() {
        return duplicates;
    }

    void duplicates(double probability) {
        this.duplicates = probability;
    }

    @Override
    public Duration beforeFirstAttempt(long subscriptionId) {
        Range current = lateness;
        if (current == null) {
            return Duration.ZERO;
        }
        long spread = current.max().toMillis() - current.min().toMillis();
        return current.min().plusMillis(spread <= 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1));
    }

    @Override
    public @Nullable Duration repeatAfterDelivery(long subscriptionId) {
        double probability = duplicates;
        return probability > 0 && ThreadLocalRandom.current().nextDouble() < probability ? DUPLICATE_AFTER : null;
    }
}
