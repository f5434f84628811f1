package io.leadline.merges;

import io.leadline.leads.LeadsCombined;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One merge as kept: the survivor, the merged leads, what the survivor was given ({@code combined}) and the ids of the
 * rows each feature moved, per merged lead ({@code moved}: lead id, table, row ids).
 */
record Merge(long id, long teamId, long survivorId, List<Long> mergedIds, LeadsCombined combined,
        Map<Long, Map<String, List<Long>>> moved, long mergedBy, OffsetDateTime mergedAt, @Nullable OffsetDateTime undoneAt) {

    /**
     * Why this merge cannot be undone at {@code now} when undos are allowed {@code within} its time: already undone, or
     * too late; empty when it can.
     */
    java.util.Optional<String> notUndoable(OffsetDateTime now, java.time.Duration within) {
        if (undoneAt != null) {
            return java.util.Optional.of("merge " + id + " was already undone");
        }
        if (now.isAfter(undoUntil(within))) {
            return java.util.Optional.of("merge " + id + " can no longer be undone: its time ended at "
                    + io.leadline.web.Times.iso(undoUntil(within)) + " (leadline.merges.undo-within)");
        }
        return java.util.Optional.empty();
    }

    OffsetDateTime undoUntil(java.time.Duration within) {
        return mergedAt.plus(within);
    }

    Merge undone(OffsetDateTime at) {
        return new Merge(id, teamId, survivorId, mergedIds, combined, moved, mergedBy, mergedAt, at);
    }

    /** Rows moved, table by table, over every merged lead. */
    Map<String, Integer> movedCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        moved.values().forEach(byTable -> byTable.forEach((table, ids) -> counts.merge(table, ids.size(), Integer::sum)));
        return counts;
    }
}
