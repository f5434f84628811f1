package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.leads.LeadOwnership;
import io.leadline.tasks.TaskDesk;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's day: the leads assigned to them since their last visit (on a first visit, in the last day), open tasks,
 * today's appointments and the first-to-claim offers waiting for them, each offer claimed from here. The tasks and leads features' own services answer; the page repeats none of their rules.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class MyDayController {

    private final TaskDesk tasks;
    private final LeadOwnership ownership;
    private final AccountsService accounts;
    private final MyDayVisits visits;
    private final Clock clock;

    MyDayController(TaskDesk tasks, LeadOwnership ownership, AccountsService accounts, MyDayVisits visits, Clock clock) {
        this.tasks = tasks;
        this.ownership = ownership;
        this.accounts = accounts;
        this.visits = visits;
        this.clock = clock;
    }

    /** How far back a member's first visit looks for leads assigned to them. */
    static final Duration FIRST_VISIT_LOOKS_BACK = Duration.ofDays(1);
    static final int NEW_LEADS_SHOWN = 50;

    /** The previous visit, this one recorded; a visit two tabs make at once counts as a first. */
    private Optional<OffsetDateTime> lastVisit(Caller caller) {
        try {
            return visits.visit(caller);
        } catch (DataAccessException sameMomentElsewhere) {
            return Optional.empty();
        }
    }

    /** An offer as the page shows it, its deadline in the team's zone. */
    record ShownOffer(long leadId, String leadName, ZonedDateTime expiresAt) {}

    @GetMapping("/app/my-day")
    String myDay(Caller caller, Model model) {
        // the member's "today" and every time on the page are the team's
        ZoneId zone = accounts.teamZone(caller.teamId());
        model.addAttribute("day", tasks.myDay(caller, zone));
        OffsetDateTime since = lastVisit(caller).orElse(Times.now(clock).minus(FIRST_VISIT_LOOKS_BACK));
        model.addAttribute("since", since.atZoneSameInstant(zone));
        model.addAttribute("newLeads", ownership.assignedSince(caller, since, NEW_LEADS_SHOWN));
        model.addAttribute("offers", ownership.offersWaiting(caller).stream()
                .map(offer -> new ShownOffer(offer.leadId(), offer.leadName(), offer.expiresAt().atZoneSameInstant(zone)))
                .toList());
        return "my-day";
    }

    /** Takes a lead offered first-to-claim; when someone was quicker or the offer ran out, the page says so. */
    @PostMapping("/app/offers/{leadId}/claim")
    String claim(Caller caller, @PathVariable long leadId, RedirectAttributes next) {
        try {
            ownership.claim(caller, leadId);
            next.addFlashAttribute("notice", "Claimed: the lead is yours.");
            return "redirect:/app/leads/" + leadId;
        } catch (ApiException refused) {
            next.addFlashAttribute("taskProblem", NotFoundPage.means(refused)
                    ? "That offer is no longer yours to claim: someone claimed it first or it ran out"
                    : refused.getMessage());
            return "redirect:/app/my-day";
        }
    }
}
