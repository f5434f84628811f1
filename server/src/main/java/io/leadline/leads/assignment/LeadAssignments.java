package io.leadline.leads.assignment;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.resource.LeadEvents;
import io.leadline.leads.resource.LeadNotFound;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.leads.resource.LeadRow;
import io.leadline.leads.resource.LeadWrite;
import io.leadline.routing.BusinessType;
import io.leadline.routing.RoleCatalog;
import io.leadline.routing.RoutingDecision;
import io.leadline.routing.RoutingService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Ids;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a lead: manual assignment by role, claiming offered and pond leads, and offers running out. */
@Service
public class LeadAssignments {

    /** One role to give to one member; {@code assignee} is a login email or a user id. */
    public record RoleAssignment(String role, String assignee) {}

    private final LeadRepository leads;
    private final LeadRoleRepository roles;
    private final LeadRouter router;
    private final LeadEvents events;
    private final RoutingService routing;
    private final AccountsService accounts;
    private final Clock clock;

    LeadAssignments(LeadRepository leads, LeadRoleRepository roles, LeadRouter router, LeadEvents events, RoutingService routing,
                    AccountsService accounts, Clock clock) {
        this.events = events;
        this.leads = leads;
        this.roles = roles;
        this.router = router;
        this.routing = routing;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * {@code POST /v1.0/leads/{leadId}/assignment}: each entry replaces that role's holder. Agent sets assignedUserId
     * and assignTime (and takes the lead out of its pond or offer); Lender sets lenderUserId; any other role of the
     * catalogue sets that custom role. All entries are checked before any is written.
     */
    @Transactional
    public long assign(Caller caller, long leadId, List<RoleAssignment> assignments) {
        LeadWrite lead = leads.lockVisible(caller, leadId, LeadRepository.TrashFilter.LIVE)
                .orElseThrow(() -> LeadNotFound.forId(leadId));
        LeadRow row = lead.row;
        if (assignments.isEmpty()) {
            throw ApiException.invalidField("body", "must hold at least one {\"role\", \"assignee\"}");
        }
        OffsetDateTime now = Times.now(clock);
        List<Resolved> resolved = assignments.stream().map(a -> resolve(caller, a)).toList();
        for (Resolved r : resolved) {
            String detail = "assigned as " + r.roleName + " by user " + caller.userId();
            routing.recordManual(caller.teamId(), leadId, r.type, r.roleId, r.member.id(), detail, now);
            switch (r.type) {
                case AGENT_LEAD -> {
                    if (row.assignedUserId == null || row.assignedUserId != r.member.id()) {
                        row.assignTime = now;
                    }
                    row.assignedUserId = r.member.id();
                    row.pondId = null;
                    lead.assignedBy("assignment");
                }
                case LENDING_LEAD -> row.lenderUserId = r.member.id();
                case ASSISTANT_LEAD -> roles.put(leadId, r.roleId, r.member.id(), now);
            }
        }
        row.updatedAt = now;
        leads.update(lead);
        events.updated(lead);
        return leadId;
    }

    private record Resolved(BusinessType type, int roleId, String roleName, Member member) {}

    private Resolved resolve(Caller caller, RoleAssignment assignment) {
        if (assignment.role() == null || assignment.role().isBlank()) {
            throw ApiException.missingField("role");
        }
        if (assignment.assignee() == null || assignment.assignee().isBlank()) {
            throw ApiException.missingField("assignee");
        }
        String role = assignment.role().trim();
        Member member = member(caller, assignment.assignee().trim());
        if (role.equalsIgnoreCase("Agent")) {
            return new Resolved(BusinessType.AGENT_LEAD, BusinessType.NO_ROLE, "Agent", member);
        }
        if (role.equalsIgnoreCase("Lender")) {
            return new Resolved(BusinessType.LENDING_LEAD, BusinessType.NO_ROLE, "Lender", member);
        }
        RoleCatalog.Role custom = (role.matches("\\d{1,9}") ? RoleCatalog.find(Integer.parseInt(role)) : RoleCatalog.named(role))
                .orElseThrow(() -> ApiException.invalidField("role",
                        "must be Agent, Lender or a role of GET /v1.0/routing/role/list, not '" + role + "'"));
        return new Resolved(BusinessType.ASSISTANT_LEAD, custom.id(), custom.name(), member);
    }

    private Member member(Caller caller, String assignee) {
        var found = assignee.matches("\\d+")
                ? accounts.findMember(caller.teamId(), Ids.parse("assignee", assignee))
                : accounts.findMemberByEmail(caller.teamId(), assignee);
        return found.orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_EXIST, "No member " + assignee + " in this team"));
    }

    /** The caller takes a lead offered to them first-to-claim, or waiting in a pond of theirs. */
    @Transactional
    public long claim(Caller caller, long leadId) {
        LeadWrite lead = leads.lockLive(caller.teamId(), leadId).orElseThrow(() -> LeadNotFound.forId(leadId));
        // A lead is the caller's to know about if they may see it or it was put in their reach (offer, pond);
        // anything else answers as if it did not exist, so a claim cannot probe ids (LL-13)
        if (!routing.claimableBy(caller.teamId(), leadId, caller.userId(), lead.row.pondId)
                && leads.findVisible(caller, leadId, LeadRepository.TrashFilter.LIVE).isEmpty()) {
            throw LeadNotFound.forId(leadId);
        }
        OffsetDateTime now = Times.now(clock);
        RoutingDecision decision = routing.claim(caller.teamId(), leadId, caller.userId(), lead.row.pondId, now);
        router.apply(lead, decision, now);
        lead.row.updatedAt = now;
        leads.update(lead);
        events.updated(lead);
        return leadId;
    }

    /** Sends a lead whose offer ran out to its scope's fallback; nothing when it was claimed meanwhile. */
    @Transactional
    void expireOffer(long teamId, long leadId) {
        leads.lockLive(teamId, leadId).ifPresent(lead -> {
            OffsetDateTime now = Times.now(clock);
            routing.expireOffer(teamId, leadId, now).ifPresent(decision -> {
                if (router.apply(lead, decision, now)) {
                    lead.row.updatedAt = now;
                    leads.update(lead);
                    events.updated(lead);
                }
            });
        });
    }
}
