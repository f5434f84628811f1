package io.leadline.leads.assignment;

import io.leadline.accounts.AccountsService;
import io.leadline.leads.resource.CreateLeadRequest;
import io.leadline.leads.resource.LeadInquiry;
import io.leadline.leads.resource.LeadProperty;
import io.leadline.leads.resource.LeadRow;
import io.leadline.leads.resource.LeadWrite;
import io.leadline.routing.BusinessType;
import io.leadline.routing.RoutingDecision;
import io.leadline.routing.RoutingScope;
import io.leadline.routing.RoutingService;
import io.leadline.routing.RoutingSubject;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides where a new lead goes (reference §5.2): an explicit assignedUserId wins; otherwise assignGroupId picks the
 * company's (-1) or an office's rules; otherwise the ownership scope does — OFFICE leads use their office's rules, a
 * PERSONAL lead of an agent goes to that agent, everything else uses the company's rules.
 */
@Component
public class LeadRouter {

    static final long COMPANY_GROUP = -1;
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};

    private final RoutingService routing;
    private final AccountsService accounts;
    private final LeadRoleRepository roles;
    private final JsonMapper json;

    LeadRouter(RoutingService routing, AccountsService accounts, LeadRoleRepository roles, JsonMapper json) {
        this.routing = routing;
        this.accounts = accounts;
        this.roles = roles;
        this.json = json;
    }

    /** Where routing would look for this caller's lead: empty when the lead simply goes to its agent owner. */
    Optional<RoutingScope> scope(Caller caller, @Nullable Long assignGroupId, String ownershipScope, @Nullable Long ownershipId) {
        if (assignGroupId != null) {
            if (assignGroupId == COMPANY_GROUP) {
                return Optional.of(RoutingScope.COMPANY);
            }
            if (!accounts.officeExists(caller.teamId(), assignGroupId)) {
                throw ApiException.invalidField("assignGroupId", "must be -1 (company rules) or an office of this team, not " + assignGroupId);
            }
            return Optional.of(RoutingScope.office(assignGroupId));
        }
        if (ownershipScope.equals("OFFICE") && ownershipId != null) {
            return Optional.of(RoutingScope.office(ownershipId));
        }
        if (ownershipScope.equals("PERSONAL") && ownershipId != null && ownedByAgent(caller, ownershipId)) {
            return Optional.empty();
        }
        return Optional.of(RoutingScope.COMPANY);
    }

    private boolean ownedByAgent(Caller caller, long ownerId) {
        if (ownerId == caller.userId()) {
            return "AGENT".equals(caller.role());
        }
        return accounts.findMember(caller.teamId(), ownerId).map(m -> m.role().equalsIgnoreCase("AGENT")).orElse(false);
    }

    /** Routes every role the team routes and sets the outcome on the row; true when the row must be written again. */
    public boolean routeNew(Caller caller, LeadWrite lead, CreateLeadRequest request, List<String> tags, OffsetDateTime now) {
        LeadRow row = lead.row;
        if (request.assignedUserId() != null) {
            routing.recordDirect(caller.teamId(), row.id, BusinessType.AGENT_LEAD, BusinessType.NO_ROLE, request.assignedUserId(),
                    "assignedUserId given on create; routing skipped", now);
            return false;
        }
        Optional<RoutingScope> scope = scope(caller, row.assignGroupId, row.ownershipScope, row.ownershipId);
        if (scope.isEmpty()) {
            row.assignedUserId = row.ownershipId;
            row.assignTime = now;
            routing.recordOwnerAssignment(caller.teamId(), row.id, row.ownershipId, now);
            return true;
        }
        RoutingSubject subject = subject(row, request, tags);
        boolean changed = false;
        for (RoutingDecision decision : routing.route(caller.teamId(), row.id, subject, scope.get(), now)) {
            changed |= apply(lead, decision, now);
        }
        return changed;
    }

    /** Writes a decision onto the lead; true when the row itself changed (custom roles live in their own table). */
    boolean apply(LeadWrite lead, RoutingDecision decision, OffsetDateTime now) {
        LeadRow row = lead.row;
        if (decision.outcome() == RoutingDecision.Outcome.POND) {
            row.pondId = decision.pondId();
            return true;
        }
        boolean assigned = decision.outcome() == RoutingDecision.Outcome.ASSIGNED || decision.outcome() == RoutingDecision.Outcome.CLAIMED;
        if (!assigned || decision.assigneeUserId() == null) {
            return false;
        }
        switch (decision.businessType()) {
            case AGENT_LEAD -> {
                row.assignedUserId = decision.assigneeUserId();
                row.assignTime = now;
                row.pondId = null;
                lead.assignedBy("routing (" + decision.outcome().name().toLowerCase(java.util.Locale.ROOT) + "): " + decision.detail());
                return true;
            }
            case LENDING_LEAD -> {
                row.lenderUserId = decision.assigneeUserId();
                return true;
            }
            default -> {
                roles.put(row.id, decision.roleId(), decision.assigneeUserId(), now);
                return false;
            }
        }
    }

    /** The routing view of a lead being created: all of it comes from the request just written. */
    RoutingSubject subject(LeadRow row, CreateLeadRequest request, List<String> tags) {
        LeadInquiry inquiry = row.inquiry == null ? null : json.readValue(row.inquiry, LeadInquiry.class);
        List<RoutingSubject.Place> locations = inquiry == null || inquiry.locations() == null ? List.of()
                : inquiry.locations().stream()
                        .map(l -> new RoutingSubject.Place(l.stateCode(), l.county(), l.city(), l.zipCode(), l.streetAddress(), null, null))
                        .toList();
        LeadProperty p = request.property();
        List<RoutingSubject.Place> properties = p == null ? List.of() : List.of(new RoutingSubject.Place(
                p.state(), p.county(), p.city(), p.zipCode(), p.streetAddress(),
                p.price() != null ? p.price() : p.priceMin(), p.price() != null ? p.price() : p.priceMax()));
        return new RoutingSubject(
                json.readValue(row.leadTypes, INTEGERS),
                request.source(),
                Set.copyOf(tags),
                request.segments() == null ? Set.of() : Set.copyOf(request.segments()),
                request.phones() != null && request.phones().stream().anyMatch(phone -> phone != null && !phone.isBlank()),
                locations,
                inquiry == null ? null : inquiry.priceMin(),
                inquiry == null ? null : inquiry.priceMax(),
                properties);
    }
}
