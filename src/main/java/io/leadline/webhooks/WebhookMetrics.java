package io.leadline.webhooks;

import io.leadline.web.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Webhook delivery as Prometheus sees it: {@code leadline.webhooks.attempts{outcome}}, {@code leadline.webhooks.failures}
 * (messages given up), {@code leadline.webhooks.delivery.latency} (first event to delivered, retries included) and
 * {@code leadline.webhooks.backlog{subscription,list}} (events not yet delivered; the same on every node, since they
 * share the database, refreshed every {@code leadline.webhooks.metrics-interval}).
 */
@Component
class WebhookMetrics {

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Timer latency;
    private final MultiGauge backlog;

    WebhookMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.latency = Timer.builder("leadline.webhooks.delivery.latency").publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(1)).register(registry);
        this.backlog = MultiGauge.builder("leadline.webhooks.backlog").baseUnit("events").register(registry);
    }

    /** One POST to a receiver, counted with the write that records it. */
    void attempted(Sender.Outcome outcome) {
        String result = outcome.delivered() ? "delivered" : "failed";
        AfterCommit.run(() -> registry.counter("leadline.webhooks.attempts", "outcome", result).increment());
    }

    void delivered(Message message, OffsetDateTime at) {
        Duration waited = Duration.between(message.firstEventAt(), at);
        AfterCommit.run(() -> latency.record(waited.isNegative() ? Duration.ZERO : waited));
    }

    void gaveUp() {
        AfterCommit.run(() -> registry.counter("leadline.webhooks.failures").increment());
    }

    @Scheduled(fixedDelayString = "${leadline.webhooks.metrics-interval:PT15S}", initialDelayString = "PT1S")
    void refreshBacklog() {
        var rows = jdbc.sql("""
                SELECT s.id, s.list_id,
                       (SELECT count(*) FROM webhook_events e WHERE e.subscription_id = s.id)
                     + (SELECT COALESCE(sum(m.event_count), 0) FROM webhook_messages m
                         WHERE m.subscription_id = s.id AND m.status = 'PENDING') AS waiting
                  FROM webhook_subscriptions s
                """)
                .query((rs, n) -> {
                    long waiting = rs.getLong("waiting");
                    // a supplier, not the boxed number: a gauge holds a plain value only weakly
                    return MultiGauge.Row.of(Tags.of("subscription", rs.getString("id"), "list", rs.getString("list_id")),
                            () -> waiting);
                })
                .list();
        backlog.register(rows, true);
    }
}
