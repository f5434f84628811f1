package io.leadline.search;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The columns a lead is counted by in lead_counts, and whether it counts at all (trashed leads do not). */
public record CountKey(
        long teamId,
        @Nullable Long stageId,
        @Nullable Long assignedUserId,
        boolean hidden,
        String ownershipScope,
        @Nullable Long ownershipId,
        boolean live) {

    /** The key as named SQL parameters, by the lead column names (without {@code live}, which decides whether to count). */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("teamId", teamId);
        params.put("stageId", stageId);
        params.put("assignedUserId", assignedUserId);
        params.put("hidden", hidden);
        params.put("ownershipScope", ownershipScope);
        params.put("ownershipId", ownershipId);
        return params;
    }
}
