package io.leadline.leads;

import org.jspecify.annotations.Nullable;

/** The columns a lead is counted by in lead_counts, and whether it counts at all (trashed leads do not). */
record CountKey(
        long teamId,
        @Nullable Long stageId,
        @Nullable Long assignedUserId,
        boolean hidden,
        String ownershipScope,
        @Nullable Long ownershipId,
        boolean live) {

    static CountKey of(LeadRow row) {
        return new CountKey(row.teamId, row.stageId, row.assignedUserId, row.hidden, row.ownershipScope, row.ownershipId,
                row.trashedAt == null);
    }
}
