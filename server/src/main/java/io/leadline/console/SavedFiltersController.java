package io.leadline.console;

import io.leadline.search.LeadQueryParser;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves the lead list's filters under a name, for the member alone, and deletes a saved search. A search is saved only
 * when the list would take its filters, so a saved search never opens on an error.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class SavedFiltersController {

    private final SavedFilters saved;
    private final JsonMapper json;

    SavedFiltersController(SavedFilters saved, JsonMapper json) {
        this.saved = saved;
        this.json = json;
    }

    @PostMapping("/app/saved-searches")
    String save(Caller caller, @RequestParam(defaultValue = "") String name, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes next, HttpServletResponse response) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        LeadListLinks.FILTERS.forEach(field -> form.getOrDefault(field, java.util.List.of()).stream()
                .filter(value -> !value.isBlank()).forEach(value -> filters.add(field, value.trim())));
        String query = LeadListLinks.filtersOnly(filters);
        return new FormPost(next, response).run(() -> {
            LeadQueryParser.parse(filters, json);
            ListRanges.check(filters);
            saved.save(caller, name, query);
        }, "Search saved.", "savedProblem", "/app/leads" + (query.isEmpty() ? "" : "?" + query));
    }

    @PostMapping("/app/saved-searches/{id}/delete")
    String delete(Caller caller, @PathVariable long id, RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> saved.delete(caller, id), "Saved search deleted.", "savedProblem",
                "/app/leads");
    }
}
