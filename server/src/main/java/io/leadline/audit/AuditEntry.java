package io.leadline.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One access: who ({@code userId}, through which credential), did what ({@code action}) to which lead, when. */
record AuditEntry(long id, long teamId, String action, @Nullable Long leadId, long userId, long credentialId,
        String credentialName, @Nullable String detail, OffsetDateTime at) {}
