package io.leadline.tasks;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Tasks and appointments for callers that are not the API (the console): a lead's open entries, adding a task to a
 * lead, finishing one, and a member's day. Every rule is the API's ({@code /v2.0/tasks}): the same service does it.
 */
@Service
public class TaskDesk {

    /** Open tasks shown at most on one page; the API's lists page further. */
    static final int MY_DAY_LIMIT = 200;

    private final TaskService tasks;
    private final TaskReads reads;
    private final Clock clock;

    TaskDesk(TaskService tasks, TaskReads reads, Clock clock) {
        this.tasks = tasks;
        this.reads = reads;
        this.clock = clock;
    }

    /** One task or appointment as a page shows it, its times in the zone it is shown in. */
    public record Entry(long id, boolean appointment, @Nullable String way, String content, long leadId,
            String leadName, OffsetDateTime startsAt, OffsetDateTime dueAt, boolean overdue, @Nullable String assigneeName) {}

    /** The member's day: every open task (overdue first, then soonest due) and today's open appointments. */
    public record Day(LocalDate date, List<Entry> tasks, List<Entry> appointments) {}

    /** The lead's open tasks and appointments, soonest start first (404 for a lead the caller cannot see). */
    public List<Entry> openForLead(Caller caller, long leadId) {
        return reads.forLead(caller, leadId, List.of(TaskKind.values())).stream()
                .filter(view -> !view.task().finished()).map(TaskDesk::entry).toList();
    }

    /** A task (Call, Email, Text or Other) on the lead, due at {@code due} (ISO date-time), for the lead's agent. */
    public long addTask(Caller caller, long leadId, String way, String content, String due) {
        return tasks.create(caller, new TaskCommands.NewTask(TaskKind.TASK, way, content, leadId, "Agent", null,
                TimeInput.of("due", due, null), TimeInput.of("due", due, null), "due", null, null, null, null,
                false)).id;
    }

    /** An appointment with the lead from {@code start} to {@code end} (ISO date-times, local ones in the team's zone). */
    public long addAppointment(Caller caller, long leadId, String content, String start, String end, @Nullable String address) {
        return tasks.create(caller, new TaskCommands.NewTask(TaskKind.APPOINTMENT, null, content, leadId, "Agent", null,
                TimeInput.of("start", start, null), TimeInput.of("end", end, null), "end", null, address, null, null,
                false)).id;
    }

    /**
     * Moves a task's due time ({@code start} null) or an appointment's start and end, as {@code PUT /v2.0/tasks/{id}}
     * would.
     */
    public void reschedule(Caller caller, long taskId, @Nullable String start, String end) {
        if (end.isBlank()) {
            throw ApiException.missingField("end");
        }
        tasks.update(caller, taskId, TaskCommands.Scope.ALL, new TaskCommands.TaskEdit(null, null, null, null,
                TimeInput.of("start", start, null), TimeInput.of("end", end, null), null, null, null, null, null, false,
                false));
    }

    public void finish(Caller caller, long taskId) {
        tasks.finish(caller, taskId, TaskCommands.Scope.ALL, true);
    }

    public Day myDay(Caller caller, ZoneId zone) {
        LocalDate today = Times.now(clock).atZoneSameInstant(zone).toLocalDate();
        OffsetDateTime dayStart = today.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime dayEnd = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        // soonest due first puts the overdue ones first
        List<Entry> open = reads.openAssigned(caller, List.of(TaskKind.TASK), null, null, MY_DAY_LIMIT).stream()
                .map(TaskDesk::entry).toList();
        List<Entry> appointments = reads.openAssigned(caller, List.of(TaskKind.APPOINTMENT), dayStart, dayEnd,
                MY_DAY_LIMIT).stream().map(TaskDesk::entry).sorted(Comparator.comparing(Entry::startsAt)).toList();
        return new Day(today, open, appointments);
    }

    private static Entry entry(TaskView view) {
        TaskRow task = view.task();
        String leadName = view.lead() == null ? "" : (view.lead().firstName() + " "
                + (view.lead().lastName() == null ? "" : view.lead().lastName())).trim();
        return new Entry(task.id, task.kind == TaskKind.APPOINTMENT, task.way, task.content, task.leadId, leadName,
                task.startsAt.atZoneSameInstant(view.zone()).toOffsetDateTime(),
                task.dueAt.atZoneSameInstant(view.zone()).toOffsetDateTime(), view.overdue(), view.assigneeName());
    }
}
