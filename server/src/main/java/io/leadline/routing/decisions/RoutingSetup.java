package io.leadline.routing.decisions;

import io.leadline.routing.BusinessType;
import io.leadline.routing.RoutingService;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A team's whole routing setup at one version: every scope's rules in order, the fallbacks, who is unavailable. */
public record RoutingSetup(
        long version,
        ZoneId zone,
        Map<Scope, List<RoutingRule>> rules,
        Map<Scope, RoutingFallback> fallbacks,
        Set<Long> unavailable) {

    record Scope(BusinessType type, int roleId, long scopeKey) {}

    static RoutingSetup of(long version, ZoneId zone, List<RoutingRule> rules, List<RoutingFallback> fallbacks, Set<Long> unavailable) {
        return new RoutingSetup(
                version,
                zone,
                rules.stream().collect(Collectors.groupingBy(r -> new Scope(r.businessType(), r.roleId(), r.scopeKey()),
                        java.util.LinkedHashMap::new, Collectors.toList())),
                fallbacks.stream().collect(Collectors.toMap(f -> new Scope(f.businessType(), f.roleId(), f.scopeKey()), f -> f)),
                Set.copyOf(unavailable));
    }

    public List<RoutingRule> rules(BusinessType type, int roleId, long scopeKey) {
        return rules.getOrDefault(new Scope(type, roleId, scopeKey), List.of());
    }

    public Optional<RoutingFallback> fallback(BusinessType type, int roleId, long scopeKey) {
        return Optional.ofNullable(fallbacks.get(new Scope(type, roleId, scopeKey)));
    }

    /** The business types and roles other than agent routing that have a rule or fallback anywhere in the team. */
    public List<RoutingService.RoleTarget> otherRoles() {
        Set<RoutingService.RoleTarget> targets = new LinkedHashSet<>();
        for (Scope scope : rules.keySet()) {
            targets.add(new RoutingService.RoleTarget(scope.type(), scope.roleId()));
        }
        for (Scope scope : fallbacks.keySet()) {
            targets.add(new RoutingService.RoleTarget(scope.type(), scope.roleId()));
        }
        return targets.stream().filter(t -> t.businessType() != BusinessType.AGENT_LEAD).toList();
    }
}
