package io.leadline.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The wire formats of time: ISO-8601 UTC to the second for lead and account timestamps (README "Formats"). */
public final class Times {

    private Times() {}

    /** Written by hand: a page of 100 leads formats ~500 timestamps, and a DateTimeFormatter was a visible share of it. */
    public static @Nullable String iso(@Nullable OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        LocalDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
        }
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        digits(text, 0, year, 4);
        digits(text, 5, utc.getMonthValue(), 2);
        digits(text, 8, utc.getDayOfMonth(), 2);
        digits(text, 11, utc.getHour(), 2);
        digits(text, 14, utc.getMinute(), 2);
        digits(text, 17, utc.getSecond(), 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Database timestamps are kept to the millisecond so H2 and PostgreSQL round-trip the same value. */
    public static OffsetDateTime now(java.time.Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    private static final DateTimeFormatter PLAIN_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Lofty's 'yyyy-MM-dd HH:mm:ss' in UTC (notes, manual logs). */
    public static String plainUtc(OffsetDateTime time) {
        return PLAIN_UTC.format(time.withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }

    /** ISO-8601 to the second with the zone's offset ("2026-12-01T09:00:00-08:00"; "Z" in UTC). */
    public static String isoIn(OffsetDateTime time, java.time.ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                time.atZoneSameInstant(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
    }
}
