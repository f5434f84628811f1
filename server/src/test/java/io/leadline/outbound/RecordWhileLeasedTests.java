package io.leadline.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A delivery's outcome written late while the database is away, within its lease — and never past it. */
class RecordWhileLeasedTests {

    private final OutboundChannel channel = new OutboundChannel(
            new OutboundChannel.Settings("test", false, 1, Duration.ofSeconds(1), Duration.ofSeconds(1)), Clock.systemUTC(), null) {
        @Override
        protected boolean deliverSome() {
            return false;
        }

        @Override
        protected void forgetLeases() {}
    };

    @Test
    void anOutcomeIsWrittenOnceTheDatabaseIsBackWhileTheLeaseLasts() {
        channel.start();
        AtomicInteger attempts = new AtomicInteger();
        channel.recordWhileLeased(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CannotGetJdbcConnectionException("the database is away");
            }
        }, lease(Duration.ofSeconds(10)));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void pastTheLeaseTheFailureStands() {
        channel.start();
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> channel.recordWhileLeased(() -> {
            attempts.incrementAndGet();
            throw new CannotGetJdbcConnectionException("the database is away");
        }, lease(Duration.ofMillis(600)))).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(attempts.get()).isBetween(2, 3);
    }

    @Test
    void aFailureOtherThanTheDatabaseIsNotTriedAgain() {
        channel.start();
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> channel.recordWhileLeased(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a bug");
        }, lease(Duration.ofSeconds(10)))).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    private static Lease lease(Duration length) {
        return Lease.from(OffsetDateTime.now(), length);
    }
}
