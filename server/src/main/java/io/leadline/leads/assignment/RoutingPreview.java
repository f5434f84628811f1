package io.leadline.leads.assignment;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.resource.FieldRules;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.leads.resource.LeadRow;
import io.leadline.routing.RoleCatalog;
import io.leadline.routing.RoutingDecision;
import io.leadline.routing.RoutingScope;
import io.leadline.routing.RoutingService;
import io.leadline.routing.RoutingSubject;
import io.leadline.search.SearchKeys;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /v1.0/leads/assignee}: who routing would pick for a lead with these details, changing nothing. The
 * body has no source, tags or location, so only rules without those conditions can match, as in Lofty.
 */
@Service
class RoutingPreview {

    /** Role ids of the two roles that live on the lead row; the catalogue's custom roles keep their own ids. */
    static final int AGENT_ROLE_ID = -1;
    static final int LENDER_ROLE_ID = -2;

    record PreviewRequest(
            @Nullable String firstName, @Nullable String lastName, @Nullable String email, @Nullable String phone,
            @Nullable String birthday) {}

    record RoleAssignee(
            String agentFullName, int roleId, String role, long assigneeId, String assignee, String permissionProfileName) {}

    record Preview(long leadId, long leadUserId, String firstName, @Nullable String lastName, List<RoleAssignee> customRoleAssignees) {}

    private final LeadRepository leads;
    private final LeadRouter router;
    private final RoutingService routing;
    private final AccountsService accounts;
    private final Clock clock;

    RoutingPreview(LeadRepository leads, LeadRouter router, RoutingService routing, AccountsService accounts, Clock clock) {
        this.leads = leads;
        this.router = router;
        this.routing = routing;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Preview> preview(Caller caller, PreviewRequest request) {
        if (request.firstName() == null || request.firstName().isBlank()) {
            throw ApiException.missingField("firstName");
        }
        if (request.email() == null || request.email().isBlank()) {
            throw ApiException.missingField("email");
        }
        FieldRules.emails("email", List.of(request.email()));
        if (request.phone() != null) {
            FieldRules.phones("phone", List.of(request.phone()));
        }
        Optional<LeadRow> existing = leads.findVisibleByEmailKey(caller, SearchKeys.of("email", request.email()));
        RoutingSubject subject = new RoutingSubject(List.of(), null, Set.of(), Set.of(),
                request.phone() != null && !request.phone().isBlank(), List.of(), null, null, List.of());
        OffsetDateTime now = Times.now(clock);
        List<RoleAssignee> assignees = new ArrayList<>();
        Optional<RoutingScope> scope = router.scope(caller, null, "PERSONAL", caller.userId());
        if (scope.isEmpty()) {
            assignees.add(assignee(caller.teamId(), AGENT_ROLE_ID, "Agent", caller.userId()));
        } else {
            for (RoutingDecision decision : routing.preview(caller.teamId(), subject, scope.get(), now)) {
                add(assignees, caller.teamId(), decision);
            }
        }
        return List.of(new Preview(
                existing.map(row -> row.id).orElse(0L),
                existing.map(row -> row.leadUserId).orElse(0L),
                request.firstName().trim(),
                request.lastName(),
                assignees));
    }

    private void add(List<RoleAssignee> assignees, long teamId, RoutingDecision decision) {
        if (decision.outcome() != RoutingDecision.Outcome.ASSIGNED || decision.assigneeUserId() == null) {
            return;
        }
        switch (decision.businessType()) {
            case AGENT_LEAD -> assignees.add(assignee(teamId, AGENT_ROLE_ID, "Agent", decision.assigneeUserId()));
            case LENDING_LEAD -> assignees.add(assignee(teamId, LENDER_ROLE_ID, "Lender", decision.assigneeUserId()));
            case ASSISTANT_LEAD -> assignees.add(assignee(teamId, decision.roleId(),
                    RoleCatalog.find(decision.roleId()).map(RoleCatalog.Role::name).orElse("Role " + decision.roleId()),
                    decision.assigneeUserId()));
        }
    }

    private RoleAssignee assignee(long teamId, int roleId, String role, long userId) {
        Member member = accounts.findMember(teamId, userId).orElseThrow();
        return new RoleAssignee(member.fullName(), roleId, role, member.id(), member.email(), displayRole(member.role()));
    }

    private static String displayRole(String role) {
        return role.isEmpty() ? role : role.charAt(0) + role.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
