package io.leadline.sandbox.journal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One exchange as the server saw it. Bodies are text, cut at the sandbox's body limit ({@code …Truncated}), with
 * secrets replaced ({@link Redaction}); the credential is named, never shown.
 */
record JournalEntry(
        long id,
        Instant at,
        String method,
        String path,
        @Nullable String query,
        @Nullable String credential,
        @Nullable Long credentialId,
        @Nullable String requestContentType,
        @Nullable String requestBody,
        boolean requestBodyTruncated,
        int status,
        @Nullable String responseContentType,
        @Nullable String responseBody,
        boolean responseBodyTruncated,
        long latencyMs) {}
