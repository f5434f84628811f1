package io.leadline.routing;

import io.leadline.database.AfterCommit;
import io.leadline.ids.IdGenerator;
import io.leadline.routing.administration.PondRepository;
import io.leadline.routing.administration.RoutingRuleRepository;
import io.leadline.routing.decisions.ConditionMatcher;
import io.leadline.routing.decisions.DecisionRepository;
import io.leadline.routing.decisions.OfferRepository;
import io.leadline.routing.decisions.RoundRobin;
import io.leadline.routing.decisions.RoutingFallback;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.routing.decisions.RoutingSetup;
import io.leadline.routing.decisions.RoutingSetups;
import io.leadline.web.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing engine. Leads call it inside their own transaction: it decides, writes its own bookkeeping (round-robin
 * turn, open offer, decision log) and returns the decision; the caller writes the decision onto the lead, so both
 * commit or roll back together.
 */
@Service
public class RoutingService {

    private final RoutingRuleRepository rules;
    private final PondRepository ponds;
    private final OfferRepository offers;
    private final DecisionRepository decisions;
    private final RoutingSetups setups;
    private final IdGenerator ids;
    private final MeterRegistry metrics;

    RoutingService(
            RoutingRuleRepository rules,
            PondRepository ponds,
            OfferRepository offers,
            DecisionRepository decisions,
            RoutingSetups setups,
            IdGenerator ids,
            MeterRegistry metrics) {
        this.rules = rules;
        this.ponds = ponds;
        this.offers = offers;
        this.decisions = decisions;
        this.setups = setups;
        this.ids = ids;
        this.metrics = metrics;
    }

    /**
     * Routes a new lead by the scope's rules, then its fallback: for agents, and for every other role the team routes.
     * Records and returns the decisions, agent first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RoutingDecision> route(long teamId, long leadId, RoutingSubject subject, RoutingScope scope, OffsetDateTime now) {
        List<RoutingDecision> decisions = decideAll(teamId, leadId, subject, scope, now, false);
        decisions.forEach(decision -> log(teamId, leadId, now, decision));
        return decisions;
    }

    /** The same decisions without taking a round-robin turn, opening an offer or logging (POST /v1.0/leads/assignee). */
    @Transactional(readOnly = true)
    public List<RoutingDecision> preview(long teamId, RoutingSubject subject, RoutingScope scope, OffsetDateTime now) {
        return decideAll(teamId, 0, subject, scope, now, true);
    }

    private List<RoutingDecision> decideAll(
            long teamId, long leadId, RoutingSubject subject, RoutingScope scope, OffsetDateTime now, boolean dryRun) {
        RoutingSetup setup = setups.current(teamId);
        List<RoutingDecision> decisions = new java.util.ArrayList<>();
        decisions.add(decide(setup, teamId, leadId, subject, scope, BusinessType.AGENT_LEAD, BusinessType.NO_ROLE, now, dryRun));
        for (RoleTarget target : setup.otherRoles()) {
            decisions.add(decide(setup, teamId, leadId, subject, scope, target.businessType(), target.roleId(), now, dryRun));
        }
        return decisions;
    }

    public record RoleTarget(BusinessType businessType, int roleId) {}

    private RoutingDecision decide(
            RoutingSetup setup, long teamId, long leadId, RoutingSubject subject, RoutingScope scope, BusinessType type,
            int roleId, OffsetDateTime now, boolean dryRun) {
        for (RoutingRule rule : setup.rules(type, roleId, scope.key())) {
            if (passedOver(setup, rule, subject, now).isPresent()) {
                continue;
            }
            Optional<RoutingDecision> decision = apply(setup, teamId, leadId, rule, scope, now, dryRun);
            if (decision.isPresent()) {
                return decision.get();
            }
        }
        return fallback(setup, type, roleId, scope, "no rule of " + scope.label() + " matched");
    }

