package io.leadline.tasks;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's own read of a task or appointment: what Lofty's shapes leave out (reminders, calendar id, kind). */
@RestController
@Tag(name = "Leadline tasks")
class LeadlineTaskController {

    private final TaskReads reads;

    LeadlineTaskController(TaskReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "One task or appointment with its reminder and calendar id")
    @GetMapping("/leadline/v1/tasks/{taskId}")
    TaskResponses.LeadlineTask get(Caller caller, @PathVariable long taskId) {
        return TaskResponses.leadline(reads.one(caller, taskId, TaskCommands.Scope.ALL));
    }
}
