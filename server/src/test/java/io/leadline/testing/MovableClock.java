package io.leadline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Real time plus an offset tests can move forward, for deadlines measured in minutes (first-to-claim offers). */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** The time the server sees. */
    public static Instant now() {
        return Instant.now().plus(OFFSET.get());
    }

    public static void advance(Duration by) {
        OFFSET.accumulateAndGet(by, Duration::plus);
    }

    @Bean
    @Primary
    Clock movableClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
