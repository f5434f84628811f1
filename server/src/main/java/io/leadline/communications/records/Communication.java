package io.leadline.communications.records;

import io.leadline.communications.Channel;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One call, email or text with a lead. {@code type} is Lofty's communicationType: MANUAL for what an agent sent
 * through Leadline, LOGGED for what was logged by hand or imported from a dialer or mail system. {@code leadAddress}
 * is the lead's email or phone, {@code agentAddress} the agent's; {@code provider} is who carried a sent message
 * ({@code capture}: nobody, it was recorded for inspection).
 */
public record Communication(
        long id,
        long teamId,
        long leadId,
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
        OffsetDateTime occurredAt,
        @Nullable OffsetDateTime endedAt,
        OffsetDateTime createdAt) {

    public static final String OUTBOUND = "Outbound";
    public static final String INBOUND = "Inbound";
    public static final String MANUAL = "MANUAL";
    public static final String LOGGED = "LOGGED";
}
