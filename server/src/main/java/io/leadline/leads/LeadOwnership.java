package io.leadline.leads;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.assignment.LeadAssignments;
import io.leadline.routing.RoutingService;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Who holds a lead and why, for callers that are not the API (the console): reassigning its agent, and the routing
 * decisions that put it where it is. The same rules as {@code POST /v1.0/leads/{id}/assignment} and
 * {@code GET /leadline/v1/leads/{id}/routing-decisions}.
 */
@Service
public class LeadOwnership {

    private final LeadAssignments assignments;
    private final LeadService leads;
    private final RoutingService routing;
    private final AccountsService accounts;

    LeadOwnership(LeadAssignments assignments, LeadService leads, RoutingService routing, AccountsService accounts) {
        this.assignments = assignments;
        this.leads = leads;
        this.routing = routing;
        this.accounts = accounts;
    }

    /** One step of a lead's routing history, its people named. */
    public record Step(OffsetDateTime at, String outcome, @Nullable String ruleName, @Nullable String strategy,
            @Nullable String assigneeName, String detail) {}

    public void reassign(Caller caller, long leadId, long agentUserId) {
        assignments.assign(caller, leadId, List.of(new LeadAssignments.RoleAssignment("Agent", String.valueOf(agentUserId))));
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
