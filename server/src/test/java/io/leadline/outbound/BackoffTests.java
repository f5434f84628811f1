package io.leadline.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void doublesFromTheFirstWaitUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), 0);
        assertThat(backoff.after(1, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2, 0.5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(6, 0.5)).isEqualTo(Duration.ofSeconds(960));
        assertThat(backoff.after(7, 0.5)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(10_000, 0.5)).as("no overflow").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterSpreadsEachWaitByItsFractionBothWays() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.2);
        assertThat(backoff.after(3, 0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.after(3, 0.5)).isEqualTo(Duration.ofMillis(4000));
        assertThat(backoff.after(3, 0.999_999)).isBetween(Duration.ofMillis(4799), Duration.ofMillis(4800));
    }

    @Test
    void refusesAScheduleThatCannotBeRight() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0)).hasMessageContaining("first");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ZERO, 0)).hasMessageContaining("max");
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofMillis(300), 0).after(1, 0)).as("max below first")
                .isEqualTo(Duration.ofMillis(300));
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).hasMessageContaining("jitter");
    }

    @Test
    void givesUpAfterItsAttemptsOrItsTimeWhicheverComesFirst() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0);
        RetryPolicy byCount = new RetryPolicy(backoff, 3, null);
        assertThat(byCount.nextTry(2, NOW.minusDays(30), NOW, 0)).contains(NOW.plusSeconds(2));
        assertThat(byCount.nextTry(3, NOW, NOW, 0)).isEmpty();

        RetryPolicy byTime = new RetryPolicy(backoff, null, Duration.ofHours(24));
        assertThat(byTime.nextTry(500, NOW.minusHours(23), NOW, 0)).contains(NOW.plusMinutes(5));
        assertThat(byTime.nextTry(1, NOW.minusHours(24), NOW, 0)).isEmpty();

        assertThat(new RetryPolicy(backoff, 3, Duration.ofHours(1)).nextTry(1, NOW.minusHours(2), NOW, 0)).isEmpty();
        assertThatThrownBy(() -> new RetryPolicy(backoff, null, null)).hasMessageContaining("never gives up");
    }
}
