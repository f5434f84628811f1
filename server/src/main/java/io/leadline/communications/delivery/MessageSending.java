package io.leadline.communications.delivery;

import io.leadline.communications.Channel;
import io.leadline.communications.CommunicationService;
import io.leadline.communications.records.Communication;
import io.leadline.leads.LeadCards;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.search.SearchKeys;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails and texts to leads (Lofty's {@code /v1.0/message/*}). Consent first: a lead flagged cannotEmail, cannotText
 * or unsubscribed is never messaged that way, nor one without an address; nothing is recorded then. A message is
 * recorded and queued in the transaction that answers the request; {@link MessageDispatcher} hands it to the
 * channel's carrier after the commit. Without a carrier for the channel the server refuses to send.
 */
@Service
public class MessageSending {

    static final int SUBJECT_MAX = 500;
    static final int EMAIL_BODY_MAX = 100_000;
    static final int TEXT_BODY_MAX = 1_600;

    private final CommunicationService communications;
    private final LeadService leads;
    private final LeadCards cards;
    private final Carriers carriers;
    private final MessageDispatcher dispatcher;
    private final Clock clock;

    MessageSending(CommunicationService communications, LeadService leads, LeadCards cards, Carriers carriers,
            MessageDispatcher dispatcher, Clock clock) {
        this.communications = communications;
        this.leads = leads;
        this.cards = cards;
        this.carriers = carriers;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public record Sent(Communication message, @Nullable String phoneCode) {}

    @Transactional
    public Sent sendEmail(Caller caller, @Nullable Long leadId, @Nullable String subject, @Nullable String content, @Nullable String toEmail) {
        String checkedSubject = required("subject", subject, SUBJECT_MAX);
        String body = required("content", content, EMAIL_BODY_MAX);
        LeadSummary lead = visible(caller, leadId);
        LeadCards.Reach reach = cards.reach(caller.teamId(), lead.leadId()).orElseThrow();
        if (reach.unsubscribed() || reach.cannotEmail()) {
            throw new ApiException(ErrorCode.LEAD_DECLINED_CHANNEL, "Lead " + lead.leadId() + " may not be emailed ("
                    + (reach.unsubscribed() ? "unsubscribed" : "cannotEmail") + "); nothing was sent");
        }
        String to = reach.emails().stream().filter(e -> toEmail != null && e.equalsIgnoreCase(toEmail.trim())).findFirst()
                .orElseGet(() -> reach.emails().stream().findFirst().orElseThrow(() -> new ApiException(ErrorCode.LEAD_HAS_NO_ADDRESS,
                        "Lead " + lead.leadId() + " has no email address; nothing was sent")));
        return new Sent(send(caller, lead, reach, Channel.EMAIL, to, checkedSubject, body), null);
    }

    @Transactional
    public Sent sendText(Caller caller, @Nullable Long leadId, @Nullable String content, @Nullable String phoneNumber, @Nullable String phoneCode) {
        String body = required("content", content, TEXT_BODY_MAX);
        LeadSummary lead = visible(caller, leadId);
        LeadCards.Reach reach = cards.reach(caller.teamId(), lead.leadId()).orElseThrow();
        if (reach.unsubscribed() || reach.cannotText()) {
            throw new ApiException(ErrorCode.LEAD_DECLINED_CHANNEL, "Lead " + lead.leadId() + " may not be texted ("
                    + (reach.unsubscribed() ? "unsubscribed" : "cannotText") + "); nothing was sent");
        }
        String wanted = phoneNumber == null ? "" : SearchKeys.digits((phoneCode == null ? "" : phoneCode) + phoneNumber);
        String bare = phoneNumber == null ? "" : SearchKeys.digits(phoneNumber);
        List<String> phones = reach.phones();
        String to = phones.stream()
                .filter(p -> !bare.isEmpty() && (SearchKeys.digits(p).equals(wanted) || SearchKeys.digits(p).equals(bare)
                        || SearchKeys.digits(p).endsWith(bare)))
                .findFirst()
                .orElseGet(() -> phones.stream().findFirst().orElseThrow(() -> new ApiException(ErrorCode.LEAD_HAS_NO_ADDRESS,
                        "Lead " + lead.leadId() + " has no phone number; nothing was sent")));
        return new Sent(send(caller, lead, reach, Channel.TEXT, to, null, body), phoneCode);
    }

    private Communication send(Caller caller, LeadSummary lead, LeadCards.Reach reach, Channel channel, String to,
            @Nullable String subject, String body) {
        String setting = channel == Channel.EMAIL ? "leadline.messages.email" : "leadline.messages.sms";
        Carrier carrier = carriers.forChannel(channel).orElseThrow(() -> new ApiException(ErrorCode.MESSAGING_NOT_CONFIGURED,
                "This server sends no " + channel.label.toLowerCase(Locale.ROOT) + " messages: set " + setting
                        + " (README, Communications)"));
        OffsetDateTime now = Times.now(clock);
        Communication queued = communications.recordSent(caller, lead.leadId(), new CommunicationService.Details(channel,
                Communication.OUTBOUND, Communication.MANUAL, caller.userId(), "Queued", null, null, to, null, subject, body, null,
                carrier.name(), now, null), reach.audience());
        dispatcher.wakeAfterCommit();
        return queued;
    }

    private LeadSummary visible(Caller caller, @Nullable Long leadId) {
        if (leadId == null) {
            throw ApiException.missingField("leadId");
        }
        return leads.visibleLead(caller, leadId);
    }

    private static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.missingField(field);
        }
        if (value.length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return value;
    }
}
