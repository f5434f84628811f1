package io.leadline.console;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * How the administration pages (routing, team, webhooks) answer: only the team's owner and admins see them, anyone
 * else gets the console's "Not found" page (an invisible page is 404, never 403). A refused change renders the page
 * again with the service's message and what was typed, answered 400, and nothing is written.
 */
record ManagerPages(Caller caller, HttpServletResponse response) {

    boolean refused() {
        return !caller.managesTeam();
    }

    String notFound() {
        return NotFoundPage.render(response);
    }

    /** Renders {@code page}, or the "Not found" page when the service says the thing is not there (for this caller). */
    String show(Supplier<String> page) {
        if (refused()) {
            return notFound();
        }
        try {
            return page.get();
        } catch (ApiException refusedByService) {
            if (NotFoundPage.means(refusedByService)) {
                return notFound();
            }
            throw refusedByService;
        }
    }

    /**
     * Runs work whose result is shown once on the page it renders (a new key, a sign-in link: never put in the session
     * as a redirect's notice would be), under {@code attribute}; refused, the page comes back with the service's
     * message and what was typed, answered 400.
     */
    String showResult(String attribute, Supplier<Object> work, Model model, MultiValueMap<String, String> typed,
            Supplier<String> page) {
        return show(() -> {
            try {
                model.addAttribute(attribute, work.get());
            } catch (ApiException refused) {
                if (NotFoundPage.means(refused)) {
                    throw refused;
                }
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problem", refused.getMessage());
                model.addAttribute("typed", typed);
            }
            return page.get();
        });
    }

    /**
     * Runs a change and redirects to {@code back} with a notice; when the service refuses it, {@code again} renders
     * the form with the message (under {@code problem}) and the typed values (under {@code typed}), answered 400.
     */
    String change(Runnable change, String notice, String back, Model model, MultiValueMap<String, String> typed,
            Supplier<String> again, org.springframework.web.servlet.mvc.support.RedirectAttributes next) {
        if (refused()) {
            return notFound();
        }
        try {
            change.run();
            next.addFlashAttribute("notice", notice);
            return "redirect:" + back;
        } catch (ApiException refusedByService) {
            if (NotFoundPage.means(refusedByService)) {
                return notFound();
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", refusedByService.getMessage());
            model.addAttribute("typed", typed);
            return again.get();
        }
    }
}
