package io.leadline.tasks;

import org.jspecify.annotations.Nullable;

/** What the three APIs ask of the one store, once each request is read. Times stay as given until the zone is known. */
final class TaskCommands {

    private TaskCommands() {}

    /**
     * A new entry. {@code way} is Call/Email/Text/Other for a task; {@code assignedUserId} is Leadline's addition (else
     * the role decides); {@code futureOnly} is the calendar's rule that start and end lie ahead.
     */
    record NewTask(
            TaskKind kind,
            @Nullable String way,
            @Nullable String content,
            @Nullable Long leadId,
            @Nullable String assignedRole,
            @Nullable Long assignedUserId,
            @Nullable TimeInput start,
            @Nullable TimeInput due,
            String dueField,
            @Nullable String zoneCode,
            @Nullable String address,
            @Nullable TimeInput reminder,
            @Nullable Integer reminderType,
            boolean futureOnly) {}

    /**
     * A partial change: null fields stay. {@code leadId} moves the entry when {@code leadMayChange} (the calendar), and
     * must equal the entry's lead otherwise (v1's INVALID_UPDATE_OPERATION_LEADID).
     */
    record TaskEdit(
            @Nullable String content,
            @Nullable String way,
            @Nullable String assignedRole,
            @Nullable Long assignedUserId,
            @Nullable TimeInput start,
            @Nullable TimeInput due,
            @Nullable String zoneCode,
            @Nullable String address,
            @Nullable TimeInput reminder,
            @Nullable Integer reminderType,
            @Nullable Long leadId,
            boolean leadMayChange,
            boolean futureOnly) {

        boolean isEmpty() {
            return content == null && way == null && assignedRole == null && assignedUserId == null && start == null
                    && due == null && zoneCode == null && address == null && reminder == null && reminderType == null
                    && leadId == null;
        }
    }

    /**
     * Which entries an API reaches and how it says one is missing: v1 tasks reach tasks only, v2 tasks both kinds
     * (404/20007 TASK_NOT_EXIST); a calendar id names its kind, and the calendar answers a missing entry with Lofty's
     * 400/20012.
     */
    record Scope(java.util.Set<TaskKind> kinds, boolean calendar) {
        static final Scope TASKS_ONLY = new Scope(java.util.Set.of(TaskKind.TASK), false);
        static final Scope ALL = new Scope(java.util.Set.of(TaskKind.values()), false);

        static Scope calendar(TaskKind kind) {
            return new Scope(java.util.Set.of(kind), true);
        }

        boolean reaches(TaskRow task) {
            return kinds.contains(task.kind);
        }

        io.leadline.web.ApiException missing(long id) {
            return calendar
                    ? new io.leadline.web.ApiException(io.leadline.web.ErrorCode.INVALID_PARAMETER,
                            "calendarId names no task or appointment: " + id + "-" + kinds.iterator().next().suffix)
                    : new io.leadline.web.ApiException(io.leadline.web.ErrorCode.RESOURCE_NOT_EXIST,
                            "TASK_NOT_EXIST: no task or appointment " + id);
        }
    }
}
