package io.leadline.sandbox;

import io.leadline.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The ISO-8601 times and durations the sandbox's controls take, or 400 naming the field. */
public final class IsoValues {

    private IsoValues() {}

    public static Duration duration(String field, String text) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be an ISO-8601 duration such as PT30S or P2D, not '" + text + "'");
        }
    }

    public static Instant time(String field, String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be an ISO-8601 time with an offset such as 2027-01-04T09:00:00Z, not '" + text + "'");
        }
    }
}
