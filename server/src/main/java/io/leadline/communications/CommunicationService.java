package io.leadline.communications;

import io.leadline.accounts.AccountsService;
import io.leadline.communications.records.Communication;
import io.leadline.communications.delivery.MessageOutbox;
import io.leadline.communications.records.CommunicationRepository;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadCards;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.leadline.webhooks.EventAudience;
import io.leadline.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communications door. Every recorded call, email and text moves the lead's last call/email/contact time, sends
 * its webhook event (lists 6, 7, 8: Lofty sends them for manual and logged communications, and Leadline has no
 * automated ones) and reaches the lead's timeline, all in the transaction that records it.
 */
@Service
public class CommunicationService {

    private final CommunicationRepository communications;
    private final MessageOutbox outbox;
    private final LeadService leads;
    private final LeadCards cards;
    private final AccountsService accounts;
    private final WebhookEvents webhooks;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    CommunicationService(CommunicationRepository communications, MessageOutbox outbox, LeadService leads, LeadCards cards, AccountsService accounts,
            WebhookEvents webhooks, ApplicationEventPublisher events, IdGenerator ids, Clock clock) {
        this.communications = communications;
        this.outbox = outbox;
        this.leads = leads;
        this.cards = cards;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** What a communication says, before it has an id. */
    public record Details(
            Channel channel,
            String direction,
            String type,
            @Nullable Long agentId,
            @Nullable String status,
            @Nullable String callOutcome,
            @Nullable Integer durationSeconds,
            @Nullable String leadAddress,
            @Nullable String agentAddress,
            @Nullable String subject,
            @Nullable String body,
            @Nullable String recordingUrl,
            @Nullable String provider,
            @Nullable OffsetDateTime occurredAt,
            @Nullable OffsetDateTime endedAt) {}

    /**
     * Leadline's import ({@code POST /leadline/v1/communications}): a logged communication on a lead the caller may see,
     * by the caller or by the member it names.
     */
    @Transactional
    public Communication importOne(Caller caller, @Nullable Long leadId, Details details) {
        if (leadId == null) {
            throw io.leadline.web.ApiException.missingField("leadId");
        }
        if (details.agentId() != null && accounts.findMember(caller.teamId(), details.agentId()).isEmpty()) {
            throw io.leadline.web.ApiException.invalidField("agentUserId", "is not a member of this team: " + details.agentId());
        }
        LeadSummary lead = leads.visibleLead(caller, leadId);
        Communication saved = save(caller.teamId(), lead.leadId(), ids.nextId(), details, lead.audience(), false);
        leads.touch(caller.teamId(), lead.leadId(), details.channel().touch, saved.occurredAt());
        return saved;
    }

    /**
     * A manual log ({@code POST /v1.0/logType}) is a logged communication too, under the timeline entry's id: it joins
     * the lead's communication history and its webhook list. The timeline has written the entry and moved the lead's
     * times already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordManualLog(Caller caller, long leadId, long id, Channel channel, String direction, @Nullable String leadAddress,
            @Nullable String agentAddress, @Nullable String callOutcome, @Nullable String subject, @Nullable String body,
            OffsetDateTime at) {
        EventAudience audience = cards.reach(caller.teamId(), leadId).orElseThrow().audience();
        save(caller.teamId(), leadId, id, new Details(channel, direction, Communication.LOGGED, caller.userId(),
                channel == Channel.CALL ? "Completed" : null, callOutcome, null, leadAddress, agentAddress, subject, body, null, null,
                at, null), audience, true);
    }

    /** Messages sent through Leadline with their delivery state, captured ones included (owners and admins). */
    @Transactional(readOnly = true)
    public java.util.List<MessageOutbox.OutboxEntry> outbox(Caller caller, @Nullable Long leadId, int limit) {
        caller.requireManagesTeam("may read the outbox");
        PageSize.lofty("limit", limit, 1000);
        return outbox.outbox(caller.teamId(), leadId, limit);
    }

    /** A text a lead sent back (the SMS provider's callback), on the lead whose number it came from. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInbound(long teamId, LeadCards.LeadCard lead, Details details) {
        Communication saved = save(teamId, lead.leadId(), ids.nextId(), details, lead.audience(), false);
        leads.touch(teamId, lead.leadId(), details.channel().touch, saved.occurredAt());
    }

    /** A manual log hidden through {@code DELETE /v1.0/logType/{id}} leaves the communication history too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetManualLog(long teamId, long id) {
        communications.delete(teamId, id);
    }

    /** A message sent through Leadline (the caller's, outbound): recorded and queued for its carrier. */
    public Communication recordSent(Caller caller, long leadId, Details details, EventAudience audience) {
        Communication saved = save(caller.teamId(), leadId, ids.nextId(), details, audience, false);
        outbox.queue(saved.id(), saved.createdAt());
        leads.touch(caller.teamId(), leadId, details.channel().touch, saved.occurredAt());
        return saved;
    }

    private Communication save(long teamId, long leadId, long id, Details d, EventAudience audience, boolean onTimeline) {
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime occurred = d.occurredAt() == null ? now : d.occurredAt();
        Communication c = new Communication(id, teamId, leadId, d.channel(), d.direction(), d.type(), d.agentId(), d.status(),
                d.callOutcome(), d.durationSeconds(), d.leadAddress(), d.agentAddress(), d.subject(), d.body(), d.recordingUrl(),
                d.provider(), occurred, d.endedAt(), now);
        communications.insert(c);
        webhooks.communication(teamId, d.channel().listId, d.channel().bucket, d.channel().idField, id, leadId, audience, now);
        events.publishEvent(new CommunicationRecorded(teamId, id, leadId, d.agentId(), d.channel(), d.direction(), d.type(),
                d.leadAddress(), d.subject(), d.body(), d.callOutcome(), occurred, onTimeline));
        return c;
    }
}
