package io.leadline.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stops time 30 seconds into a minute, so a rate-limit window cannot roll over in the middle of a test. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-06-01T12:00:30Z");

    @Bean
    @Primary
    Clock stoppedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
