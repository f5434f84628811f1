package io.leadline.communications.delivery;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's administration of the team's sender (docs/api.md "Communications"). */
@RestController
@Tag(name = "Leadline communications")
class MailSettingsController {

    private final MailSenders senders;

    MailSettingsController(MailSenders senders) {
        this.senders = senders;
    }

    @Operation(summary = "The team's mail settings (the server's when the team has none)")
    @GetMapping("/leadline/v1/mail-settings")
    MailSenders.MailSettings get(Caller caller) {
        return senders.get(caller);
    }

    @Operation(summary = "Set the team's sender and, optionally, its own SMTP server (owners and admins; the password is never shown)")
    @PutMapping("/leadline/v1/mail-settings")
    MailSenders.MailSettings put(Caller caller, @RequestBody MailSenders.Request request) {
        return senders.put(caller, request);
    }

    @Operation(summary = "Forget the team's mail settings: the server's apply again (owners and admins)")
    @DeleteMapping("/leadline/v1/mail-settings")
    MailSenders.MailSettings delete(Caller caller) {
        return senders.delete(caller);
    }
}
