package io.leadline.communications;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's administration of the team's sender (README "Communications"). */
@RestController
@Tag(name = "Leadline communications")
class MailSettingsController {

    private final MailSenders senders;

    MailSettingsController(MailSenders senders) {
        this.senders = senders;
    }

    record MailSettingsRequest(@Nullable String from, @Nullable String fromName) {}

    @Operation(summary = "The From address and name of the team's emails (the server's when the team has none)")
    @GetMapping("/leadline/v1/mail-settings")
    MailSenders.MailSettings get(Caller caller) {
        return senders.get(caller);
    }

    @Operation(summary = "Set the From address and name of the team's emails (owners and admins)")
    @PutMapping("/leadline/v1/mail-settings")
    MailSenders.MailSettings put(Caller caller, @RequestBody MailSettingsRequest request) {
        return senders.put(caller, request.from(), request.fromName());
    }

    @Operation(summary = "Forget the team's sender: its emails come from the server's address again (owners and admins)")
    @DeleteMapping("/leadline/v1/mail-settings")
    MailSenders.MailSettings delete(Caller caller) {
        return senders.delete(caller);
    }
}
