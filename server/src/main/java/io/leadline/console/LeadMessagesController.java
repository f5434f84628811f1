package io.leadline.console;

import io.leadline.communications.MessageDesk;
import io.leadline.timeline.TimelineDesk;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Emails and texts to a lead from its page, sent as the API sends them: refused with the reason when the lead declined
 * the channel or has no address, and on the lead's timeline once sent. Calls made elsewhere are logged here.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class LeadMessagesController {

    private final MessageDesk messages;
    private final TimelineDesk timeline;

    LeadMessagesController(MessageDesk messages, TimelineDesk timeline) {
        this.messages = messages;
        this.timeline = timeline;
    }

    @PostMapping("/app/leads/{leadId}/email")
    String email(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String content, RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> messages.email(caller, leadId, subject, content), "Email sent.",
                "messageProblem", "/app/leads/" + leadId + "#messages");
    }

    @PostMapping("/app/leads/{leadId}/text")
    String text(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "") String content,
            RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> messages.text(caller, leadId, content), "Text sent.",
                "messageProblem", "/app/leads/" + leadId + "#messages");
    }

    /** A call made or taken outside Leadline, on the lead's timeline as the API's logCall puts it. */
    @PostMapping("/app/leads/{leadId}/call")
    String logCall(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "Talked") String outcome, @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "outbound") String direction, RedirectAttributes next,
            HttpServletResponse response) {
        return new FormPost(next, response).run(() -> timeline.logCall(caller, leadId, phone, outcome, content, direction),
                "Call logged.", "messageProblem", "/app/leads/" + leadId + "#messages");
    }
}
