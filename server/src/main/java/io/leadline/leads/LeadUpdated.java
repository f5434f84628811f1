package io.leadline.leads;

import io.leadline.webhooks.EventAudience;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Published inside the updating transaction; {@code transaction} is the request's {@code leadTransaction}. */
public record LeadUpdated(long teamId, long leadId, long userId, @Nullable JsonNode transaction, EventAudience audience) {}
