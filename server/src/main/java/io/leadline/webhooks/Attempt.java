package io.leadline.webhooks;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One POST of a message: the receiver's status code (null when none came), how long it took, what went wrong. */
public record Attempt(long id, long messageId, OffsetDateTime attemptedAt, @Nullable Integer httpStatus, long latencyMs,
        @Nullable String error, @Nullable String responseExcerpt) {}
