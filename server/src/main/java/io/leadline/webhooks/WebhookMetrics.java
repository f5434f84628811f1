package io.leadline.webhooks;

import io.leadline.database.AfterCommit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

    private static final String BACKLOG = "leadline.webhooks.backlog";

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Timer latency;
    /** Each subscription's backlog gauge reads its number here; registered once, removed when the subscription goes. */
    private final Map<Tags, AtomicLong> backlog = new ConcurrentHashMap<>();

    WebhookMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.latency = Timer.builder("leadline.webhooks.delivery.latency").publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(1)).register(registry);
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

    /**
     * Updates the gauges in place rather than registering them afresh each time: a scrape that ran while a gauge was
     * being replaced saw it twice and failed (Prometheus refuses duplicate labels).
     */
    @Scheduled(fixedDelayString = "${leadline.webhooks.metrics-interval:PT15S}", initialDelayString = "PT1S")
    void refreshBacklog() {
        Map<Tags, Long> waiting = new HashMap<>();
        jdbc.sql("""
                SELECT s.id, s.list_id,
                       (SELECT count(*) FROM webhook_events e WHERE e.subscription_id = s.id)
                     + (SELECT COALESCE(sum(m.event_count), 0) FROM webhook_messages m
                         WHERE m.subscription_id = s.id AND m.status = 'PENDING') AS waiting
                  FROM webhook_subscriptions s
                """)
                .query(rs -> {
                    waiting.put(Tags.of("subscription", rs.getString("id"), "list", rs.getString("list_id")),
                            rs.getLong("waiting"));
                });
        waiting.forEach((tags, events) -> backlog.computeIfAbsent(tags, this::backlogGauge).set(events));
        backlog.keySet().removeIf(tags -> {
            if (waiting.containsKey(tags)) {
                return false;
            }
            registry.find(BACKLOG).tags(tags).meters().forEach(registry::remove);
            return true;
        });
    }

    private AtomicLong backlogGauge(Tags tags) {
        AtomicLong events = new AtomicLong();
        Gauge.builder(BACKLOG, events, AtomicLong::get).baseUnit("events").tags(tags).register(registry);
        return events;
    }
}
