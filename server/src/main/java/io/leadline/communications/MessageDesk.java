package io.leadline.communications;

import io.leadline.communications.delivery.MessageSending;
import io.leadline.web.Caller;
import org.springframework.stereotype.Service;

/**
 * Emailing and texting a lead for callers that are not the API (the console): the same sending as
 * {@code POST /v1.0/message/email/send} and {@code …/sms/send}, refused with its reason when the lead declined the
 * channel, sent through the delivery outbox, and on the lead's timeline at once.
 */
@Service
public class MessageDesk {

    private final MessageSending sending;

    MessageDesk(MessageSending sending) {
        this.sending = sending;
    }

    /** To the lead's first email address. */
    public void email(Caller caller, long leadId, String subject, String content) {
        sending.sendEmail(caller, leadId, subject, content, null);
    }

    /** To the lead's first phone number. */
    public void text(Caller caller, long leadId, String content) {
        sending.sendText(caller, leadId, content, null, null);
    }
}
