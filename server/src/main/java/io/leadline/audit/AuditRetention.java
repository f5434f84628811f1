package io.leadline.audit;

import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trims the access audit to {@code leadline.audit.retention} (365 days by default), in chunks so no statement holds
 * the table long. Every node may run it: two trimming at once delete the same old rows once.
 */
@Component
class AuditRetention {

    private static final int CHUNK = 10_000;

    private final AuditRepository audit;
    private final Clock clock;
    private final Duration retention;

    AuditRetention(AuditRepository audit, Clock clock, @Value("${leadline.audit.retention:P365D}") Duration retention) {
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /** How many entries it deleted. */
    @Scheduled(fixedDelayString = "${leadline.audit.trim-interval:PT1H}", initialDelayString = "PT1M")
    int trim() {
        int deleted = 0;
        int chunk;
        do {
            chunk = audit.trim(Times.now(clock).minus(retention), CHUNK);
            deleted += chunk;
        } while (chunk == CHUNK);
        return deleted;
    }
}
