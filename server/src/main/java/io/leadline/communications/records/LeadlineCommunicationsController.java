package io.leadline.communications.records;

import io.leadline.communications.Channel;
import io.leadline.communications.CommunicationService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Leadline's own communications surface: importing calls, emails and texts, and reading captured messages. */
@RestController
@Tag(name = "Leadline communications")
class LeadlineCommunicationsController {

    private final CommunicationService communications;

    LeadlineCommunicationsController(CommunicationService communications) {
        this.communications = communications;
    }

    /** A call, email or text another system had with a lead; times are ISO-8601 or epoch milliseconds. */
    record ImportRequest(
            @Nullable Long leadId,
            @Nullable String channel,
            @Nullable String direction,
            @Nullable JsonNode occurredAt,
            @Nullable JsonNode endedAt,
            @Nullable Long agentUserId,
            @Nullable String status,
            @Nullable String callOutcome,
            @Nullable Integer durationSeconds,
            @Nullable String leadAddress,
            @Nullable String agentAddress,
            @Nullable String subject,
            @Nullable String body,
            @Nullable String recordingUrl) {}

    record Imported(long communicationId, String channel, long leadId) {}

    @Operation(summary = "Record a call, email or text from a dialer, phone system or mail integration (LOGGED)")
    @PostMapping("/leadline/v1/communications")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importOne(Caller caller, @RequestBody ImportRequest r) {
        if (r.channel() == null || r.channel().isBlank()) {
            throw ApiException.missingField("channel");
        }
        Channel channel = Channel.parse("channel", r.channel());
        boolean call = channel == Channel.CALL;
        Communication saved = communications.importOne(caller, r.leadId(), new CommunicationService.Details(channel,
                CommunicationRules.direction(r.direction()), Communication.LOGGED,
                r.agentUserId() == null ? caller.userId() : r.agentUserId(),
                call ? CommunicationRules.listed("status", r.status(), CommunicationRules.CALL_STATUSES)
                        : CommunicationRules.text("status", r.status(), 20),
                call ? CommunicationRules.listed("callOutcome", r.callOutcome(), CommunicationRules.CALL_OUTCOMES) : null,
                CommunicationRules.duration(r.durationSeconds()), CommunicationRules.text("leadAddress", r.leadAddress(), 320),
                CommunicationRules.text("agentAddress", r.agentAddress(), 320), CommunicationRules.text("subject", r.subject(), 500),
                CommunicationRules.text("body", r.body(), 100_000), CommunicationRules.recordingUrl(r.recordingUrl()), null,
                time("occurredAt", r.occurredAt()), time("endedAt", r.endedAt())));
        return new Imported(saved.id(), channel.name(), saved.leadId());
    }

    /** One sent message: to whom, what, through which carrier, and how its delivery stands. */
    record OutboxMessage(long messageId, String channel, long leadId, @Nullable String to, @Nullable String subject,
            @Nullable String body, @Nullable String carrier, @Nullable String status, int attempts, @Nullable String lastError,
            @Nullable String nextAttemptTime, @Nullable String sentTime, @Nullable String providerMessageId, @Nullable Long sentBy,
            String createTime) {}

    record OutboxMessages(List<OutboxMessage> messages) {}

    @Operation(summary = "Emails and texts sent through Leadline, newest first, with their delivery state (owners and admins)")
    @GetMapping("/leadline/v1/outbox/messages")
    OutboxMessages outbox(Caller caller, @RequestParam(required = false) @Nullable Long leadId,
            @RequestParam(defaultValue = "50") int limit) {
        return new OutboxMessages(communications.outbox(caller, leadId, limit).stream()
                .map(e -> new OutboxMessage(e.message().id(), e.message().channel().name(), e.message().leadId(),
                        e.message().leadAddress(), e.message().subject(), e.message().body(), e.message().provider(),
                        e.message().status(), e.attempts(), e.lastError(), Times.iso(e.nextAttemptAt()), Times.iso(e.sentAt()),
                        e.providerMessageId(), e.message().agentId(), Times.iso(e.message().createdAt())))
                .toList());
    }

    /** ISO-8601 with an offset, or epoch milliseconds; an occurrence left out is now. */
    private static @Nullable OffsetDateTime time(String field, @Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Times.acceptedEpochMillis(field, value.asLong());
        }
        if (value.isIntegralNumber()) {
            throw ApiException.invalidField(field, "is past any time: epoch milliseconds are a 64-bit number, not " + value);
        }
        if (!value.isString()) {
            throw ApiException.invalidField(field, "must be ISO-8601 text with an offset or epoch milliseconds, not " + value.getNodeType());
        }
        try {
            return Times.accepted(field, OffsetDateTime.parse(value.asString()).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            throw ApiException.invalidField(field, "must be ISO-8601 with an offset or epoch milliseconds, not " + value);
        }
    }
}
