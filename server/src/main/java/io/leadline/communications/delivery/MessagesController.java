package io.leadline.communications.delivery;

import io.leadline.communications.records.Communication;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's message sending: an email or a text to a lead, refused when the lead declined the channel. */
@RestController
@Tag(name = "Communication")
class MessagesController {

    private final MessageSending sending;

    MessagesController(MessageSending sending) {
        this.sending = sending;
    }

    record EmailSendRequest(@Nullable String subject, @Nullable String content, @Nullable Long leadId, @Nullable String toEmail) {}

    record EmailSendResponse(String messageId, String toEmail, String subject) {}

    @Operation(summary = "Email a lead (toEmail picks one of the lead's addresses, else the first)")
    @PostMapping("/v1.0/message/email/send")
    EmailSendResponse email(Caller caller, @RequestBody EmailSendRequest r) {
        Communication sent = sending.sendEmail(caller, r.leadId(), r.subject(), r.content(), r.toEmail()).message();
        return new EmailSendResponse(String.valueOf(sent.id()), sent.leadAddress(), sent.subject());
    }

    record SmsRequest(@Nullable String phoneNumber, @Nullable String phoneCode, @Nullable String content, @Nullable Long leadId) {}

    record SmsResponse(String messageId, String phoneNumber, @Nullable String phoneCode) {}

    @Operation(summary = "Text a lead (phoneNumber/phoneCode pick one of the lead's phones, else the first)")
    @PostMapping("/v1.0/message/sms/send")
    SmsResponse text(Caller caller, @RequestBody SmsRequest r) {
        MessageSending.Sent sent = sending.sendText(caller, r.leadId(), r.content(), r.phoneNumber(), r.phoneCode());
        return new SmsResponse(String.valueOf(sent.message().id()), sent.message().leadAddress(), sent.phoneCode());
    }
}
