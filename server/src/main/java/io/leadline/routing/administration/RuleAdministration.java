package io.leadline.routing.administration;

import io.leadline.ids.IdGenerator;
import io.leadline.routing.BusinessType;
import io.leadline.routing.decisions.RoundRobin;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.routing.decisions.RoutingSetups;
import io.leadline.routing.decisions.RuleConditions;
import io.leadline.routing.StrategyType;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes the team's routing rules: created, changed, switched, reordered within their scope, deleted. */
@Service
class RuleAdministration {

    private final RoutingRuleRepository rules;
    private final RoutingSetups setups;
    private final AdminChecks checks;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    RuleAdministration(RoutingRuleRepository rules, RoutingSetups setups, AdminChecks checks, IdGenerator ids,
            JsonMapper json, Clock clock) {
        this.rules = rules;
        this.setups = setups;
        this.checks = checks;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    RoutingRule createRule(Caller caller, RuleInput in) {
        AdminChecks.requireManager(caller);
        BusinessType type = BusinessType.of("businessType", in.businessType() == null ? 1 : in.businessType());
        int roleId = type.roleId("roleId", in.roleId());
        long scopeKey = checks.scopeKey(caller, in.officeId());
        rules.lockScope(caller.teamId(), type, roleId, scopeKey);
        int position = rules.inScope(caller.teamId(), type, roleId, scopeKey).size();
        RoutingRule rule = validated(caller, ids.nextId(), type, roleId, scopeKey, position, in);
        rules.insert(rule);
        setups.changed(caller.teamId(), Times.now(clock));
        return rule;
    }

    @Transactional
    RoutingRule updateRule(Caller caller, long ruleId, RuleInput in) {
        RoutingRule current = rule(caller, ruleId);
        if ((in.businessType() != null && in.businessType() != current.businessType().code)
                || (in.officeId() != null && !in.officeId().equals(RoutingRule.officeId(current.scopeKey())))) {
            throw ApiException.invalidField("businessType/officeId", "a rule cannot move to another scope; create a new rule there");
        }
        RoutingRule updated = validated(caller, ruleId, current.businessType(), current.roleId(), current.scopeKey(),
                current.position(), in);
        rules.update(updated);
        setups.changed(caller.teamId(), Times.now(clock));
        return updated;
    }

    private RoutingRule validated(Caller caller, long id, BusinessType type, int roleId, long scopeKey, int position, RuleInput in) {
        if (in.name() == null || in.name().isBlank()) {
            throw ApiException.missingField("name");
        }
        if (in.name().length() > RuleValidation.NAME_MAX) {
            throw ApiException.tooLong("name", RuleValidation.NAME_MAX);
        }
        RuleInput.StrategyInput strategyIn = in.routingStrategy();
        if (strategyIn == null || strategyIn.strategyType() == null) {
            throw ApiException.missingField("routingStrategy.strategyType");
        }
        StrategyType strategy = StrategyType.of("routingStrategy.strategyType", strategyIn.strategyType());
        strategy.checkFits("routingStrategy.strategyType", type);
        List<RoundRobin.Weighted> members = RuleValidation.members(strategy, strategyIn.memberWeights());
        checks.requireMembers(caller, members.stream().map(RoundRobin.Weighted::userId).toList(), "routingStrategy.memberWeights");
        return new RoutingRule(id, caller.teamId(), type, roleId, scopeKey, position, in.name().trim(),
                in.ruleSwitch() == null || in.ruleSwitch(), RuleValidation.conditions(in, json),
                RuleValidation.activeHours(in.activeHours()), strategy, pondFor(caller, strategy, strategyIn.groupId()),
                RuleValidation.touchMinutes(strategy, strategyIn.touchMinutes()), members, Times.now(clock));
    }

    private @Nullable Long pondFor(Caller caller, StrategyType strategy, @Nullable Long groupId) {
        if (strategy != StrategyType.LEAD_POND) {
            return null;
        }
        if (groupId == null) {
            throw ApiException.invalidField("routingStrategy.groupId", "is required for LEAD_POND: the pond's id");
        }
        return checks.requirePond(caller, groupId, "routingStrategy.groupId");
    }

    /** Lofty's {@code PUT /v1.0/routing/rule/{type}}: only active hours and the strategy change. */
    @Transactional
    RoutingRule updateHoursAndStrategy(Caller caller, BusinessType type, @Nullable Long ruleId,
                                       RuleInput.@Nullable ActiveHoursInput hours, RuleInput.@Nullable StrategyInput strategy) {
        if (ruleId == null) {
            throw ApiException.missingField("id");
        }
        RoutingRule current = rule(caller, ruleId);
        if (current.businessType() != type) {
            throw ApiException.invalidField("id", "rule " + ruleId + " routes business type " + current.businessType().code + ", not " + type.code);
        }
        RuleConditions c = current.conditions();
        RuleInput merged = new RuleInput(current.name(), type.code, current.roleId(), RoutingRule.officeId(current.scopeKey()),
                current.enabled(), c.locationRule(), c.sourceName(), c.sourceMatchType(), c.tagNames(), c.tagMatchType(),
                c.groupNames(), c.groupMatchType(), c.phone(), c.priceMin(), c.priceMax(),
                c.leadTypeFilters() == null ? null : json.valueToTree(c.leadTypeFilters()),
                hours != null ? hours : new RuleInput.ActiveHoursInput(
                        current.activeHours().activeDays(), current.activeHours().hoursStart(), current.activeHours().hoursEnd()),
                strategy != null ? strategy : new RuleInput.StrategyInput(current.strategy().code, current.pondId(),
                        current.touchMinutes(), current.members().stream()
                                .map(m -> new RuleInput.MemberWeight(m.userId(), m.weight())).toList()));
        RoutingRule updated = validated(caller, ruleId, type, current.roleId(), current.scopeKey(), current.position(), merged);
        rules.update(updated);
        setups.changed(caller.teamId(), Times.now(clock));
        return updated;
    }

    @Transactional
    RoutingRule setEnabled(Caller caller, long ruleId, boolean enabled) {
        RoutingRule current = rule(caller, ruleId);
        RoutingRule updated = new RoutingRule(current.id(), current.teamId(), current.businessType(), current.roleId(),
                current.scopeKey(), current.position(), current.name(), enabled, current.conditions(), current.activeHours(),
                current.strategy(), current.pondId(), current.touchMinutes(), current.members(), Times.now(clock));
        rules.update(updated);
        setups.changed(caller.teamId(), Times.now(clock));
        return updated;
    }

    /** The new order must name every rule of the scope exactly once. */
    @Transactional
    List<RoutingRule> reorder(Caller caller, @Nullable Integer businessType, @Nullable Integer roleId, @Nullable Long officeId,
                              @Nullable List<Long> ruleIds) {
        AdminChecks.requireManager(caller);
        BusinessType type = BusinessType.of("businessType", businessType == null ? 1 : businessType);
        int role = type.roleId("roleId", roleId);
        long scopeKey = checks.scopeKey(caller, officeId);
        rules.lockScope(caller.teamId(), type, role, scopeKey);
        Set<Long> current = new HashSet<>(rules.inScope(caller.teamId(), type, role, scopeKey).stream().map(RoutingRule::id).toList());
        if (ruleIds == null || ruleIds.size() != current.size() || !current.equals(new HashSet<>(ruleIds))) {
            throw ApiException.invalidField("ruleIds", "must list each of the scope's " + current.size() + " rule ids exactly once");
        }
        for (int i = 0; i < ruleIds.size(); i++) {
            rules.setPosition(ruleIds.get(i), i);
        }
        setups.changed(caller.teamId(), Times.now(clock));
        return rules.inScope(caller.teamId(), type, role, scopeKey);
    }

    @Transactional
    void deleteRule(Caller caller, long ruleId) {
        RoutingRule rule = rule(caller, ruleId);
        rules.lockScope(caller.teamId(), rule.businessType(), rule.roleId(), rule.scopeKey());
        rules.delete(caller.teamId(), ruleId);
        List<RoutingRule> rest = rules.inScope(caller.teamId(), rule.businessType(), rule.roleId(), rule.scopeKey());
        for (int i = 0; i < rest.size(); i++) {
            rules.setPosition(rest.get(i).id(), i);
        }
        setups.changed(caller.teamId(), Times.now(clock));
    }

    @Transactional(readOnly = true)
    RoutingRule rule(Caller caller, long ruleId) {
        AdminChecks.requireManager(caller);
        return rules.find(caller.teamId(), ruleId)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "routing rule " + ruleId + " does not exist"));
    }

    @Transactional(readOnly = true)
    List<RoutingRule> rules(Caller caller, BusinessType type, int roleId) {
        AdminChecks.requireManager(caller);
        return rules.ofType(caller.teamId(), type, roleId);
    }
}
