package io.leadline.routing.decisions;

import io.leadline.routing.BusinessType;
import io.leadline.routing.StrategyType;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A scope's catch-all (Lofty's supplement rule): who gets the leads no rule took. DEFAULT_ASSIGNEE names one member
 * or, for agent leads, a pond; LEAD_POND names a pond.
 */
public record RoutingFallback(
        long teamId,
        BusinessType businessType,
        int roleId,
        long scopeKey,
        StrategyType strategy,
        @Nullable Integer touchMinutes,
        @Nullable Long assigneeUserId,
        @Nullable Long pondId,
        OffsetDateTime updatedAt) {}
