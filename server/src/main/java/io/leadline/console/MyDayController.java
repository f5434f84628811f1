package io.leadline.console;

import io.leadline.leads.LeadOwnership;
import io.leadline.tasks.TaskDesk;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's day: open tasks, today's appointments and the first-to-claim offers waiting for them, each offer
 * claimed from here. The tasks and leads features' own services answer; the page repeats none of their rules.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class MyDayController {

    private final TaskDesk tasks;
    private final LeadOwnership ownership;
    private final TeamClock teamClock;

    MyDayController(TaskDesk tasks, LeadOwnership ownership, TeamClock teamClock) {
        this.tasks = tasks;
        this.ownership = ownership;
        this.teamClock = teamClock;
    }

    /** An offer as the page shows it, its deadline in the team's zone. */
    record ShownOffer(long leadId, String leadName, ZonedDateTime expiresAt) {}

    @GetMapping("/app/my-day")
    String myDay(Caller caller, Model model) {
        ZoneId zone = teamClock.zone(caller);
        model.addAttribute("day", tasks.myDay(caller, zone));
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
