package io.leadline.console;

import io.leadline.tasks.TaskDesk;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tasks from the console: added on a lead's page, finished there or from "my day". The tasks feature's own service
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

    /** Back to the page the button was on (a path of the console only). */
    @PostMapping("/app/tasks/{taskId}/finish")
    String finish(Caller caller, @PathVariable long taskId, @RequestParam(defaultValue = "/app/my-day") String back,
            RedirectAttributes next, HttpServletResponse response) {
        return new FormPost(next, response).run(() -> tasks.finish(caller, taskId), "Task done.", "taskProblem",
                consolePath(back));
    }

    private static String consolePath(String back) {
        URI target = URI.create(back.isBlank() ? "/app/my-day" : back);
        boolean local = target.getScheme() == null && target.getHost() == null && target.getPath() != null
                && target.getPath().startsWith("/app/") && !back.startsWith("//");
        return local ? back : "/app/my-day";
    }
}
