package io.leadline.console;

import io.leadline.tasks.TaskDesk;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tasks and appointments from the console: added on a lead's page, rescheduled and finished there or from "my day". The tasks feature's own service
 * does each (its rules, its webhooks); a refusal comes back as its message.
 */
@Controller
@Hidden // pages, not the API: not in the OpenAPI document
class TaskPagesController {

    private final TaskDesk tasks;

    TaskPagesController(TaskDesk tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/app/leads/{leadId}/tasks")
    String add(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "Call") String type,
            @RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "") String due,
            RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> tasks.addTask(caller, leadId, type, content, due), "Task added.",
                "taskProblem", "/app/leads/" + leadId + "#tasks");
    }

    @PostMapping("/app/leads/{leadId}/appointments")
    String addAppointment(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "") String address, RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(
                () -> tasks.addAppointment(caller, leadId, content, start, end, address.isBlank() ? null : address),
                "Appointment added.", "taskProblem", "/app/leads/" + leadId + "#tasks");
    }

    /** A task's new due time ({@code end}), or an appointment's new start and end. */
    @PostMapping("/app/tasks/{taskId}/reschedule")
    String reschedule(Caller caller, @PathVariable long taskId, @RequestParam(required = false) @Nullable String start,
            @RequestParam(defaultValue = "") String end, @RequestParam(defaultValue = "/app/my-day") String back,
            RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> tasks.reschedule(caller, taskId, start, end), "Rescheduled.",
                "taskProblem", consolePath(back));
    }

    /** Back to the page the button was on (a path of the console only). */
    @PostMapping("/app/tasks/{taskId}/finish")
    String finish(Caller caller, @PathVariable long taskId, @RequestParam(defaultValue = "/app/my-day") String back,
            RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> tasks.finish(caller, taskId), "Done.", "taskProblem",
                consolePath(back));
    }

    private static String consolePath(String back) {
        URI target;
        try {
            target = new URI(back.isBlank() ? "/app/my-day" : back);
        } catch (URISyntaxException notAnAddress) {
            return "/app/my-day";
        }
        boolean local = target.getScheme() == null && target.getHost() == null && target.getPath() != null
                && target.getPath().startsWith("/app/") && !back.startsWith("//");
        return local ? back : "/app/my-day";
    }
}
