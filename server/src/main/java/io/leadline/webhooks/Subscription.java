package io.leadline.webhooks;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

public record Subscription(
        long id,
        long teamId,
        long userId,
        int listId,
        String callbackUrl,
        int limit,
        int permissionMode,
        boolean paused,
        @Nullable String secret,
        @Nullable String previousSecret,
        @Nullable OffsetDateTime previousSecretUntil,
        @Nullable OffsetDateTime blockedUntil,
        OffsetDateTime createdAt) {}
