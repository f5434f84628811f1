package io.leadline.routing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where routing sent a lead for one role, and why. ASSIGNED names the assignee; POND the pond the lead waits in;
 * OFFERED the members who may claim it first; UNASSIGNED means no rule or fallback took it.
 */
public record RoutingDecision(
        Outcome outcome,
        BusinessType businessType,
        int roleId,
        String scope,
        @Nullable Long ruleId,
        @Nullable String ruleName,
        @Nullable StrategyType strategy,
        @Nullable Long assigneeUserId,
        @Nullable Long pondId,
        List<Long> offeredUserIds,
        String detail) {

    public enum Outcome {
        ASSIGNED,
        POND,
        OFFERED,
        UNASSIGNED,
        CLAIMED,
        MANUAL
    }

    static RoutingDecision unassigned(BusinessType type, int roleId, String scope, String detail) {
        return new RoutingDecision(Outcome.UNASSIGNED, type, roleId, scope, null, null, null, null, null, List.of(), detail);
    }
}
