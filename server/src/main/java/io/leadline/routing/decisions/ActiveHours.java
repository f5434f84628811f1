package io.leadline.routing.decisions;

import io.leadline.web.ApiException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a rule takes leads, on the team's clock. Days are ISO (1 = Monday … 7 = Sunday). The window runs from
 * {@code hoursStart}:00 to the end of {@code hoursEnd}; a start after the end wraps past midnight, and then belongs to
 * the day it started on (Friday 22–6 covers early Saturday morning, not early Friday).
 */
public record ActiveHours(List<Integer> activeDays, int hoursStart, int hoursEnd) {

    public static final ActiveHours ALWAYS = new ActiveHours(List.of(1, 2, 3, 4, 5, 6, 7), 0, 23);

    /** Lofty's validation: days deduplicated and sorted, each 1–7; hours 0–23. Omitted means always. */
    public static ActiveHours validated(@Nullable List<Integer> days, @Nullable Integer start, @Nullable Integer end) {
        if (days == null && start == null && end == null) {
            return ALWAYS;
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer day : days == null ? ALWAYS.activeDays : days) {
            if (day == null || day < 1 || day > 7) {
                throw ApiException.invalidField("activeHours.activeDays", "each day must be 1 (Monday) to 7 (Sunday), not " + day);
            }
            sorted.add(day);
        }
        return new ActiveHours(List.copyOf(sorted), hour("activeHours.hoursStart", start, 0), hour("activeHours.hoursEnd", end, 23));
    }

    private static int hour(String field, @Nullable Integer hour, int omitted) {
        if (hour == null) {
            return omitted;
        }
        if (hour < 0 || hour > 23) {
            throw ApiException.invalidField(field, "must be an hour from 0 to 23, not " + hour);
        }
        return hour;
    }

    public boolean isActive(ZonedDateTime teamTime) {
        int day = teamTime.getDayOfWeek().getValue();
        int hour = teamTime.getHour();
        if (hoursStart <= hoursEnd) {
            return activeDays.contains(day) && hour >= hoursStart && hour <= hoursEnd;
        }
        int previousDay = day == 1 ? 7 : day - 1;
        return (activeDays.contains(day) && hour >= hoursStart) || (activeDays.contains(previousDay) && hour <= hoursEnd);
    }

    public String daysText() {
        return String.join(",", activeDays.stream().map(String::valueOf).toList());
    }

    public static ActiveHours fromText(String days, int start, int end) {
        List<Integer> parsed = days.isEmpty() ? List.of() : java.util.Arrays.stream(days.split(",")).map(Integer::valueOf).toList();
        return new ActiveHours(parsed, start, end);
    }
}
