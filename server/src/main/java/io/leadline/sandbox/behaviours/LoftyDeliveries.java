package io.leadline.sandbox.behaviours;

import io.leadline.sandbox.Sandboxed;
import io.leadline.webhooks.DeliveryBehaviour;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lofty's webhooks arrive late (up to the five minutes it documents), now and then twice, and not always in order:
 * while switched on, each new delivery waits a time drawn evenly between {@code min} and {@code max} before its first
 * attempt; a delivered message is sent once more, with the same {@code webhook-id}, with the duplicate probability, a
 * second later; and with the out-of-order probability a new message is held back for {@link #HELD_BACK} while the
 * messages made after it go first. All on the server's clock.
 */
@Component
@Sandboxed
class LoftyDeliveries implements DeliveryBehaviour {

    static final Duration DUPLICATE_AFTER = Duration.ofSeconds(1);
    static final Duration HELD_BACK = Duration.ofSeconds(5);

    record Range(Duration min, Duration max) {}

    private volatile @Nullable Range lateness;
    private volatile double duplicates;
    private volatile double outOfOrder;

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

    double outOfOrder() {
        return outOfOrder;
    }

    void outOfOrder(double probability) {
        this.outOfOrder = probability;
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
    public Duration heldBack(long subscriptionId) {
        return chance(outOfOrder) ? HELD_BACK : Duration.ZERO;
    }

    @Override
    public @Nullable Duration repeatAfterDelivery(long subscriptionId) {
        return chance(duplicates) ? DUPLICATE_AFTER : null;
    }

    private static boolean chance(double probability) {
        return probability > 0 && ThreadLocalRandom.current().nextDouble() < probability;
    }
}
