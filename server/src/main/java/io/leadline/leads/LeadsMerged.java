package io.leadline.leads;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Leads merged into a survivor, or such a merge undone, published inside its transaction so the survivor's system log
 * records it with the change.
 */
public record LeadsMerged(long teamId, long survivorId, List<Long> mergedIds, long actorUserId, OffsetDateTime at,
        boolean undone) {}
