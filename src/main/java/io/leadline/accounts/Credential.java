package io.leadline.accounts;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An API key (scheme {@code token}) or a Leadline access token (scheme {@code bearer}); only its hash is stored. */
record Credential(
        long id,
        long teamId,
        long userId,
        String scheme,
        String name,
        String keyPrefix,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime expiresAt,
        @Nullable OffsetDateTime revokedAt,
        @Nullable Integer rateLimitPerMinute,
        @Nullable OffsetDateTime lastUsedAt) {

    static final String TOKEN = "token";
    static final String BEARER = "bearer";

    boolean usableAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
