package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.leads.LeadEdits;
import io.leadline.leads.LeadOwnership;
import io.leadline.leads.LeadService;
import io.leadline.search.LeadQuery;
import io.leadline.search.LeadSearch;
import io.leadline.tasks.TaskDesk;
import io.leadline.timeline.TimelineDesk;
import io.leadline.transactions.TransactionDesk;
import io.leadline.search.LeadQueryParser;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lead list and the lead page. The list takes the API's own query parameters ({@code GET /v1.0/leads}: stage,
 * source, tags, assignee, key search, sort, scroll token), parsed and answered by the same code, so a filter means here
 * what it means there and a bad one gets the API's message.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class LeadPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int TIMELINE_PAGE = 20;

    private final LeadService leads;
    private final LeadEdits edits;
    private final TaskDesk tasks;
    private final LeadOwnership ownership;
    private final TimelineDesk timeline;
    private final TransactionDesk transactions;
    private final LeadSearch search;
    private final SavedFilters savedFilters;
    private final AccountsService accounts;
    private final JsonMapper json;

    LeadPagesController(LeadService leads, LeadEdits edits, TaskDesk tasks, LeadOwnership ownership, TimelineDesk timeline,
            TransactionDesk transactions, LeadSearch search, SavedFilters savedFilters, AccountsService accounts,
            JsonMapper json) {
        this.accounts = accounts;
        this.search = search;
        this.savedFilters = savedFilters;
        this.transactions = transactions;
        this.timeline = timeline;
        this.leads = leads;
        this.edits = edits;
        this.tasks = tasks;
        this.ownership = ownership;
        this.json = json;
    }

    @GetMapping("/app/leads")
    String list(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        MultiValueMap<String, String> query = withoutBlanks(params);
        query.putIfAbsent("limit", List.of(String.valueOf(PAGE_SIZE)));
        model.addAttribute("filters", query.toSingleValueMap());
        try {
            LeadQuery parsed = ListRanges.applied(LeadQueryParser.parse(query, json), query,
                    accounts.teamZone(caller.teamId()));
            LeadService.LeadPage page = leads.list(caller, parsed);
            model.addAttribute("leads", page.leads());
            model.addAttribute("total", page.total());
            model.addAttribute("next", page.scrollId() == null || page.leads().size() < parsed.limit()
                    ? null : LeadListLinks.nextPage(query, page.scrollId()));
            model.addAttribute("tabs", parsed.scrollId() != null ? List.of() : StageTab.of(
                    search.totalsByStage(caller, parsed), query, page.total()));
        } catch (ApiException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("leads", List.of());
            model.addAttribute("total", 0);
            model.addAttribute("tabs", List.of());
        }
        model.addAttribute("members", ownership.assignableMembers(caller));
        model.addAttribute("savedSearches", savedFilters.of(caller));
        return "leads";
    }

    /** The lead page; {@code older} pages the timeline on past that entry. */
    @GetMapping("/app/leads/{leadId}")
    String lead(Caller caller, @PathVariable String leadId, @RequestParam(required = false) @Nullable Long older,
            Model model, HttpServletResponse response) {
        return page(caller, leadId, older, null, model, response);
    }

    /** The lead page, with what was typed into its edit form when that came back refused. */
    private String page(Caller caller, String leadId, @Nullable Long older, @Nullable MultiValueMap<String, String> typed,
            Model model, HttpServletResponse response) {
        try {
            long id = Long.parseLong(leadId);
            Object found = leads.get(caller, id, false);
            JsonNode lead = json.valueToTree(found);
            LeadEdits.Choices choices = edits.choices(caller);
            model.addAttribute("lead", found);
            model.addAttribute("typed", typed);
            model.addAttribute("shownFields", LeadFieldsView.shown(lead));
            model.addAttribute("picks", LeadFieldsView.picks(lead, choices, typed));
            model.addAttribute("customValues", customValues(lead));
            model.addAttribute("timeline", timeline.newestFirst(caller, id, older, TIMELINE_PAGE));
            model.addAttribute("tasks", tasks.openForLead(caller, id));
            model.addAttribute("trace", ownership.trace(caller, id));
            model.addAttribute("members", ownership.assignableMembers(caller));
            model.addAttribute("callOutcomes", TimelineDesk.callOutcomes());
            model.addAttribute("choices", choices);
            model.addAttribute("deals", transactions.forLead(caller, id));
            model.addAttribute("pipelines", TransactionDesk.pipelines());
            return "lead";
        } catch (NumberFormatException notAnId) {
            return NotFoundPage.render(response);
        } catch (ApiException refused) {
            if (!NotFoundPage.means(refused)) {
                throw refused;
            }
            return NotFoundPage.render(response);
        }
    }

    /**
     * The lead page's edit form: its fields go to the lead as {@code PUT /v1.0/leads/{id}} would take them, so a value
     * the API refuses is refused here with the API's message, and nothing is written.
     */
    @PostMapping("/app/leads/{leadId}")
    String edit(Caller caller, @PathVariable String leadId, LeadForm form, @RequestParam MultiValueMap<String, String> typed,
            Model model, HttpServletResponse response) {
        try {
            long id = Long.parseLong(leadId);
            edits.update(caller, id, form.apiBody(typed));
            return "redirect:/app/leads/" + id + "?saved";
        } catch (NumberFormatException notAnId) {
            return NotFoundPage.render(response);
        } catch (ApiException refused) {
            if (NotFoundPage.means(refused)) {
                return NotFoundPage.render(response);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("form", form);
            return page(caller, leadId, null, typed, model, response);
        }
    }

    /** Gives the lead to another agent, as {@code POST /v1.0/leads/{id}/assignment} would; the trace records it. */
    @PostMapping("/app/leads/{leadId}/agent")
    String reassign(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "0") long agentUserId,
            RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> ownership.reassign(caller, leadId, agentUserId), "Reassigned.",
                "agentProblem", "/app/leads/" + leadId + "#agent");
    }

    /** The lead's custom field values by field name, a multi-select's as its values. */
    private Map<String, List<String>> customValues(JsonNode lead) {
        Map<String, List<String>> values = new HashMap<>();
        lead.path("customAttributes").forEach(attribute -> {
            String value = attribute.path("value").asString("");
            boolean several = attribute.path("attributeType").asString("").equals("multi_select") && value.startsWith("[");
            values.put(attribute.path("attributeName").asString(""), several
                    ? json.readTree(value).valueStream().map(JsonNode::asString).toList() : List.of(value));
        });
        return values;
    }

    private static MultiValueMap<String, String> withoutBlanks(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> values.stream().filter(value -> !value.isBlank())
                .forEach(value -> kept.add(name, value.trim())));
        return kept;
    }
}
