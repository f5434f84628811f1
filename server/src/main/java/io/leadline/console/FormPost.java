package io.leadline.console;

import io.leadline.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every console form post that changes something ends: done, back to a page with a notice; refused, back with
 * the feature's message under {@code problemKey}; about something the member may not see, the "Not found" page.
 */
record FormPost(RedirectAttributes next, HttpServletResponse response) {

    String run(Runnable change, String notice, String problemKey, String back) {
        try {
            change.run();
            next.addFlashAttribute("notice", notice);
        } catch (ApiException refused) {
            if (NotFoundPage.means(refused)) {
                return NotFoundPage.render(response);
            }
            next.addFlashAttribute(problemKey, refused.getMessage());
        }
        return "redirect:" + back;
    }
}
