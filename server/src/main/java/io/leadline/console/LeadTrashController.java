package io.leadline.console;

import io.leadline.leads.LeadService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead moved to the trash from its page and restored from there, as {@code DELETE /v1.0/leads/{id}} and the API's
 * restore do it (a reason required, only leads the member may see).
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class LeadTrashController {

    private final LeadService leads;

    LeadTrashController(LeadService leads) {
        this.leads = leads;
    }

    @PostMapping("/app/leads/{leadId}/trash")
    String trash(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes next, HttpServletResponse response) {
        try {
            leads.moveToTrash(caller, leadId, reason);
            return "redirect:/app/leads/" + leadId + "/trash";
        } catch (ApiException refused) {
            if (NotFoundPage.means(refused)) {
                return NotFoundPage.render(response);
            }
            next.addFlashAttribute("trashProblem", refused.getMessage());
            return "redirect:/app/leads/" + leadId + "#trash";
        }
    }

    /** A trashed lead: why and when, and the way back. */
    @GetMapping("/app/leads/{leadId}/trash")
    String trashed(Caller caller, @PathVariable long leadId, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("entry", leads.trashEntry(caller, leadId));
            model.addAttribute("lead", leads.get(caller, leadId, true));
            return "lead-trashed";
        } catch (ApiException refused) {
            if (NotFoundPage.means(refused)) {
                return NotFoundPage.render(response);
            }
            throw refused;
        }
    }

    @PostMapping("/app/leads/{leadId}/restore")
    String restore(Caller caller, @PathVariable long leadId, RedirectAttributes next, HttpServletResponse response) {
        try {
            leads.restore(caller, leadId);
            next.addFlashAttribute("notice", "Restored from the trash.");
            return "redirect:/app/leads/" + leadId;
        } catch (ApiException refused) {
            if (NotFoundPage.means(refused)) {
                return NotFoundPage.render(response);
            }
            throw refused;
        }
    }
}
