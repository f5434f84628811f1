package io.leadline.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's one clock: real time in UTC, plus an offset that only the sandbox moves. Every time the server reads —
 * timestamps it writes, routing's active hours and offer expiry, rate-limit windows, retry schedules, reminders —
 * comes from here (injected as {@link Clock}); an architecture test keeps the JDK's own clocks out of the rest of the
 * code. The offset only grows: written timestamps, sent reminders and held leases would otherwise lie in the future.
 */
public final class ServerClock extends Clock {

    private final Clock real;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    ServerClock(Clock real) {
        this.real = real;
    }

    /** The machine's time, unmoved until the sandbox moves it. */
    public static ServerClock system() {
        return new ServerClock(Clock.systemUTC());
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        ServerClock time = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return time.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return time.withZone(other);
            }
        };
    }

    /** How far the clock runs ahead of the machine's. */
    public Duration offset() {
        return offset.get();
    }

    /**
     * Moves the clock forward by {@code by} (zero or more) and answers the new time. Whoever moves it publishes
     * {@link ClockMoved} after, so waiting schedules look again.
     */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + by);
        }
        return real.instant().plus(offset.accumulateAndGet(by, Duration::plus));
    }
}
