package io.leadline.routing;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One ordered rule of a scope; {@code scopeKey} is the office id, or {@link #COMPANY} for company-level rules. */
record RoutingRule(
        long id,
        long teamId,
        BusinessType businessType,
        int roleId,
        long scopeKey,
        int position,
        String name,
        boolean enabled,
        RuleConditions conditions,
        ActiveHours activeHours,
        StrategyType strategy,
        @Nullable Long pondId,
        @Nullable Integer touchMinutes,
        List<RoundRobin.Weighted> members,
        OffsetDateTime updatedAt) {

    static final long COMPANY = 0;

    static @Nullable Long officeId(long scopeKey) {
        return scopeKey == COMPANY ? null : scopeKey;
    }
}
