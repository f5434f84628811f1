package io.leadline.routing.administration;

import io.leadline.routing.decisions.RuleConditions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A rule as written through Leadline's administration API: Lofty's RoutingRule fields plus where the rule lives
 * (business type, role, office). {@code leadTypeFilters} is Lofty's JSON-in-a-string, or the same array as JSON.
 */
public record RuleInput(
        @Nullable String name,
        @Nullable Integer businessType,
        @Nullable Integer roleId,
        @Nullable Long officeId,
        @Nullable Boolean ruleSwitch,
        RuleConditions.@Nullable LocationRule locationRule,
        @Nullable String sourceName,
        @Nullable Integer sourceMatchType,
        @Nullable List<String> tagNames,
        @Nullable Integer tagMatchType,
        @Nullable List<String> groupNames,
        @Nullable Integer groupMatchType,
        @Nullable String phone,
        @Nullable Long priceMin,
        @Nullable Long priceMax,
        @Nullable JsonNode leadTypeFilters,
        @Nullable ActiveHoursInput activeHours,
        @Nullable StrategyInput routingStrategy) {

    public record ActiveHoursInput(@Nullable List<Integer> activeDays, @Nullable Integer hoursStart, @Nullable Integer hoursEnd) {}

    public record StrategyInput(
            @Nullable Integer strategyType,
            @Nullable Long groupId,
            @Nullable Integer touchMinutes,
            @Nullable List<MemberWeight> memberWeights) {}

    public record MemberWeight(@Nullable Long memberId, @Nullable Integer weight) {}
}
