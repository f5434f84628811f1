package io.leadline.tasks;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The checks every way in applies to a task or appointment, without I/O. */
final class TaskRules {

    static final int CONTENT_MAX = 2000;
    static final int ADDRESS_MAX = 500;
    static final List<String> WAYS = List.of("Call", "Email", "Text", "Other");
    static final List<String> ROLES = List.of("Agent", "Assistant");

    private TaskRules() {}

    static String content(@Nullable String content) {
        if (content == null || content.isBlank()) {
            throw ApiException.missingField("content");
        }
        if (content.trim().length() > CONTENT_MAX) {
            throw ApiException.tooLong("content", CONTENT_MAX);
        }
        return content.trim();
    }

    /** Lofty's spelling of a task's way (Call, Email, Text, Other), matched ignoring case. */
    static String way(String field, @Nullable String way) {
        if (way == null || way.isBlank()) {
            throw ApiException.missingField(field);
        }
        return WAYS.stream().filter(w -> w.equalsIgnoreCase(way.trim())).findFirst()
                .orElseThrow(() -> ApiException.invalidField(field, "must be one of " + WAYS + ", not '" + way + "'"));
    }

    static String role(@Nullable String role) {
        if (role == null || role.isBlank()) {
            throw ApiException.missingField("assignedRole");
        }
        return ROLES.stream().filter(r -> r.equalsIgnoreCase(role.trim())).findFirst()
                .orElseThrow(() -> ApiException.invalidField("assignedRole", "must be one of " + ROLES + ", not '" + role + "'"));
    }

    static ZoneId zone(@Nullable String code, ZoneId fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(code.trim());
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZoneCode", "is not an IANA time zone id such as America/Los_Angeles: '" + code + "'");
        }
    }

    static @Nullable String address(@Nullable String address) {
        if (address == null) {
            return null;
        }
        if (address.trim().length() > ADDRESS_MAX) {
            throw ApiException.tooLong("address", ADDRESS_MAX);
        }
        return address.isBlank() ? null : address.trim();
    }

    static void order(OffsetDateTime start, OffsetDateTime due, String startField, String dueField) {
        if (due.isBefore(start)) {
            throw ApiException.invalidField(dueField, "must not be before " + startField);
        }
    }

    static void ahead(OffsetDateTime time, String field, OffsetDateTime now) {
        if (!time.isAfter(now)) {
            throw ApiException.invalidField(field, "must be later than now");
        }
    }

    /** Lofty's calendar type, TASK or APPOINTMENT, ignoring case. */
    static TaskKind calendarType(@Nullable String type) {
        if (type == null || type.isBlank()) {
            throw ApiException.missingField("type");
        }
        String upper = type.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "TASK" -> TaskKind.TASK;
            case "APPOINTMENT" -> TaskKind.APPOINTMENT;
            default -> throw ApiException.invalidField("type", "must be TASK or APPOINTMENT, not '" + type + "'");
        };
    }

    /** The calendar's composite id: "&lt;id&gt;-task" or "&lt;id&gt;-appointment"; anything else is 400/20012 as Lofty answers. */
    static CalendarId calendarId(String text) {
        int dash = text.lastIndexOf('-');
        if (dash > 0) {
            String suffix = text.substring(dash + 1);
            for (TaskKind kind : TaskKind.values()) {
                if (kind.suffix.equals(suffix)) {
                    return new CalendarId(io.leadline.web.Ids.parse("calendarId", text.substring(0, dash)), kind);
                }
            }
        }
        throw new ApiException(ErrorCode.INVALID_PARAMETER,
                "calendarId must be <id>-task or <id>-appointment as POST /v2.0/calendar answered, not '" + text + "'");
    }

    record CalendarId(long id, TaskKind kind) {}

    static @Nullable Integer reminderType(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("reminderType", "must be a whole number, not '" + text + "'");
        }
    }
}