    /**
     * Why a rule passes the lead over before its strategy is tried (switched off, outside its hours, conditions not
     * met); empty when the rule is tried. The test-a-lead panel reads the same answer ({@link RoutingExplanations}).
     */
    static Optional<String> passedOver(RoutingSetup setup, RoutingRule rule, RoutingSubject subject, OffsetDateTime now) {
        if (!rule.enabled()) {
            return Optional.of("switched off");
        }
        if (!rule.activeHours().isActive(now.atZoneSameInstant(setup.zone()))) {
            return Optional.of("outside its active hours (days " + rule.activeHours().daysText() + ", "
                    + rule.activeHours().hoursStart() + ":00–" + rule.activeHours().hoursEnd() + ":59)");
        }
        if (!ConditionMatcher.matches(rule.conditions(), subject)) {
            return Optional.of("its conditions do not match the lead");
        }
        return Optional.empty();
    }

    /** The rule's members routing may give a lead to now (a pond's rule needs none). */
    static List<RoundRobin.Weighted> available(RoutingSetup setup, RoutingRule rule) {
        return rule.members().stream().filter(member -> !setup.unavailable().contains(member.userId())).toList();
    }

    private Optional<RoutingDecision> apply(
            RoutingSetup setup, long teamId, long leadId, RoutingRule rule, RoutingScope scope, OffsetDateTime now, boolean dryRun) {
        String matched = "matched rule '" + rule.name() + "' (" + rule.strategy() + ")";
        if (rule.strategy() == StrategyType.LEAD_POND) {
            return Optional.of(decision(RoutingDecision.Outcome.POND, rule, scope, null, rule.pondId(), List.of(), matched));
        }
        List<RoundRobin.Weighted> available = available(setup, rule);
        if (available.isEmpty()) {
            return Optional.empty();
        }
        return switch (rule.strategy()) {
            case DEFAULT_ASSIGNEE -> Optional.of(decision(RoutingDecision.Outcome.ASSIGNED, rule, scope,
                    available.getFirst().userId(), null, List.of(), matched));
            case BLAST_ALERT -> Optional.of(offer(teamId, leadId, rule, scope, available, now, dryRun, matched));
            default -> (dryRun ? rules.peekTurn(rule.id()) : rules.takeTurn(rule.id()))
                    .map(turn -> decision(RoutingDecision.Outcome.ASSIGNED, rule, scope, RoundRobin.pick(available, turn), null,
                            List.of(), matched + ", turn " + turn + " of " + available.size() + " available member(s)"));
        };
    }

    private RoutingDecision offer(
            long teamId, long leadId, RoutingRule rule, RoutingScope scope, List<RoundRobin.Weighted> available,
            OffsetDateTime now, boolean dryRun, String matched) {
        List<Long> memberIds = available.stream().map(RoundRobin.Weighted::userId).toList();
        OffsetDateTime expires = now.plusMinutes(rule.touchMinutes() == null ? 60 : rule.touchMinutes());
        if (!dryRun) {
            offers.insert(new OfferRepository.Offer(leadId, teamId, rule.id(), rule.businessType(), rule.roleId(), scope.key(),
                    now, expires), memberIds);
        }
        return decision(RoutingDecision.Outcome.OFFERED, rule, scope, null, null, memberIds,
                matched + ", first to claim before " + expires + " gets it");
    }

    private static RoutingDecision decision(
            RoutingDecision.Outcome outcome, RoutingRule rule, RoutingScope scope, @Nullable Long assignee,
            @Nullable Long pondId, List<Long> offered, String detail) {
        return new RoutingDecision(outcome, rule.businessType(), rule.roleId(), scope.label(), rule.id(), rule.name(),
                rule.strategy(), assignee, pondId, offered, detail);
    }

