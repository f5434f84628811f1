package io.leadline.tasks;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's v2 tasks: tasks and appointments in one id space. */
@RestController
@Tag(name = "Tasks & Appointments V2")
class TasksV2Controller {

    private final TaskService tasks;
    private final TaskReads reads;

    TasksV2Controller(TaskService tasks, TaskReads reads) {
        this.tasks = tasks;
        this.reads = reads;
    }

    /**
     * Lofty's {@code TaskRequestV2} and {@code UpdateTaskRequestV2}; {@code assignedUserId}, {@code reminderTime}
     * (ISO-8601 or epoch milliseconds) and {@code reminderType} are Leadline's additions (docs/api.md "Tasks and appointments").
     */
    record TaskRequest(
            @Nullable String content,
            @Nullable Long leadId,
            @Nullable String type,
            @Nullable String assignedRole,
            @Nullable String startAt,
            @Nullable String endAt,
            @Nullable String timeZoneCode,
            @Nullable String address,
            @Nullable Long assignedUserId,
            @Nullable String reminderTime,
            @Nullable Integer reminderType) {}

    record TaskIdResponse(long taskId) {}

    record TasksResponse(List<TaskResponses.TaskV2> tasks) {}

    record TaskResponse(TaskResponses.TaskV2 task) {}

    record MessageResponse(String message) {
        static final MessageResponse SUCCESS = new MessageResponse("success");
    }

    @Operation(summary = "Add a task (type Call, Email, Text, Other) or an appointment (type Appointment) → {\"taskId\"}")
    @PostMapping("/v2.0/tasks")
    TaskIdResponse create(Caller caller, @RequestBody TaskRequest r) {
        boolean appointment = r.type() != null && r.type().trim().toLowerCase(Locale.ROOT).equals("appointment");
        return new TaskIdResponse(tasks.create(caller, new TaskCommands.NewTask(
                appointment ? TaskKind.APPOINTMENT : TaskKind.TASK, appointment ? null : r.type(), r.content(), r.leadId(),
                r.assignedRole(), r.assignedUserId(), TimeInput.of("startAt", r.startAt(), null), TimeInput.of("endAt", r.endAt(), null),
                "endAt", r.timeZoneCode(), r.address(), TimeInput.ofEither("reminderTime", r.reminderTime()), r.reminderType(),
                false)).id);
    }

    @Operation(summary = "The lead's open tasks and appointments, oldest start first → {\"tasks\": […]}")
    @GetMapping("/v2.0/tasks")
    TasksResponse list(Caller caller, @RequestParam long leadId) {
        return new TasksResponse(reads.forLead(caller, leadId, List.of(TaskKind.values())).stream().map(TaskResponses::v2).toList());
    }

    @Operation(summary = "A member's tasks and appointments, newest start first, limit after the entry currentId")
    @GetMapping("/v2.0/tasks/my-tasks")
    TasksResponse mine(
            Caller caller,
            @RequestParam(required = false) @Nullable Long userId,
            @RequestParam(defaultValue = "0") long currentId,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) @Nullable String timeZoneCode) {
        return new TasksResponse(reads.mine(caller, userId, currentId, limit, timeZoneCode).stream().map(TaskResponses::v2).toList());
    }

    @Operation(summary = "One task or appointment → {\"task\": {…}}")
    @GetMapping("/v2.0/tasks/{taskId}")
    TaskResponse get(Caller caller, @PathVariable long taskId) {
        return new TaskResponse(TaskResponses.v2(reads.one(caller, taskId, TaskCommands.Scope.ALL)));
    }

    @Operation(summary = "Change a task or appointment: only the fields sent change → {\"message\": \"success\"}")
    @PutMapping("/v2.0/tasks/{taskId}")
    MessageResponse update(Caller caller, @PathVariable long taskId, @RequestBody TaskRequest r) {
        tasks.update(caller, taskId, TaskCommands.Scope.ALL, new TaskCommands.TaskEdit(r.content(), null, null, null,
                TimeInput.of("startAt", r.startAt(), null), TimeInput.of("endAt", r.endAt(), null), r.timeZoneCode(), r.address(),
                TimeInput.ofEither("reminderTime", r.reminderTime()), r.reminderType(), null, false, false));
        return MessageResponse.SUCCESS;
    }

    @Operation(summary = "Delete a task or appointment (kept in the lead's timeline)")
    @DeleteMapping("/v2.0/tasks/{taskId}")
    MessageResponse delete(Caller caller, @PathVariable long taskId) {
        tasks.delete(caller, taskId, TaskCommands.Scope.ALL);
        return MessageResponse.SUCCESS;
    }

    @Operation(summary = "Finish a task or appointment (finishing a finished one changes nothing)")
    @PostMapping("/v2.0/tasks/{taskId}/finish")
    MessageResponse finish(Caller caller, @PathVariable long taskId) {
        tasks.finish(caller, taskId, TaskCommands.Scope.ALL, true);
        return MessageResponse.SUCCESS;
    }

    @Operation(summary = "Reopen a finished task or appointment (reopening an open one changes nothing)")
    @PostMapping("/v2.0/tasks/{taskId}/unfinish")
    MessageResponse unfinish(Caller caller, @PathVariable long taskId) {
        tasks.finish(caller, taskId, TaskCommands.Scope.ALL, false);
        return MessageResponse.SUCCESS;
    }
}
