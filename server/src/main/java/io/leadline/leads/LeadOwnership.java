package io.leadline.leads;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.assignment.LeadAssignments;
import io.leadline.routing.RoutingService;
import io.leadline.search.LeadQueryParser;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who holds a lead and why, for callers that are not the API (the console): reassigning its agent, the offers
 * waiting for a member and claiming one, and the routing decisions that put a lead where it is. The same rules as
 * {@code POST /v1.0/leads/{id}/assignment}, {@code POST /leadline/v1/leads/{id}/claim} and
 * {@code GET /leadline/v1/leads/{id}/routing-decisions}.
 */
@Service
public class LeadOwnership {

    private final LeadAssignments assignments;
    private final LeadService leads;
    private final RoutingService routing;
    private final AccountsService accounts;
    private final LeadCards leadCards;
    private final Clock clock;
    private final JsonMapper json;

    LeadOwnership(LeadAssignments assignments, LeadService leads, RoutingService routing, AccountsService accounts,
            LeadCards leadCards, Clock clock, JsonMapper json) {
        this.json = json;
        this.assignments = assignments;
        this.leads = leads;
        this.routing = routing;
        this.accounts = accounts;
        this.leadCards = leadCards;
        this.clock = clock;
    }

    /** One step of a lead's routing history, its people named. */
    public record Step(OffsetDateTime at, String outcome, @Nullable String ruleName, @Nullable String strategy,
            @Nullable String assigneeName, String detail) {}

    public void reassign(Caller caller, long leadId, long agentUserId) {
        assignments.assign(caller, leadId, List.of(new LeadAssignments.RoleAssignment("Agent", String.valueOf(agentUserId))));
    }

    /**
     * A lead offered to the caller first-to-claim: its name, which an offer shows before the lead is theirs (an offer
     * puts it within their reach, as the claim rule says), and when the offer runs out.
     */
    public record Offer(long leadId, String leadName, OffsetDateTime expiresAt) {}

    /** The offers waiting for the caller, soonest to run out first. */
    public List<Offer> offersWaiting(Caller caller) {
        List<RoutingService.WaitingOffer> waiting = routing.offersWaitingFor(caller.teamId(), caller.userId(), Times.now(clock));
        Map<Long, LeadCards.LeadCard> cards = leadCards.cards(caller.teamId(), waiting.stream().map(RoutingService.WaitingOffer::leadId).toList());
        return waiting.stream().filter(offer -> cards.containsKey(offer.leadId()))
                .map(offer -> new Offer(offer.leadId(), cards.get(offer.leadId()).fullName(), offer.expiresAt()))
                .toList();
    }

    /** The caller takes a lead offered to them or waiting in their pond ({@code POST /leadline/v1/leads/{id}/claim}). */
    public void claim(Caller caller, long leadId) {
        assignments.claim(caller, leadId);
    }

    /** A lead assigned to the caller: when, and what a list shows of it. */
    public record Assigned(long leadId, String leadName, @Nullable String source, OffsetDateTime assignedAt) {}

    /**
     * The leads assigned to the caller since {@code since}, newest first, at most {@code limit}: the API's own list
     * ({@code assignedUserId} = the caller, sorted by assign time), so visibility is the list's. The list gives times
     * to the second, so a lead assigned in the second {@code since} falls in is counted in.
     */
    public List<Assigned> assignedSince(Caller caller, OffsetDateTime since, int limit) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("assignedUserId", String.valueOf(caller.userId()));
        query.add("sort", "AssignTime");
        query.add("limit", String.valueOf(limit));
        return leads.list(caller, LeadQueryParser.parse(query, json)).leads().stream()
                .filter(lead -> lead.assignTime() != null)
                .map(lead -> new Assigned(lead.leadId(), (lead.firstName() + " " + (lead.lastName() == null ? "" : lead.lastName())).trim(),
                        lead.source(), OffsetDateTime.parse(lead.assignTime())))
                .filter(lead -> !lead.assignedAt().isBefore(since.truncatedTo(ChronoUnit.SECONDS)))
                .toList();
    }

    /** Newest first; 404 for a lead the caller cannot see. */
    public List<Step> trace(Caller caller, long leadId) {
        leads.visibleLead(caller, leadId);
        List<RoutingService.LoggedDecision> logged = routing.decisions(caller.teamId(), leadId);
        Map<Long, Member> people = accounts.findMembers(caller.teamId(), logged.stream()
                .map(entry -> entry.decision().assigneeUserId()).filter(id -> id != null).distinct().toList());
        return logged.stream()
                .sorted(Comparator.comparing(RoutingService.LoggedDecision::decidedAt)
                        .thenComparing(RoutingService.LoggedDecision::id).reversed())
                .map(entry -> {
                    var decision = entry.decision();
                    Member assignee = decision.assigneeUserId() == null ? null : people.get(decision.assigneeUserId());
                    return new Step(entry.decidedAt(), decision.outcome().name(), decision.ruleName(),
                            decision.strategy() == null ? null : decision.strategy().name(),
                            assignee == null ? null : assignee.fullName(), decision.detail());
                })
                .toList();
    }

    /** The active members of the caller's team, who a lead may be given to. */
    public List<Member> assignableMembers(Caller caller) {
        return accounts.teamMembers(caller.teamId()).stream().filter(member -> member.deactivatedAt() == null).toList();
    }
}
