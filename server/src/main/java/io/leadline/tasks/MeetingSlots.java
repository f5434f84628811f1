package io.leadline.tasks;

import io.leadline.accounts.AccountsService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free meeting slots for the caller: whole hours from 09:00 to 18:00, Monday to Friday, in the asked zone, that lie
 * inside the range, start after now, and overlap none of the caller's open appointments (docs/api.md "Tasks and appointments").
 */
@Service
class MeetingSlots {

    static final LocalTime DAY_START = LocalTime.of(9, 0);
    static final LocalTime DAY_END = LocalTime.of(18, 0);
    static final Duration SLOT = Duration.ofHours(1);
    static final Duration RANGE_MAX = Duration.ofDays(90);
    static final int LIMIT_MAX = 100;

    private final TaskRepository tasks;
    private final AccountsService accounts;
    private final Clock clock;

    MeetingSlots(TaskRepository tasks, AccountsService accounts, Clock clock) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Lofty's {@code AvailableMeetingSlotV2}. */
    record Slot(String startTime, String endTime, long startTimeMs, long endTimeMs) {}

    record Slots(int total, List<Slot> slots) {}

    @Transactional(readOnly = true)
    Slots available(Caller caller, @Nullable TimeInput start, @Nullable TimeInput end, @Nullable String zoneCode, int limit) {
        PageSize.lofty("Limit", limit, LIMIT_MAX);
        if (start == null) {
            throw ApiException.missingField("startTime");
        }
        if (end == null) {
            throw ApiException.missingField("endTime");
        }
        ZoneId zone = TaskRules.zone(zoneCode, accounts.teamZone(caller.teamId()));
        OffsetDateTime from = start.resolve(zone);
        OffsetDateTime to = end.resolve(zone);
        OffsetDateTime now = Times.now(clock);
        TaskRules.ahead(from, start.field(), now);
        if (!to.isAfter(from)) {
            throw ApiException.invalidField(end.field(), "must be later than " + start.field());
        }
        if (Duration.between(from, to).compareTo(RANGE_MAX) > 0) {
            throw ApiException.invalidField(end.field(), "must be at most 90 days after " + start.field());
        }
        List<TaskRow> busy = tasks.appointmentsOverlapping(caller.teamId(), caller.userId(), from, to);
        List<Slot> free = new ArrayList<>();
        for (LocalDate day = from.atZoneSameInstant(zone).toLocalDate(); !day.isAfter(to.atZoneSameInstant(zone).toLocalDate());
                day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime hour = DAY_START; hour.isBefore(DAY_END); hour = hour.plus(SLOT)) {
                ZonedDateTime slotStart = day.atTime(hour).atZone(zone);
                OffsetDateTime s = slotStart.toOffsetDateTime();
                OffsetDateTime e = slotStart.plus(SLOT).toOffsetDateTime();
                if (!s.isBefore(from) && !e.isAfter(to) && s.isAfter(now) && busy.stream().noneMatch(a -> overlaps(a, s, e))) {
                    free.add(new Slot(Times.isoIn(s, zone), Times.isoIn(e, zone), s.toInstant().toEpochMilli(),
                            e.toInstant().toEpochMilli()));
                }
            }
        }
        return new Slots(free.size(), free.subList(0, Math.min(limit, free.size())));
    }

    private static boolean overlaps(TaskRow appointment, OffsetDateTime start, OffsetDateTime end) {
        return appointment.startsAt.isBefore(end) && appointment.dueAt.isAfter(start);
    }
}
