package io.leadline.audit;

import io.leadline.ids.IdGenerator;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records accesses to leads. A request only queues its entry (a few microseconds); the queue is written every 200 ms
 * in one batch, and at once by the recording request when it has grown past {@link #WRITE_AT_ONCE} entries, so a
 * burst never holds more than that in memory. A node that dies loses at most its last 200 ms of entries; one that
 * stops writes what it holds.
 */
@Component
public class AccessAudit {

    /** What was done: a lead's full record read, the lead list exported, everything held about a person exported. */
    public enum Action {
        LEAD_READ("lead.read"), LEADS_EXPORTED("leads.export"), PERSON_EXPORTED("person.export");

        final String code;

        Action(String code) {
            this.code = code;
        }
    }

    static final int WRITE_AT_ONCE = 10_000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessAudit.class);

    private final AuditRepository audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final ConcurrentLinkedQueue<AuditEntry> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    AccessAudit(AuditRepository audit, IdGenerator ids, Clock clock) {
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code detail} names what an export was asked for, never lead data. */
    public void record(Caller caller, Action action, @Nullable Long leadId, @Nullable String detail) {
        OffsetDateTime now = Times.now(clock);
        waiting.add(new AuditEntry(ids.nextId(), caller.teamId(), action.code, leadId, caller.userId(), caller.credentialId(),
                caller.credentialName(), detail, now));
        if (queued.incrementAndGet() > WRITE_AT_ONCE) {
            write();
        }
    }

    /** Writes what is queued now (the scheduler does every 200 ms; tests do before reading the audit). */
    @Scheduled(fixedDelayString = "${leadline.audit.write-interval:PT0.2S}")
    @PreDestroy
    public synchronized void write() {
        List<AuditEntry> batch = new ArrayList<>();
        AuditEntry entry;
        while ((entry = waiting.poll()) != null) {
            batch.add(entry);
            queued.decrementAndGet();
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            audit.insert(batch);
        } catch (org.springframework.dao.DataAccessException unwritten) {
            // The database is away: the entries wait for the next write rather than being lost.
            log.warn("the access audit could not write {} entries, it will try again: {}", batch.size(), unwritten.getMessage());
            waiting.addAll(batch);
            queued.addAndGet(batch.size());
        }
    }
}
