package io.leadline.tasks;

import io.leadline.web.ApiException;
import io.leadline.web.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * A time as a request gives it: ISO-8601 text (preferred when both are sent, as Lofty documents) or epoch
 * milliseconds. Text with an offset is that instant; text without one, and a bare date (its midnight), is local time
 * in the entry's zone. The result keeps the offset it was declared in, which decides whether an appointment is all-day.
 */
record TimeInput(String field, @Nullable String iso, @Nullable Long millis) {

    static @Nullable TimeInput of(String field, @Nullable String iso, @Nullable Long millis) {
        boolean noText = iso == null || iso.isBlank();
        return noText && millis == null ? null : new TimeInput(field, noText ? null : iso.trim(), millis);
    }

    static @Nullable TimeInput ofMillis(String field, @Nullable Long millis) {
        return of(field, null, millis);
    }

    /** Text that is either epoch milliseconds (digits) or ISO-8601, as Lofty's reminderTime may be either. */
    static @Nullable TimeInput ofEither(String field, @Nullable String text) {
        if (text != null && text.trim().matches("\\d{1,15}")) {
            return of(field, null, Long.parseLong(text.trim()));
        }
        return of(field, text, null);
    }

    /** The time in the entry's zone, when inside the range every client time must fall in (Times.accepted). */
    OffsetDateTime resolve(ZoneId zone) {
        if (iso == null) {
            return Times.acceptedEpochMillis(field, millis).atZoneSameInstant(zone).toOffsetDateTime();
        }
        return Times.accepted(field, parsed(zone));
    }

    private OffsetDateTime parsed(ZoneId zone) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    iso, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.toOffsetDateTime();
            }
            if (parsed instanceof OffsetDateTime offset) {
                return offset;
            }
            return ((LocalDateTime) parsed).atZone(zone).toOffsetDateTime();
        } catch (java.time.DateTimeException e) {
            try {
                return LocalDate.parse(iso).atStartOfDay(zone).toOffsetDateTime();
            } catch (java.time.DateTimeException notADate) {
                throw ApiException.invalidField(field, "must be an ISO-8601 time such as 2026-03-01T15:00:00-08:00, not '" + iso + "'");
            }
        }
    }
}
