package io.leadline.tasks;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's v2 calendar: tasks and appointments addressed by composite ids ("123-task", "123-appointment"). */
@RestController
@Tag(name = "Calendar V2 API")
class CalendarController {

    private final TaskService tasks;
    private final TaskReads reads;
    private final MeetingSlots slots;

    CalendarController(TaskService tasks, TaskReads reads, MeetingSlots slots) {
        this.tasks = tasks;
        this.reads = reads;
        this.slots = slots;
    }

    /** Lofty's {@code CalendarRequestV2}; {@code assignedUserId}, {@code reminderTime}, {@code reminderType} are Leadline's. */
    record CalendarRequest(
            @Nullable String type,
            @Nullable String content,
            @Nullable Long leadId,
            @Nullable String startAt,
            @Nullable String endAt,
            @Nullable Long startAtMs,
            @Nullable Long endAtMs,
            @Nullable String timeZoneCode,
            @Nullable String taskWay,
            @Nullable String assignedRole,
            @Nullable String address,
            @Nullable Long assignedUserId,
            @Nullable String reminderTime,
            @Nullable String reminderType) {}

    /** Lofty's {@code CalendarUpdateRequestV2}. */
    record CalendarUpdateRequest(
            @Nullable String content,
            @Nullable String startAt,
            @Nullable String endAt,
            @Nullable Long startAtMs,
            @Nullable Long endAtMs,
            @Nullable String timeZoneCode,
            @Nullable String reminderType,
            @Nullable String reminderTime,
            @Nullable Long leadId,
            @Nullable String address) {}

    record Envelope<T>(T data) {}

    record Created(String id, String type, String message) {}

    record Page(long total, int page, int pageSize, List<TaskResponses.CalendarItem> items) {}

    record Message(String message) {
        static final Message SUCCESS = new Message("success");
    }

    @Operation(summary = "Add a task (taskWay Call, Email, Text, Other) or an appointment; start and end must lie ahead")
    @PostMapping("/v2.0/calendar")
    Envelope<Created> create(Caller caller, @RequestBody CalendarRequest r) {
        TaskKind kind = TaskRules.calendarType(r.type());
        if (r.timeZoneCode() == null || r.timeZoneCode().isBlank()) {
            throw io.leadline.web.ApiException.missingField("timeZoneCode");
        }
        TaskRow created = tasks.create(caller, new TaskCommands.NewTask(kind, r.taskWay(), r.content(), r.leadId(),
                r.assignedRole() == null ? "Agent" : r.assignedRole(), r.assignedUserId(), required(TimeInput.of("startAt", r.startAt(), r.startAtMs()), "startAt"),
                TimeInput.of("endAt", r.endAt(), r.endAtMs()), "endAt", r.timeZoneCode(), r.address(),
                TimeInput.ofEither("reminderTime", r.reminderTime()), TaskRules.reminderType(r.reminderType()), true));
        return new Envelope<>(new Created(created.calendarId(), kind.name(), "success"));
    }

    @Operation(summary = "The caller's calendar (or a lead's with leadId) in a time range → {\"data\": {total, page, pageSize, items}}")
    @GetMapping("/v2.0/calendar")
    Envelope<Page> list(
            Caller caller,
            @RequestParam(required = false) @Nullable String leadId,
            @RequestParam(required = false) @Nullable String startTime,
            @RequestParam(required = false) @Nullable String endTime,
            @RequestParam(required = false) @Nullable String startTimeMs,
            @RequestParam(required = false) @Nullable String endTimeMs,
            @RequestParam(required = false) @Nullable String timeZoneCode,
            @RequestParam(required = false) @Nullable String includeFinished,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String pageSize,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String desc,
            @RequestParam(required = false) @Nullable List<String> sourceType) {
        TaskReads.CalendarPage found = reads.calendar(caller, new TaskReads.CalendarQuery(leadId, startTime, endTime, startTimeMs,
                endTimeMs, timeZoneCode, includeFinished, page, pageSize, sort, desc, sourceType));
        return new Envelope<>(new Page(found.total(), found.page(), found.pageSize(),
                found.items().stream().map(TaskResponses::calendarItem).toList()));
    }

    @Operation(summary = "Change a calendar entry: only the fields sent change; a new start or end must lie ahead")
    @PutMapping("/v2.0/calendar/{calendarId}")
    Message update(Caller caller, @PathVariable String calendarId, @RequestBody CalendarUpdateRequest r) {
        TaskRules.CalendarId id = TaskRules.calendarId(calendarId);
        tasks.update(caller, id.id(), TaskCommands.Scope.calendar(id.kind()), new TaskCommands.TaskEdit(r.content(), null, null,
                null, TimeInput.of("startAt", r.startAt(), r.startAtMs()), TimeInput.of("endAt", r.endAt(), r.endAtMs()),
                r.timeZoneCode(), r.address(), TimeInput.ofEither("reminderTime", r.reminderTime()),
                TaskRules.reminderType(r.reminderType()), r.leadId(), true, true));
        return Message.SUCCESS;
    }

    @Operation(summary = "Delete a calendar entry (kept in the lead's timeline)")
    @DeleteMapping("/v2.0/calendar/{calendarId}")
    Message delete(Caller caller, @PathVariable String calendarId) {
        TaskRules.CalendarId id = TaskRules.calendarId(calendarId);
        tasks.delete(caller, id.id(), TaskCommands.Scope.calendar(id.kind()));
        return Message.SUCCESS;
    }

    @Operation(summary = "Finish a calendar entry (finishing a finished one changes nothing)")
    @PostMapping("/v2.0/calendar/{calendarId}/finish")
    Message finish(Caller caller, @PathVariable String calendarId) {
        TaskRules.CalendarId id = TaskRules.calendarId(calendarId);
        tasks.finish(caller, id.id(), TaskCommands.Scope.calendar(id.kind()), true);
        return Message.SUCCESS;
    }

    @Operation(summary = "Reopen a finished calendar entry")
    @PostMapping("/v2.0/calendar/{calendarId}/unfinish")
    Message unfinish(Caller caller, @PathVariable String calendarId) {
        TaskRules.CalendarId id = TaskRules.calendarId(calendarId);
        tasks.finish(caller, id.id(), TaskCommands.Scope.calendar(id.kind()), false);
        return Message.SUCCESS;
    }

    @Operation(summary = "Free meeting slots of the caller in a range (README Calendar) → {\"data\": {total, slots}}")
    @GetMapping("/v2.0/calendar/meetings/available")
    Envelope<MeetingSlots.Slots> available(
            Caller caller,
            @RequestParam(required = false) @Nullable String startTime,
            @RequestParam(required = false) @Nullable String endTime,
            @RequestParam(required = false) @Nullable Long startTimeMs,
            @RequestParam(required = false) @Nullable Long endTimeMs,
            @RequestParam(required = false) @Nullable String timeZoneCode,
            @RequestParam(defaultValue = "10") int limit) {
        return new Envelope<>(slots.available(caller, TimeInput.of("startTime", startTime, startTimeMs),
                TimeInput.of("endTime", endTime, endTimeMs), timeZoneCode, limit));
    }

    private static TimeInput required(@Nullable TimeInput time, String field) {
        if (time == null) {
            throw io.leadline.web.ApiException.missingField(field);
        }
        return time;
    }
}