    /** Lofty's supplement rule: what happens when no rule of the scope took the lead. */
    private static RoutingDecision fallback(RoutingSetup setup, BusinessType type, int roleId, RoutingScope scope, String why) {
        Optional<RoutingFallback> configured = setup.fallback(type, roleId, scope.key());
        if (configured.isEmpty()) {
            return RoutingDecision.unassigned(type, roleId, scope.label(), why + " and it has no fallback rule");
        }
        RoutingFallback fallback = configured.get();
        String detail = why + "; fallback " + fallback.strategy();
        if (fallback.assigneeUserId() != null) {
            if (setup.unavailable().contains(fallback.assigneeUserId())) {
                return RoutingDecision.unassigned(type, roleId, scope.label(), detail + " names an unavailable member");
            }
            return new RoutingDecision(RoutingDecision.Outcome.ASSIGNED, type, roleId, scope.label(), null, "fallback",
                    fallback.strategy(), fallback.assigneeUserId(), null, List.of(), detail);
        }
        return new RoutingDecision(RoutingDecision.Outcome.POND, type, roleId, scope.label(), null, "fallback",
                fallback.strategy(), null, fallback.pondId(), List.of(), detail);
    }

    /** Whether the lead is offered to the user first-to-claim, or waits in a pond the user belongs to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claimableBy(long teamId, long leadId, long userId, @Nullable Long pondId) {
        if (offers.lock(teamId, leadId).isPresent()) {
            return offers.members(leadId).contains(userId);
        }
        return pondId != null && ponds.find(teamId, pondId)
                .filter(pond -> pond.admits(userId))
                .isPresent();
    }

    /**
     * The caller claims a lead offered to them (first-to-claim) or waiting in a pond they belong to. The caller must
     * hold the lead's row lock, taken before this offer lock, so a claim and an expiry serialise.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoutingDecision claim(long teamId, long leadId, long userId, @Nullable Long pondId, OffsetDateTime now) {
        Optional<OfferRepository.Offer> offer = offers.lock(teamId, leadId);
        RoutingDecision decision;
        if (offer.isPresent()) {
            if (!offers.members(leadId).contains(userId)) {
                throw ApiException.permissionDenied("lead " + leadId + " was not offered to you");
            }
            offers.delete(leadId);
            decision = claimed(offer.get().businessType(), offer.get().roleId(), RoutingScope.ofKey(offer.get().scopeKey()).label(),
                    offer.get().ruleId(), userId, "claimed first of the members it was offered to");
        } else if (pondId != null) {
            LeadPond pond = ponds.find(teamId, pondId).orElseThrow(() -> ApiException.conflict("lead " + leadId + " is not claimable"));
            if (!pond.admits(userId)) {
                throw ApiException.permissionDenied("you are not an agent of pond '" + pond.pondName() + "'");
            }
            decision = claimed(BusinessType.AGENT_LEAD, BusinessType.NO_ROLE, "POND:" + pondId, null, userId,
                    "claimed from pond '" + pond.pondName() + "'");
        } else {
            throw ApiException.conflict("lead " + leadId + " is neither offered nor in a pond; there is nothing to claim");
        }
        log(teamId, leadId, now, decision);
        return decision;
    }

    private static RoutingDecision claimed(
            BusinessType type, int roleId, String scope, @Nullable Long ruleId, long userId, String detail) {
        return new RoutingDecision(RoutingDecision.Outcome.CLAIMED, type, roleId, scope, ruleId, null, null, userId, null,
                List.of(), detail);
    }

    /**
     * Ends the lead's offer if it is past its time and sends the lead to the offer scope's fallback. Empty when the
     * offer is gone (claimed, reassigned) or not yet due. The caller holds the lead's row lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RoutingDecision> expireOffer(long teamId, long leadId, OffsetDateTime now) {
        Optional<OfferRepository.Offer> offer = offers.lock(teamId, leadId).filter(o -> !o.expiresAt().isAfter(now));
        if (offer.isEmpty()) {
            return Optional.empty();
        }
        offers.delete(leadId);
        OfferRepository.Offer expired = offer.get();
        RoutingDecision decision = fallback(setups.current(teamId), expired.businessType(), expired.roleId(), RoutingScope.ofKey(expired.scopeKey()),
                "nobody claimed the offer of rule " + expired.ruleId() + " by " + expired.expiresAt());
        log(teamId, leadId, now, decision);
        return Optional.of(decision);
    }

    /** A member assigned a role by hand (or by assignedUserId): the open offer, if any, is withdrawn. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordManual(long teamId, long leadId, BusinessType type, int roleId, long assigneeUserId, String detail, OffsetDateTime now) {
        if (type == BusinessType.AGENT_LEAD) {
            offers.delete(leadId);
        }
        recordDirect(teamId, leadId, type, roleId, assigneeUserId, detail, now);
    }

    /** A new lead created with its assignee named: nothing was routed, and there is no offer to withdraw. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDirect(long teamId, long leadId, BusinessType type, int roleId, long assigneeUserId, String detail, OffsetDateTime now) {
        log(teamId, leadId, now, new RoutingDecision(RoutingDecision.Outcome.MANUAL, type, roleId, "DIRECT", null, null, null,
                assigneeUserId, null, List.of(), detail));
    }

    /** A decision taken outside the rules (a PERSONAL lead assigned to its owner), recorded like any other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOwnerAssignment(long teamId, long leadId, long ownerUserId, OffsetDateTime now) {
        log(teamId, leadId, now, new RoutingDecision(RoutingDecision.Outcome.ASSIGNED, BusinessType.AGENT_LEAD, BusinessType.NO_ROLE,
                "PERSONAL", null, null, null, ownerUserId, null, List.of(),
                "PERSONAL lead owned by an agent goes to its owner; send assignGroupId to route it"));
    }

    private void log(long teamId, long leadId, OffsetDateTime now, RoutingDecision decision) {
        decisions.insert(ids.nextId(), teamId, leadId, now, decision);
        String outcome = decision.outcome().name();
        AfterCommit.run(() -> metrics.counter("leadline.routing.decisions", "outcome", outcome).increment());
    }

    public record LoggedDecision(long id, long leadId, OffsetDateTime decidedAt, RoutingDecision decision) {}

    @Transactional(readOnly = true)
    public List<LoggedDecision> decisions(long teamId, long leadId) {
        return decisions.forLead(teamId, leadId);
    }

    /** Which of the team's decisions to list: older than {@code beforeId}, by one rule, for one member, one outcome. */
    public record LogFilter(
            @Nullable Long beforeId, @Nullable Long ruleId, @Nullable Long memberId, RoutingDecision.@Nullable Outcome outcome) {}

    /** The team's routing log, newest first (its managers read it: it names leads of every member). */
    @Transactional(readOnly = true)
    public List<LoggedDecision> recentDecisions(long teamId, LogFilter filter, int limit) {
        return decisions.recent(teamId, filter, limit);
    }

    public List<LeadPond> ponds(long teamId) {
        return ponds.all(teamId);
    }

    /** Open offers past their time, oldest first, for the expiry sweep. */
    @Transactional(readOnly = true)
    public List<DueOffer> dueOffers(OffsetDateTime now, int limit) {
        return offers.due(now, limit).stream().map(d -> new DueOffer(d.teamId(), d.leadId())).toList();
    }

    public record DueOffer(long teamId, long leadId) {}

    /** A first-to-claim offer waiting for a member: the lead and until when it may be claimed. */
    public record WaitingOffer(long leadId, OffsetDateTime expiresAt) {}

    /** The open offers the member may claim, soonest to run out first. */
    @Transactional(readOnly = true)
    public List<WaitingOffer> offersWaitingFor(long teamId, long userId, OffsetDateTime now) {
        return offers.offeredTo(teamId, userId, now).stream()
                .map(waiting -> new WaitingOffer(waiting.leadId(), waiting.expiresAt())).toList();
    }

}
