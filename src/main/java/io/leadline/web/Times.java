package io.leadline.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The wire formats of time: ISO-8601 UTC to the second for lead and account timestamps (README "Formats"). */
public final class Times {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private Times() {}

    public static @Nullable String iso(@Nullable OffsetDateTime time) {
        return time == null ? null : ISO_SECONDS.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Database timestamps are kept to the millisecond so H2 and PostgreSQL round-trip the same value. */
    public static OffsetDateTime now(java.time.Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
