package io.leadline.leads;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one write did to a lead, published inside its transaction so a listener's record of it (the timeline's system
 * log) commits or rolls back with the change. {@code actorUserId} is 0 for the server's own work (an offer running
 * out); {@code via} names the credential it came with ("API key 123") or "system"; {@code assignedBy} says what set
 * the assignee when it changed ("routing: …", "assignment", "update"); {@code stageNames} names the stages a stage
 * change moved between (empty when the stage did not move).
 */
public record LeadHistory(
        long teamId,
        long leadId,
        long actorUserId,
        String via,
        OffsetDateTime at,
        Kind kind,
        List<Change> changes,
        List<String> tagsAdded,
        List<String> tagsRemoved,
        @Nullable String property,
        @Nullable String assignedBy,
        Map<Long, String> stageNames) {

    public enum Kind {
        CREATED,
        UPDATED,
        TRASHED,
        RESTORED
    }

    /** One logged field: its name as Lofty spells it, and its values before and after (ids as numbers, names as text). */
    public record Change(String field, @Nullable Object from, @Nullable Object to) {}
}
