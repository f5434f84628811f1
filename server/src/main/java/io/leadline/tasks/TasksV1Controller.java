package io.leadline.tasks;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's v1 tasks (tasks only) and v1 appointments (read only). */
@RestController
@Tag(name = "Tasks & Appointments")
class TasksV1Controller {

    private final TaskService tasks;
    private final TaskReads reads;

    TasksV1Controller(TaskService tasks, TaskReads reads) {
        this.tasks = tasks;
        this.reads = reads;
    }

    /** Lofty's {@code TaskRequest}; {@code assignedUserId} is Leadline's addition (docs/api.md "Tasks and appointments"). */
    record TaskRequest(
            @Nullable String content,
            @Nullable Long leadId,
            @Nullable Long deadline,
            @Nullable String type,
            @Nullable String assignedRole,
            @Nullable Boolean finishFlag,
            @Nullable Long assignedUserId) {}

    record TaskIdResponse(long taskId) {}

    record TaskListResponse(List<TaskResponses.TaskV1> taskList) {}

    record TaskSingleResponse(TaskResponses.TaskV1 task) {}

    @Operation(summary = "Add a task to a lead → {\"taskId\"}")
    @PostMapping("/v1.0/tasks")
    TaskIdResponse create(Caller caller, @RequestBody TaskRequest r) {
        return new TaskIdResponse(tasks.create(caller, new TaskCommands.NewTask(TaskKind.TASK, r.type(), r.content(), r.leadId(),
                r.assignedRole(), r.assignedUserId(), null, TimeInput.ofMillis("deadline", r.deadline()), "deadline", null, null, null,
                null, false)).id);
    }

    @Operation(summary = "The lead's open tasks, oldest first → {\"taskList\": […]}")
    @GetMapping("/v1.0/tasks")
    TaskListResponse list(Caller caller, @RequestParam long leadId) {
        return new TaskListResponse(reads.forLead(caller, leadId, List.of(TaskKind.TASK)).stream().map(TaskResponses::v1).toList());
    }

    @Operation(summary = "One task → {\"task\": {…}}")
    @GetMapping("/v1.0/tasks/{taskId}")
    TaskSingleResponse get(Caller caller, @PathVariable long taskId) {
        return new TaskSingleResponse(TaskResponses.v1(reads.one(caller, taskId, TaskCommands.Scope.TASKS_ONLY)));
    }

    @Operation(summary = "Change a task: finishFlag true finishes it (other fields ignored); an empty body")
    @PutMapping("/v1.0/tasks/{taskId}")
    ResponseEntity<Void> update(Caller caller, @PathVariable long taskId, @RequestBody TaskRequest r) {
        tasks.updateV1(caller, taskId, r.finishFlag(), new TaskCommands.TaskEdit(r.content(), r.type(), r.assignedRole(),
                r.assignedUserId(), null, TimeInput.ofMillis("deadline", r.deadline()), null, null, null, null, r.leadId(), false,
                false));
        return ResponseEntity.ok().build();
    }

    @Operation(summary = "Delete a task (kept in the lead's timeline); an empty body")
    @DeleteMapping("/v1.0/tasks/{taskId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable long taskId) {
        tasks.delete(caller, taskId, TaskCommands.Scope.TASKS_ONLY);
        return ResponseEntity.ok().build();
    }

    @Operation(summary = "The lead's open appointments (a bare array)")
    @GetMapping("/v1.0/appts")
    List<TaskResponses.Appointment> appointments(Caller caller, @RequestParam long leadId) {
        return reads.forLead(caller, leadId, List.of(TaskKind.APPOINTMENT)).stream().map(TaskResponses::appointment).toList();
    }
}
