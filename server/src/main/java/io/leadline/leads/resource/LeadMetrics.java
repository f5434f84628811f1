package io.leadline.leads.resource;

import io.leadline.leads.LeadHistory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** {@code leadline.leads.changes{change}}: every change a lead's history records, counted once its write committed. */
@Component
class LeadMetrics {

    private final MeterRegistry registry;

    LeadMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void recorded(LeadHistory change) {
        registry.counter("leadline.leads.changes", "change", change.kind().name().toLowerCase(Locale.ROOT)).increment();
    }
}
