package io.leadline.webhooks;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One POST body and its fate: the same id and payload on every retry. */
public record Message(
        long id,
        long subscriptionId,
        String kind,
        String payload,
        int eventCount,
        OffsetDateTime firstEventAt,
        String status,
        int attempts,
        @Nullable OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime finishedAt) {

    static final String EVENTS = "EVENTS";
    static final String PING = "PING";
    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    public String webhookId() {
        return "msg_" + id;
    }
}
