package io.leadline.routing.decisions;

import io.leadline.routing.BusinessType;
import io.leadline.routing.StrategyType;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One ordered rule of a scope; {@code scopeKey} is the office id, or {@link #COMPANY} for company-level rules. */
public record RoutingRule(
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

    public static final long COMPANY = 0;

    public static @Nullable Long officeId(long scopeKey) {
        return scopeKey == COMPANY ? null : scopeKey;
    }
}
