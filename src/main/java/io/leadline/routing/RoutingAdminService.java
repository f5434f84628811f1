package io.leadline.routing;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.MemberActivation;
import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes the team's routing setup: rules, their order and switches, fallbacks, ponds, time zone, availability. */
@Service
class RoutingAdminService {

    private final RoutingRuleRepository rules;
    private final RoutingFallbackRepository fallbacks;
    private final PondRepository ponds;
    private final RoutingSettingsRepository settings;
    private final RoutingSetups setups;
    private final AccountsService accounts;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    RoutingAdminService(
            RoutingRuleRepository rules,
            RoutingFallbackRepository fallbacks,
            PondRepository ponds,
            RoutingSettingsRepository settings,
            RoutingSetups setups,
            AccountsService accounts,
            IdGenerator ids,
            JsonMapper json,
            Clock clock) {
        this.rules = rules;
        this.fallbacks = fallbacks;
        this.ponds = ponds;
        this.settings = settings;
        this.setups = setups;
        this.accounts = accounts;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    // --- rules

    @Transactional
    RoutingRule createRule(Caller caller, RuleInput in) {
        requireManager(caller);
        BusinessType type = BusinessType.of("businessType", in.businessType() == null ? 1 : in.businessType());
        int roleId = type.roleId("roleId", in.roleId());
        long scopeKey = scopeKey(caller, in.officeId());
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
        requireMembers(caller, members.stream().map(RoundRobin.Weighted::userId).toList(), "routingStrategy.memberWeights");
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
        return requirePond(caller, groupId, "routingStrategy.groupId");
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
        requireManager(caller);
        BusinessType type = BusinessType.of("businessType", businessType == null ? 1 : businessType);
        int role = type.roleId("roleId", roleId);
        long scopeKey = scopeKey(caller, officeId);
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
        requireManager(caller);
        return rules.find(caller.teamId(), ruleId)
                .orElseThrow(() -> new ApiException(io.leadline.web.ErrorCode.RESOURCE_NOT_EXIST, "routing rule " + ruleId + " does not exist"));
    }

    @Transactional(readOnly = true)
    List<RoutingRule> rules(Caller caller, BusinessType type, int roleId) {
        requireManager(caller);
        return rules.ofType(caller.teamId(), type, roleId);
    }

    // --- fallbacks

    record FallbackInput(
            @Nullable Integer businessType,
            @Nullable Integer roleId,
            @Nullable Long officeId,
            @Nullable Integer strategyType,
            @Nullable Integer touchMinutes,
            @Nullable Long assigneeAgentId,
            @Nullable Long assigneeGroupId) {}

    /** Lofty: DEFAULT_ASSIGNEE names exactly one of an agent or (agent leads only) a pond; LEAD_POND names a pond. */
    @Transactional
    RoutingFallback putFallback(Caller caller, FallbackInput in) {
        requireManager(caller);
        BusinessType type = BusinessType.of("businessType", in.businessType() == null ? 1 : in.businessType());
        int roleId = type.roleId("roleId", in.roleId());
        long scopeKey = scopeKey(caller, in.officeId());
        if (in.strategyType() == null) {
            throw ApiException.missingField("strategyType");
        }
        StrategyType strategy = StrategyType.of("strategyType", in.strategyType());
        if (strategy != StrategyType.DEFAULT_ASSIGNEE && strategy != StrategyType.LEAD_POND) {
            throw ApiException.invalidField("strategyType", "a fallback is 5 (DEFAULT_ASSIGNEE) or 4 (LEAD_POND), not " + strategy);
        }
        strategy.checkFits("strategyType", type);
        boolean agent = in.assigneeAgentId() != null;
        boolean pond = in.assigneeGroupId() != null;
        if (strategy == StrategyType.LEAD_POND ? (!pond || agent) : agent == pond) {
            throw ApiException.invalidField("assigneeAgentId/assigneeGroupId", strategy == StrategyType.LEAD_POND
                    ? "LEAD_POND needs assigneeGroupId (a pond) and no assigneeAgentId"
                    : "DEFAULT_ASSIGNEE needs exactly one of assigneeAgentId or assigneeGroupId");
        }
        if (pond && type != BusinessType.AGENT_LEAD) {
            throw ApiException.invalidField("assigneeGroupId", "ponds hold agent leads only (business type 1)");
        }
        if (agent) {
            requireMembers(caller, List.of(in.assigneeAgentId()), "assigneeAgentId");
        }
        Long pondId = pond ? requirePond(caller, in.assigneeGroupId(), "assigneeGroupId") : null;
        RoutingFallback fallback = new RoutingFallback(caller.teamId(), type, roleId, scopeKey, strategy, null,
                in.assigneeAgentId(), pondId, Times.now(clock));
        fallbacks.put(fallback);
        setups.changed(caller.teamId(), Times.now(clock));
        return fallback;
    }

    @Transactional(readOnly = true)
    java.util.Optional<RoutingFallback> fallback(Caller caller, BusinessType type, int roleId, @Nullable Long officeId) {
        requireManager(caller);
        return fallbacks.find(caller.teamId(), type, roleId, scopeKey(caller, officeId));
    }

    @Transactional(readOnly = true)
    List<RoutingFallback> fallbacks(Caller caller) {
        requireManager(caller);
        return fallbacks.all(caller.teamId());
    }

    @Transactional
    void deleteFallback(Caller caller, int businessType, @Nullable Integer roleId, @Nullable Long officeId) {
        requireManager(caller);
        BusinessType type = BusinessType.of("businessType", businessType);
        if (!fallbacks.delete(caller.teamId(), type, type.roleId("roleId", roleId), scopeKey(caller, officeId))) {
            throw new ApiException(io.leadline.web.ErrorCode.RESOURCE_NOT_EXIST, "that scope has no fallback rule");
        }
        setups.changed(caller.teamId(), Times.now(clock));
    }

    // --- ponds

    record PondInput(@Nullable String pondName, @Nullable Long pondOwnerId, @Nullable List<Long> agentIds) {}

    @Transactional
    LeadPond createPond(Caller caller, PondInput in) {
        requireManager(caller);
        LeadPond pond = validatedPond(caller, ids.nextId(), in);
        ponds.insert(caller.teamId(), pond, Times.now(clock));
        return pond;
    }

    @Transactional
    LeadPond updatePond(Caller caller, long pondId, PondInput in) {
        requireManager(caller);
        requirePond(caller, pondId, "pondId");
        LeadPond pond = validatedPond(caller, pondId, in);
        ponds.update(caller.teamId(), pond);
        return pond;
    }

    private LeadPond validatedPond(Caller caller, long id, PondInput in) {
        if (in.pondName() == null || in.pondName().isBlank()) {
            throw ApiException.missingField("pondName");
        }
        String name = in.pondName().trim();
        if (name.length() > 100) {
            throw ApiException.tooLong("pondName", 100);
        }
        if (ponds.nameTaken(caller.teamId(), name, id)) {
            throw ApiException.conflict("a pond named '" + name + "' already exists");
        }
        if (in.pondOwnerId() == null) {
            throw ApiException.missingField("pondOwnerId");
        }
        requireMembers(caller, List.of(in.pondOwnerId()), "pondOwnerId");
        List<Long> agents = in.agentIds() == null ? List.of() : in.agentIds().stream().distinct().toList();
        requireMembers(caller, agents, "agentIds");
        return new LeadPond(id, name, in.pondOwnerId(), agents);
    }

    /** A pond still named by a rule or fallback, or still holding leads, cannot go. */
    @Transactional
    void deletePond(Caller caller, long pondId) {
        requireManager(caller);
        requirePond(caller, pondId, "pondId");
        if (rules.pondInUse(pondId) || fallbacks.pondInUse(pondId)) {
            throw ApiException.conflict("pond " + pondId + " is named by a routing rule or fallback; change those first");
        }
        try {
            ponds.delete(caller.teamId(), pondId);
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("pond " + pondId + " still holds leads; claim or assign them first");
        }
    }

    // --- settings

    @Transactional(readOnly = true)
    String timeZone(Caller caller) {
        return accounts.teamZone(caller.teamId()).getId();
    }

    @Transactional
    String setTimeZone(Caller caller, @Nullable String zone) {
        requireManager(caller);
        String id = accounts.setTeamZone(caller.teamId(), "timeZone", zone);
        setups.changed(caller.teamId(), Times.now(clock));
        return id;
    }

    record AvailabilityInput(@Nullable Boolean active, @Nullable Boolean onVacation) {}

    @Transactional
    RoutingSettingsRepository.Availability setAvailability(Caller caller, long userId, AvailabilityInput in) {
        requireManager(caller);
        requireMembers(caller, List.of(userId), "userId");
        RoutingSettingsRepository.Availability current = availability(caller, userId);
        RoutingSettingsRepository.Availability updated = new RoutingSettingsRepository.Availability(userId,
                in.active() == null ? current.active() : in.active(),
                in.onVacation() == null ? current.onVacation() : in.onVacation());
        settings.putAvailability(caller.teamId(), updated, Times.now(clock));
        setups.changed(caller.teamId(), Times.now(clock));
        return updated;
    }

    /** A deactivated member is passed over like an unavailable one until reactivated (LL-17). */
    @EventListener
    void followActivation(MemberActivation activation) {
        settings.putDeactivated(activation.teamId(), activation.userId(), !activation.active(), activation.at());
        setups.changed(activation.teamId(), activation.at());
    }

    @Transactional(readOnly = true)
    RoutingSettingsRepository.Availability availability(Caller caller, long userId) {
        requireMembers(caller, List.of(userId), "userId");
        return settings.availability(userId).orElse(new RoutingSettingsRepository.Availability(userId, true, false));
    }

    // --- checks

    private long scopeKey(Caller caller, @Nullable Long officeId) {
        if (officeId == null || officeId == -1) {
            return RoutingRule.COMPANY;
        }
        if (!accounts.officeExists(caller.teamId(), officeId)) {
            throw ApiException.invalidField("officeId", "is not an office of this team: " + officeId);
        }
        return officeId;
    }

    private long requirePond(Caller caller, long pondId, String field) {
        if (ponds.find(caller.teamId(), pondId).isEmpty()) {
            throw ApiException.invalidField(field, "is not a lead pond of this team: " + pondId);
        }
        return pondId;
    }

    private void requireMembers(Caller caller, List<Long> userIds, String field) {
        var found = accounts.findMembers(caller.teamId(), userIds);
        for (long userId : userIds) {
            if (!found.containsKey(userId)) {
                throw ApiException.invalidField(field, "is not a member of this team: " + userId);
            }
        }
    }

    static void requireManager(Caller caller) {
        if (!caller.managesTeam()) {
            throw ApiException.permissionDenied("only the team's owner and admins manage lead routing");
        }
    }
}
