package io.leadline.communications;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A call, email or text recorded on a lead, published inside the transaction that recorded it. {@code onTimeline}
 * says the timeline already holds it (a manual log written there); otherwise the timeline adds it.
 */
public record CommunicationRecorded(
        long teamId,
        long communicationId,
        long leadId,
        @Nullable Long agentId,
        Channel channel,
        String direction,
        String type,
        @Nullable String leadAddress,
        @Nullable String subject,
        @Nullable String body,
        @Nullable String callOutcome,
        OffsetDateTime occurredAt,
        boolean onTimeline) {}
