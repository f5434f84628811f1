package io.leadline.leads;

import io.leadline.webhooks.EventAudience;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published inside the creating transaction, after the lead is written. Listeners that throw roll the whole create
 * back. {@code note} and {@code transaction} are the request's {@code content} and {@code leadTransaction}.
 */
public record LeadCreated(
        long teamId,
        long leadId,
        long userId,
        @Nullable String note,
        boolean notePinned,
        @Nullable JsonNode transaction,
        EventAudience audience) {}
