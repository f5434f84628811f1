package io.leadline.communications;

import io.leadline.communications.delivery.InboundTexts;
import io.leadline.communications.delivery.MessageOutbox;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messaging as a test sees it (the sandbox): what the capture carrier "sent", and a lead's text reply taken in exactly
 * as a verified SMS-provider callback is.
 */
@Component
public class CapturedMessages {

    /** One captured email or text: {@code to} is the lead's address, {@code from} the sending agent's. */
    public record Captured(long messageId, long teamId, long leadId, Channel channel, @Nullable String to,
            @Nullable String from, @Nullable String subject, @Nullable String body, @Nullable String status,
            @Nullable OffsetDateTime sentAt, OffsetDateTime createdAt) {}

    private final MessageOutbox outbox;
    private final InboundTexts inbound;

    CapturedMessages(MessageOutbox outbox, InboundTexts inbound) {
        this.outbox = outbox;
        this.inbound = inbound;
    }

    /** Newest first; every filter optional. */
    @Transactional(readOnly = true)
    public List<Captured> list(@Nullable Long teamId, @Nullable Long leadId, @Nullable String recipient, int limit) {
        return outbox.captured(teamId, leadId, recipient, limit).stream()
                .map(entry -> new Captured(entry.message().id(), entry.message().teamId(), entry.message().leadId(),
                        entry.message().channel(), entry.message().leadAddress(), entry.message().agentAddress(),
                        entry.message().subject(), entry.message().body(), entry.message().status(), entry.sentAt(),
                        entry.message().createdAt()))
                .toList();
    }

    /** A text from {@code from} to the team's number {@code to}; false when no lead of the team has that number. */
    public boolean reply(long teamId, String from, @Nullable String to, String body) {
        return inbound.accept(teamId, Map.of("From", from, "To", to == null ? "" : to, "Body", body,
                "MessageSid", "SMsandbox" + UUID.randomUUID().toString().replace("-", "")));
    }
}
