package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.leads.LeadCards;
import io.leadline.leads.LeadService;
import io.leadline.routing.RoutingDecision;
import io.leadline.routing.RoutingExplanations;
import io.leadline.routing.RoutingScope;
import io.leadline.routing.RoutingService;
import io.leadline.routing.administration.RoutingAdministration;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The routing page's "Test a lead" panel and the routing log. The panel asks routing for its preview (no round-robin
 * turn taken, no offer opened, nothing logged) with each rule's verdict; the log lists the team's decisions newest
 * first, filtered by rule, member and outcome, each linked to its lead.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class RoutingTestController {

    static final int LOG_PAGE = 50;

    private final RoutingExplanations explanations;
    private final RoutingService routing;
    private final RoutingAdministration administration;
    private final TeamAdministration team;
    private final AccountsService accounts;
    private final LeadService leads;
    private final LeadCards cards;
    private final JsonMapper json;
    private final Clock clock;

    RoutingTestController(RoutingExplanations explanations, RoutingService routing, RoutingAdministration administration,
            TeamAdministration team, AccountsService accounts, LeadService leads, LeadCards cards, JsonMapper json,
            Clock clock) {
        this.explanations = explanations;
        this.routing = routing;
        this.administration = administration;
        this.team = team;
        this.accounts = accounts;
        this.leads = leads;
        this.cards = cards;
        this.json = json;
        this.clock = clock;
    }

    /** With {@code run}, the explanation for the typed lead; with {@code leadId}, the form filled from that lead. */
    @GetMapping("/app/routing/test")
    String test(Caller caller, @RequestParam MultiValueMap<String, String> typed, Model model, HttpServletResponse response) {
        ManagerPages pages = new ManagerPages(caller, response);
        return pages.show(() -> {
            MultiValueMap<String, String> form = typed;
            Long leadId = RuleForm.optionalNumber(typed, "leadId");
            if (leadId != null) {
                form = fromLead(caller, leadId);
            }
            model.addAttribute("values", RuleFormValues.typed(form));
            model.addAttribute("offices", team.offices(caller));
            model.addAttribute("leadTypes", RuleForm.LEAD_TYPES);
            if (typed.containsKey("run") || leadId != null) {
                try {
                    Long officeId = RuleForm.optionalNumber(form, "officeId");
                    RoutingScope scope = officeId == null ? RoutingScope.COMPANY : RoutingScope.office(officeId);
                    var explanation = explanations.explain(caller.teamId(), TestLead.subject(form), scope, Times.now(clock));
                    model.addAttribute("checks", explanation.checks());
                    model.addAttribute("outcome", shown(explanation.decisions().getFirst(), members(caller)));
                } catch (ApiException refused) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    model.addAttribute("problem", refused.getMessage());
                }
            }
            return "routing-test";
        });
    }

    /** The panel's fields as the lead has them: source, tags, types, phone, its first place and price. */
    private MultiValueMap<String, String> fromLead(Caller caller, long leadId) {
        JsonNode lead = json.valueToTree(leads.get(caller, leadId, false));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("run", "");
        form.add("leadId", String.valueOf(leadId));
        form.add("source", lead.path("source").asString(""));
        form.add("tags", String.join(", ", lead.path("tags").valueStream().map(tag -> tag.asString("")).toList()));
        lead.path("leadTypes").valueStream().forEach(type -> form.add("leadTypes", type.asString()));
        form.add("hasPhone", lead.path("phones").isEmpty() ? "" : "true");
        JsonNode place = lead.path("inquiry").path("locations").path(0);
        form.add("state", place.path("stateCode").asString(""));
        form.add("city", place.path("city").asString(""));
        form.add("zipcode", place.path("zipCode").asString(""));
        form.add("priceMin", lead.path("inquiry").path("priceMin").asString(""));
        form.add("priceMax", lead.path("inquiry").path("priceMax").asString(""));
        return form;
    }

    /** A decision as the panel and the log show it: who or where, in words. */
    record ShownDecision(String outcome, String ruleName, String who, String detail) {}

    private Map<Long, Member> members(Caller caller) {
        return accounts.teamMembers(caller.teamId()).stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private ShownDecision shown(RoutingDecision decision, Map<Long, Member> members) {
        return new ShownDecision(decision.outcome().name(), decision.ruleName() == null ? "" : decision.ruleName(),
                who(decision, members), decision.detail());
    }

    private String who(RoutingDecision decision, Map<Long, Member> members) {
        if (decision.assigneeUserId() != null) {
            Member member = members.get(decision.assigneeUserId());
            return member == null ? "member " + decision.assigneeUserId() : member.fullName();
        }
        if (!decision.offeredUserIds().isEmpty()) {
            return "offered to " + decision.offeredUserIds().stream()
                    .map(id -> members.containsKey(id) ? members.get(id).fullName() : "member " + id)
                    .collect(Collectors.joining(", "));
        }
        if (decision.pondId() != null) {
            return "pond " + decision.pondId();
        }
        return "nobody";
    }

    /** A row of the routing log. */
    record LogRow(long id, long leadId, String leadName, String decidedAt, ShownDecision decision) {}

    @GetMapping("/app/routing/log")
    String log(Caller caller, @RequestParam(required = false) @Nullable String rule,
            @RequestParam(required = false) @Nullable String member, @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String before, Model model, HttpServletResponse response) {
        return new ManagerPages(caller, response).show(() -> {
            RoutingService.LogFilter filter;
            try {
                filter = new RoutingService.LogFilter(id(before), id(rule), id(member),
                        outcome == null || outcome.isBlank() ? null : RoutingDecision.Outcome.valueOf(outcome));
            } catch (IllegalArgumentException | ApiException unreadable) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problem", "The filter could not be read: " + unreadable.getMessage());
                filter = new RoutingService.LogFilter(null, null, null, null);
            }
            List<RoutingService.LoggedDecision> logged = routing.recentDecisions(caller.teamId(), filter, LOG_PAGE);
            Map<Long, LeadCards.LeadCard> names = cards.cards(caller.teamId(), logged.stream().map(RoutingService.LoggedDecision::leadId).toList());
            ZoneId zone = accounts.teamZone(caller.teamId());
            Map<Long, Member> members = members(caller);
            model.addAttribute("rows", logged.stream().map(entry -> new LogRow(entry.id(), entry.leadId(),
                    names.containsKey(entry.leadId()) ? names.get(entry.leadId()).fullName() : "Lead " + entry.leadId(),
                    entry.decidedAt().atZoneSameInstant(zone).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")),
                    shown(entry.decision(), members))).toList());
            model.addAttribute("rules", administration.rules(caller, 1, null));
            model.addAttribute("members", members.values().stream().sorted(java.util.Comparator.comparing(Member::fullName)).toList());
            model.addAttribute("outcomes", RoutingDecision.Outcome.values());
            model.addAttribute("filters", Map.of("rule", text(rule), "member", text(member), "outcome", text(outcome)));
            model.addAttribute("older", logged.size() < LOG_PAGE ? null : UriComponentsBuilder.fromPath("/app/routing/log")
                    .queryParam("rule", text(rule)).queryParam("member", text(member)).queryParam("outcome", text(outcome))
                    .queryParam("before", logged.getLast().id()).build().toUriString());
            return "routing-log";
        });
    }

    private static @Nullable Long id(@Nullable String value) {
        return value == null || value.isBlank() ? null : RuleForm.number("id", value);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
