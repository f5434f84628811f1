package io.leadline.console;

import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.operations.OperationsOverview;
import io.leadline.search.IndexConsistency;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Ops at a glance, for server administrators (anyone else gets "Not found"): the teams, whether the database answers,
 * the webhook and message backlogs, the nodes with their last heartbeat, the latest unexpected errors, where Prometheus
 * scrapes, and the search index checked for one team on demand (what {@code admin check-index --team} does: it reads
 * every lead of the team, so it runs only when asked).
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class OpsPageController {

    static final int ERRORS_SHOWN = 20;

    static final int DIFFERENCES_SHOWN = 20;

    private final OperationsOverview operations;
    private final TeamAdministration teams;
    private final IndexConsistency index;
    private final Clock clock;

    OpsPageController(OperationsOverview operations, TeamAdministration teams, IndexConsistency index, Clock clock) {
        this.operations = operations;
        this.teams = teams;
        this.index = index;
        this.clock = clock;
    }

    /** The result of checking one team's search index: how many differences, and the first of them. */
    record IndexCheck(long teamId, int differences, List<String> first) {}

    @GetMapping("/app/ops")
    String page(Caller caller, Model model, HttpServletResponse response) {
        if (!caller.serverAdmin()) {
            return NotFoundPage.render(response);
        }
        return opsPage(caller, model);
    }

    @PostMapping("/app/ops/index-check")
    String checkIndex(Caller caller, @RequestParam(defaultValue = "0") long teamId, Model model, HttpServletResponse response) {
        if (!caller.serverAdmin()) {
            return NotFoundPage.render(response);
        }
        if (teams.teams(caller).stream().noneMatch(team -> team.id() == teamId)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "teamId names no team: " + teamId);
        } else {
            List<String> differences = index.differences(teamId);
            model.addAttribute("indexCheck", new IndexCheck(teamId, differences.size(),
                    differences.stream().limit(DIFFERENCES_SHOWN).toList()));
        }
        return opsPage(caller, model);
    }

    private String opsPage(Caller caller, Model model) {
        model.addAttribute("health", operations.health(caller));
        model.addAttribute("nodes", operations.nodes(caller, Times.now(clock)));
        model.addAttribute("errors", operations.latestErrors(caller, ERRORS_SHOWN));
        model.addAttribute("teams", teams.teams(caller));
        return "ops";
    }
}
