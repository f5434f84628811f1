package io.leadline.accounts.authentication;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** An API key (scheme {@code token}) or a Leadline access token (scheme {@code bearer}); only its hash is stored. */
@NamedInterface("administration") // the console's administration pages read it
public record Credential(
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

    public static final String TOKEN = "token";
    public static final String BEARER = "bearer";

    public boolean usableAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
