package io.leadline.sandbox.behaviours;

import io.leadline.sandbox.Sandboxed;
import io.leadline.webhooks.DeliveryDelay;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lofty's webhooks arrive late (up to the five minutes it documents): while switched on, each new delivery waits a
 * time drawn evenly between {@code min} and {@code max} before its first attempt, on the server's clock.
 */
@Component
@Sandboxed
class LateWebhooks implements DeliveryDelay {

    record Range(Duration min, Duration max) {}

    private volatile @Nullable Range range;

    @Nullable Range range() {
        return range;
    }

    void set(@Nullable Range range) {
        this.range = range;
    }

    @Override
    public Duration beforeFirstAttempt(long subscriptionId) {
        Range current = range;
        if (current == null) {
            return Duration.ZERO;
        }
        long spread = current.max().toMillis() - current.min().toMillis();
        return current.min().plusMillis(spread <= 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1));
    }
}
