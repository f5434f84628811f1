package io.leadline.console;

import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.operations.OperationsOverview;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Ops at a glance, for server administrators (anyone else gets "Not found"): the teams, whether the database answers,
 * the webhook and message backlogs, the nodes with their last heartbeat, the latest unexpected errors, and where
 * Prometheus scrapes. The search index check stays an operator command ({@code admin check-index}): it reads every
 * lead of a team, which is no page's work.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class OpsPageController {

    static final int ERRORS_SHOWN = 20;

    private final OperationsOverview operations;
    private final TeamAdministration teams;
    private final Clock clock;

    OpsPageController(OperationsOverview operations, TeamAdministration teams, Clock clock) {
        this.operations = operations;
        this.teams = teams;
        this.clock = clock;
    }

    @GetMapping("/app/ops")
    String page(Caller caller, Model model, HttpServletResponse response) {
        if (!caller.serverAdmin()) {
            return NotFoundPage.render(response);
        }
        model.addAttribute("health", operations.health(caller));
        model.addAttribute("nodes", operations.nodes(caller, Times.now(clock)));
        model.addAttribute("errors", operations.latestErrors(caller, ERRORS_SHOWN));
        model.addAttribute("teams", teams.teams(caller));
        return "ops";
    }
}
