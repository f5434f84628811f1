package io.leadline.console;

import io.leadline.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * The console's "Not found" page: for what does not exist and for what the member may not see alike (a lead outside
 * their visibility answers the API's 404, and so the same page).
 */
final class NotFoundPage {

    private NotFoundPage() {}

    static String render(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "not-found";
    }

    /** Whether a feature's refusal means "no such thing (for you)". */
    static boolean means(ApiException refused) {
        return refused.errorCode().status() == HttpStatus.NOT_FOUND;
    }
}
