package io.leadline.tasks;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** One row of {@code tasks}: a task or an appointment on a lead. Mutable while a write builds it, like a lead row. */
final class TaskRow {
    long id;
    long teamId;
    long leadId;
    TaskKind kind = TaskKind.TASK;
    /** Call, Email, Text or Other for a task; null for an appointment. */
    @Nullable String way;
    String content = "";
    long assigneeUserId;
    String assignedRole = "Agent";
    long creatorUserId;
    OffsetDateTime startsAt = OffsetDateTime.MIN;
    OffsetDateTime dueAt = OffsetDateTime.MIN;
    ZoneId zone = ZoneId.of("UTC");
    boolean allDay;
    @Nullable String address;
    @Nullable Integer reminderType;
    @Nullable OffsetDateTime reminderAt;
    /** Set while the reminder waits to fire; cleared when it fires, or when the entry is finished or deleted. */
    @Nullable OffsetDateTime reminderDueAt;
    @Nullable OffsetDateTime reminderSentAt;
    @Nullable OffsetDateTime finishedAt;
    @Nullable OffsetDateTime deletedAt;
    OffsetDateTime createdAt = OffsetDateTime.MIN;
    OffsetDateTime updatedAt = OffsetDateTime.MIN;

    boolean finished() {
        return finishedAt != null;
    }

    /** Computed, never stored: open and past its deadline. */
    boolean overdueAt(OffsetDateTime now) {
        return finishedAt == null && dueAt.isBefore(now);
    }

    /** Arms the reminder again when it has not fired and the entry is open; disarms it otherwise. */
    void rearmReminder() {
        reminderDueAt = reminderAt != null && reminderSentAt == null && finishedAt == null && deletedAt == null ? reminderAt : null;
    }

    String calendarId() {
        return id + "-" + kind.suffix;
    }
}
