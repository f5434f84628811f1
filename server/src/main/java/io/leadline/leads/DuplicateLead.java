package io.leadline.leads;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A live lead that may be the same person as another: {@code signal} "strong" when it shares an email or phone
 * ({@code matchedBy} says which), "weak" when it only has the same name at the same street address.
 */
public record DuplicateLead(long leadId, String firstName, @Nullable String lastName, OffsetDateTime createdAt,
        List<String> matchedBy, String signal) {}
