package io.leadline.routing.administration;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.MemberActivation;
import io.leadline.ids.IdGenerator;
import io.leadline.routing.BusinessType;
import io.leadline.routing.LeadPond;
import io.leadline.routing.decisions.RoutingFallback;
import io.leadline.routing.decisions.RoutingSetups;
import io.leadline.routing.StrategyType;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the rest of the team's routing setup: fallbacks, ponds, the time zone, members' availability. */
@Service
public class RoutingAdminService {

    private final RoutingRuleRepository rules;
    private final RoutingFallbackRepository fallbacks;
    private final PondRepository ponds;
    private final RoutingSettingsRepository settings;
    private final RoutingSetups setups;
    private final AdminChecks checks;
    private final AccountsService accounts;
    private final IdGenerator ids;
    private final Clock clock;

    RoutingAdminService(
            RoutingRuleRepository rules,
            RoutingFallbackRepository fallbacks,
            PondRepository ponds,
            RoutingSettingsRepository settings,
            RoutingSetups setups,
            AdminChecks checks,
            AccountsService accounts,
            IdGenerator ids,
            Clock clock) {
        this.rules = rules;
        this.fallbacks = fallbacks;
        this.ponds = ponds;
        this.settings = settings;
        this.setups = setups;
        this.checks = checks;
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
    }

    // --- fallbacks

    public record FallbackInput(
            @Nullable Integer businessType,
            @Nullable Integer roleId,
            @Nullable Long officeId,
            @Nullable Integer strategyType,
            @Nullable Integer touchMinutes,
            @Nullable Long assigneeAgentId,
            @Nullable Long assigneeGroupId) {}

    /** Lofty: DEFAULT_ASSIGNEE names exactly one of an agent or (agent leads only) a pond; LEAD_POND names a pond. */
    @Transactional
    public RoutingFallback putFallback(Caller caller, FallbackInput in) {
        AdminChecks.requireManager(caller);
        BusinessType type = BusinessType.of("businessType", in.businessType() == null ? 1 : in.businessType());
        int roleId = type.roleId("roleId", in.roleId());
        long scopeKey = checks.scopeKey(caller, in.officeId());
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
            checks.requireMembers(caller, List.of(in.assigneeAgentId()), "assigneeAgentId");
        }
        Long pondId = pond ? checks.requirePond(caller, in.assigneeGroupId(), "assigneeGroupId") : null;
        RoutingFallback fallback = new RoutingFallback(caller.teamId(), type, roleId, scopeKey, strategy, null,
                in.assigneeAgentId(), pondId, Times.now(clock));
        fallbacks.put(fallback);
        setups.changed(caller.teamId(), Times.now(clock));
        return fallback;
    }

    @Transactional(readOnly = true)
    public Optional<RoutingFallback> fallback(Caller caller, BusinessType type, int roleId, @Nullable Long officeId) {
        AdminChecks.requireManager(caller);
        return fallbacks.find(caller.teamId(), type, roleId, checks.scopeKey(caller, officeId));
    }

    @Transactional(readOnly = true)
    public List<RoutingFallback> fallbacks(Caller caller) {
        AdminChecks.requireManager(caller);
        return fallbacks.all(caller.teamId());
    }

    @Transactional
    public void deleteFallback(Caller caller, int businessType, @Nullable Integer roleId, @Nullable Long officeId) {
        AdminChecks.requireManager(caller);
        BusinessType type = BusinessType.of("businessType", businessType);
        if (!fallbacks.delete(caller.teamId(), type, type.roleId("roleId", roleId), checks.scopeKey(caller, officeId))) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "that scope has no fallback rule");
        }
        setups.changed(caller.teamId(), Times.now(clock));
    }

    // --- ponds

    public record PondInput(@Nullable String pondName, @Nullable Long pondOwnerId, @Nullable List<Long> agentIds) {}

    @Transactional
    public LeadPond createPond(Caller caller, PondInput in) {
        AdminChecks.requireManager(caller);
        LeadPond pond = validatedPond(caller, ids.nextId(), in);
        ponds.insert(caller.teamId(), pond, Times.now(clock));
        return pond;
    }

    @Transactional
    public LeadPond updatePond(Caller caller, long pondId, PondInput in) {
        AdminChecks.requireManager(caller);
        checks.requirePond(caller, pondId, "pondId");
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
        checks.requireMembers(caller, List.of(in.pondOwnerId()), "pondOwnerId");
        List<Long> agents = in.agentIds() == null ? List.of() : in.agentIds().stream().distinct().toList();
        checks.requireMembers(caller, agents, "agentIds");
        return new LeadPond(id, name, in.pondOwnerId(), agents);
    }

    /** A pond still named by a rule or fallback, or still holding leads, cannot go. */
    @Transactional
    public void deletePond(Caller caller, long pondId) {
        AdminChecks.requireManager(caller);
        checks.requirePond(caller, pondId, "pondId");
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
    public String timeZone(Caller caller) {
        return accounts.teamZone(caller.teamId()).getId();
    }

    @Transactional
    public String setTimeZone(Caller caller, @Nullable String zone) {
        AdminChecks.requireManager(caller);
        String id = accounts.setTeamZone(caller.teamId(), "timeZone", zone);
        setups.changed(caller.teamId(), Times.now(clock));
        return id;
    }

    public record AvailabilityInput(@Nullable Boolean active, @Nullable Boolean onVacation) {}

    @Transactional
    public RoutingSettingsRepository.Availability setAvailability(Caller caller, long userId, AvailabilityInput in) {
        AdminChecks.requireManager(caller);
        checks.requireMembers(caller, List.of(userId), "userId");
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

    /** Every member's availability by user id; a member without an entry is available. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, RoutingSettingsRepository.Availability> availabilities(Caller caller) {
        AdminChecks.requireManager(caller);
        return settings.availabilities(caller.teamId()).stream()
                .collect(java.util.stream.Collectors.toMap(RoutingSettingsRepository.Availability::userId, a -> a));
    }

    @Transactional(readOnly = true)
    public RoutingSettingsRepository.Availability availability(Caller caller, long userId) {
        checks.requireMembers(caller, List.of(userId), "userId");
        return settings.availability(userId).orElse(new RoutingSettingsRepository.Availability(userId, true, false));
    }
}
