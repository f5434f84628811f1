package io.leadline.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The wire formats of time: ISO-8601 UTC to the second for lead and account timestamps (docs/api.md "Formats"), and the one
 * range every time a client sends must fall in.
 */
public final class Times {

    /** The first instant a client may send (docs/api.md "Formats"): no CRM record needs earlier, and PostgreSQL stores it. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** The first instant past the range: 2200-12-31T23:59:59.999Z is the last a client may send. */
    public static final Instant PAST_LATEST = Instant.parse("2201-01-01T00:00:00Z");

    private Times() {}

    /**
     * The time, when a client sent it inside 1900–2200 (UTC); otherwise 400 naming the field. Outside that range
     * PostgreSQL stored -infinity or refused the write, and epoch milliseconds overflowed on the way back out.
     */
    public static OffsetDateTime accepted(String field, OffsetDateTime time) {
        if (!inRange(time.toInstant())) {
            throw outOfRange(field, time.toString());
        }
        return time;
    }

    /** An ISO 8601 time with its offset that a client sent as text, checked as {@link #accepted} checks it. */
    public static OffsetDateTime parse(String field, String text) {
        try {
            return accepted(field, OffsetDateTime.parse(text.trim()).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException unreadable) {
            throw ApiException.invalidField(field, "must be an ISO 8601 time with its offset, such as 2026-12-06T09:00:00Z, not '"
                    + text + "'");
        }
    }

    /** Epoch milliseconds a client sent, as an instant inside 1900–2200 (UTC); otherwise 400 naming the field. */
    public static OffsetDateTime acceptedEpochMillis(String field, long millis) {
        if (millis < EARLIEST.toEpochMilli() || millis >= PAST_LATEST.toEpochMilli()) {
            throw outOfRange(field, millis + " (epoch milliseconds)");
        }
        return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    }

    private static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(PAST_LATEST);
    }

    private static ApiException outOfRange(String field, String value) {
        return ApiException.invalidField(field, "must be between 1900-01-01T00:00:00Z and 2200-12-31T23:59:59Z, not " + value);
    }

    /**
     * Epoch milliseconds of a stored time. A value stored before the range was checked (PostgreSQL's -infinity reads as
     * {@link OffsetDateTime#MIN}) saturates instead of overflowing, so reading it never fails.
     */
    public static long epochMillis(OffsetDateTime time) {
        Instant instant = time.toInstant();
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException outOfLongRange) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Written by hand: a page of 100 leads formats ~500 timestamps, and a DateTimeFormatter was a visible share of it. */
    public static @Nullable String iso(@Nullable OffsetDateTime time) {
        if (time == null) {
            return null;
        }
        if (!inRange(time.toInstant())) {
            return DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
        }
        LocalDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        int year = utc.getYear();
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
        if (!inRange(time.toInstant())) {
            return DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
        }
        return PLAIN_UTC.format(time.withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }

    /** ISO-8601 to the second with the zone's offset ("2026-12-01T09:00:00-08:00"; "Z" in UTC). */
    public static String isoIn(OffsetDateTime time, java.time.ZoneId zone) {
        if (!inRange(time.toInstant())) {
            return DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                time.atZoneSameInstant(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
    }
}
