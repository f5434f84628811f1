package io.leadline.leads.assignment;

import io.leadline.leads.LeadService;
import io.leadline.leads.resource.LeadEnvelope;
import io.leadline.leads.resource.LeadIdResponse;
import io.leadline.routing.RoutingDecision;
import io.leadline.routing.RoutingService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Assignment, routing preview, claiming, and the routing decision log of a lead. */
@RestController
@Tag(name = "Leads")
class LeadAssignmentController {

    private final LeadAssignments assignments;
    private final RoutingPreview preview;
    private final LeadService leads;
    private final RoutingService routing;

    LeadAssignmentController(LeadAssignments assignments, RoutingPreview preview, LeadService leads, RoutingService routing) {
        this.assignments = assignments;
        this.preview = preview;
        this.leads = leads;
        this.routing = routing;
    }

    @Operation(summary = "Assign roles: [{\"role\": \"Agent\", \"assignee\": \"<member email>\"}]; answers {\"leadId\": …}",
            description = "Also accepts {\"userId\": n}, {\"assignedUserId\": n, \"assignedRole\": \"Agent\"}, one"
                    + " {role, assignee} object, and [n] (one agent id).")
    @PostMapping("/v1.0/leads/{leadId}/assignment")
    LeadIdResponse assign(Caller caller, @PathVariable long leadId, @RequestBody JsonNode body) {
        return new LeadIdResponse(assignments.assign(caller, leadId, parse(body)));
    }

    /** Lofty's documented array, and the shapes public Lofty clients are seen sending (reference §5.7). */
    static List<LeadAssignments.RoleAssignment> parse(JsonNode body) {
        List<LeadAssignments.RoleAssignment> parsed = new ArrayList<>();
        if (body.isArray()) {
            for (JsonNode item : body) {
                if (item.isIntegralNumber()) {
                    if (body.size() > 1) {
                        throw ApiException.invalidField("body", "a lead has one agent; send one user id, not " + body.size());
                    }
                    parsed.add(new LeadAssignments.RoleAssignment("Agent", item.asString()));
                } else if (item.isObject()) {
                    parsed.add(entry(item));
                } else {
                    throw ApiException.invalidField("body", "entries must be {\"role\", \"assignee\"} objects");
                }
            }
            return parsed;
        }
        if (!body.isObject()) {
            throw ApiException.invalidField("body", "must be an array of {\"role\", \"assignee\"}");
        }
        if (body.has("userId")) {
            return List.of(new LeadAssignments.RoleAssignment("Agent", text(body.get("userId"))));
        }
        if (body.has("assignedUserId")) {
            String role = body.path("assignedRole").isString() ? body.path("assignedRole").asString() : "Agent";
            return List.of(new LeadAssignments.RoleAssignment(role, text(body.get("assignedUserId"))));
        }
        return List.of(entry(body));
    }

    private static LeadAssignments.RoleAssignment entry(JsonNode item) {
        return new LeadAssignments.RoleAssignment(text(item.get("role")), text(item.get("assignee")));
    }

    private static String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isString() || node.isIntegralNumber()) {
            return node.asString();
        }
        throw ApiException.invalidField("assignee", "must be a member's email or user id");
    }

    @Operation(summary = "Preview routing: who would get a lead with these details; creates and changes nothing")
    @PostMapping("/v1.0/leads/assignee")
    List<RoutingPreview.Preview> preview(Caller caller, @RequestBody RoutingPreview.PreviewRequest request) {
        return preview.preview(caller, request);
    }

    @Operation(summary = "Claim a lead offered to you first-to-claim, or waiting in a pond you belong to")
    @PostMapping("/leadline/v1/leads/{leadId}/claim")
    LeadEnvelope claim(Caller caller, @PathVariable long leadId) {
        assignments.claim(caller, leadId);
        return new LeadEnvelope(leads.get(caller, leadId, false));
    }

    record Decision(
            long id,
            String decidedAt,
            String outcome,
            int businessType,
            int roleId,
            String scope,
            @Nullable Long ruleId,
            @Nullable String ruleName,
            @Nullable String strategy,
            @Nullable Long assigneeUserId,
            @Nullable Long pondId,
            String detail) {}

    record Decisions(long leadId, List<Decision> decisions) {}

    @Operation(summary = "Why the lead is where it is: every routing decision, claim, expiry and manual assignment")
    @GetMapping("/leadline/v1/leads/{leadId}/routing-decisions")
    Decisions decisions(Caller caller, @PathVariable long leadId) {
        leads.visibleLead(caller, leadId);
        return new Decisions(leadId, routing.decisions(caller.teamId(), leadId).stream()
                .map(logged -> {
                    RoutingDecision d = logged.decision();
                    return new Decision(logged.id(), Times.iso(logged.decidedAt()), d.outcome().name(), d.businessType().code(),
                            d.roleId(), d.scope(), d.ruleId(), d.ruleName(), d.strategy() == null ? null : d.strategy().name(),
                            d.assigneeUserId(), d.pondId(), d.detail());
                })
                .toList());
    }
}
