package io.leadline.ratelimits;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decides per request whether a credential is within its limit. Fixed 60-second windows aligned to the epoch minute,
 * as Lofty documents, so every node agrees on the window from the clock alone. The count lives in the database; each
 * node leases admissions from it in chunks, so the shared limit holds exactly (never more admitted than the limit)
 * while the database sees one statement per chunk rather than one per request.
 */
@Component
class RateLimiter {

    static final long WINDOW_SECONDS = 60;

    private final RateLimitWindowRepository windows;
    private final RateLimitProperties properties;
    private final Clock clock;
    private final ConcurrentMap<Long, Slot> slots = new ConcurrentHashMap<>();

    RateLimiter(RateLimitWindowRepository windows, RateLimitProperties properties, Clock clock) {
        this.windows = windows;
        this.properties = properties;
        this.clock = clock;
    }

    record Decision(boolean admitted, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {}

    private record Slot(ReentrantLock lock, AdmissionLedger ledger) {}

    Decision decide(long credentialId, int limit) {
        long now = clock.instant().getEpochSecond();
        long windowStart = now - Math.floorMod(now, WINDOW_SECONDS);
        Slot slot = slots.compute(credentialId, (id, existing) -> existing != null && existing.ledger().limit() == limit
                ? existing
                : new Slot(new ReentrantLock(), new AdmissionLedger(limit, properties.maxLease())));
        slot.lock().lock();
        try {
            AdmissionLedger ledger = slot.ledger();
            ledger.enter(windowStart);
            if (ledger.needsLease()) {
                RateLimitWindowRepository.Lease lease =
                        windows.lease(credentialId, windowStart, ledger.nextLeaseSize(), limit);
                ledger.leased(lease.granted(), lease.usedAfter());
            }
            boolean admitted = ledger.admit();
            long reset = windowStart + WINDOW_SECONDS;
            return new Decision(admitted, limit, ledger.remaining(), reset, Math.max(1, reset - now));
        } finally {
            slot.lock().unlock();
        }
    }

    /** Windows older than the previous one are of no use to anyone. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void purgeOldWindows() {
        long now = clock.instant().getEpochSecond();
        windows.purgeBefore(now - Math.floorMod(now, WINDOW_SECONDS) - WINDOW_SECONDS);
        slots.values().removeIf(slot -> slot.ledger().windowStart() < now - 2 * WINDOW_SECONDS);
    }
}
