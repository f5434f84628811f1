package io.leadline.communications.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code leadline.messages.queued}: emails and texts waiting in the outbox (for their first try or a retry), the same
 * on every node since they share the database, refreshed every {@code leadline.messages.metrics-interval} (15 s).
 */
@Component
class OutboxMetrics {

    private final JdbcClient jdbc;
    private final AtomicLong queued = new AtomicLong();

    OutboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("leadline.messages.queued", queued, AtomicLong::get).baseUnit("messages").register(registry);
    }

    @Scheduled(fixedDelayString = "${leadline.messages.metrics-interval:PT15S}", initialDelayString = "PT1S")
    void refresh() {
        try {
            queued.set(jdbc.sql("SELECT COUNT(*) FROM communications WHERE next_attempt_at IS NOT NULL").query(Long.class).single());
        } catch (DataAccessException unreachable) {
            // the gauge keeps its last value until the database answers again
        }
    }
}
