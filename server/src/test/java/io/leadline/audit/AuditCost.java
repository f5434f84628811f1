package io.leadline.audit;

import io.leadline.testing.Latencies;
import io.leadline.web.Caller;
import java.util.List;

/**
 * What the access audit adds to a read ({@code bench/run lead-path}): the time a request's thread spends recording an
 * entry, and the time the writer spends writing a batch of them, off the request's path.
 */
public final class AuditCost {

    private AuditCost() {}

    public static String measure(AccessAudit audit, long teamId, long userId, List<Long> leadIds) {
        Caller caller = new Caller(teamId, userId, "OWNER", null, List.of(), false, 1, "bench key", null);
        int entries = 200_000;
        long[] nanos = new long[entries];
        long writing = 0;
        int writes = 0;
        for (int i = 0; i < entries; i++) {
            long started = System.nanoTime();
            audit.record(caller, AccessAudit.Action.LEAD_READ, leadIds.get(i % leadIds.size()), null);
            nanos[i] = System.nanoTime() - started;
            if ((i + 1) % 5_000 == 0) {
                long writeStarted = System.nanoTime();
                audit.write();
                writing += System.nanoTime() - writeStarted;
                writes++;
            }
        }
        return String.format("access audit: recording a read on the request's thread p50 %.2f us, p99 %.2f us;"
                        + " writing a batch of 5,000 entries %.1f ms (%,.0f entries/s), off the request's path",
                Latencies.percentile(nanos, 50) / 1e3, Latencies.percentile(nanos, 99) / 1e3, writing / 1e6 / writes,
                entries / (writing / 1e9));
    }
}
