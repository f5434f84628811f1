package io.leadline.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code leadline.replica.reads} (tag {@code on}: replica or primary), the reads {@link ReplicaReads} placed, and
 * {@code leadline.replica.lag}: the read replica's lag in seconds at its last sample (NaN without one, or while it does
 * not answer). Registered only when a replica is configured.
 */
@Component
class ReplicaReadCounts {

    private final Counter onReplica;
    private final Counter onPrimary;

    ReplicaReadCounts(MeterRegistry registry, PostgresConnectionSettings settings) {
        onReplica = Counter.builder("leadline.replica.reads").tag("on", "replica").register(registry);
        onPrimary = Counter.builder("leadline.replica.reads").tag("on", "primary").register(registry);
        if (settings.replica() != null) {
            Gauge.builder("leadline.replica.lag", settings, s -> s.replica() == null ? Double.NaN : s.replica().lagSeconds())
                    .baseUnit("seconds").register(registry);
        }
    }

    void replica() {
        onReplica.increment();
    }

    void primary() {
        onPrimary.increment();
    }
}
