package io.leadline.search;

import org.jspecify.annotations.Nullable;

/** The columns a lead is counted by in lead_counts, and whether it counts at all (trashed leads do not). */
public record CountKey(
        long teamId,
        @Nullable Long stageId,
        @Nullable Long assignedUserId,
        boolean hidden,
        String ownershipScope,
        @Nullable Long ownershipId,
        boolean live) {}
