package io.leadline.tasks;

import io.leadline.web.Times;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The wire shapes of an entry in Lofty's three APIs and in Leadline's own read. */
final class TaskResponses {

    private TaskResponses() {}

    /** Lofty's v1 {@code TaskResponse}: times as 'yyyy-MM-dd HH:mm:ss' in UTC; finishTime "" while open. */
    record TaskV1(
            long id, long leadId, long creatorId, String content, @Nullable String type, String deadline, String finishTime,
            String createTime, String lastUpdate, boolean deleteFlag, boolean finishFlag, boolean overdueFlag, String leadName,
            @Nullable String leadEmail, @Nullable String leadPhone, String leadFirstName, @Nullable String leadLastName,
            @Nullable Integer reminderType, String assignedRole, @Nullable String assignedUser, long teamId,
            @Nullable String subject, @Nullable String body, long assignedUserId, @Nullable Long pipelineId,
            @Nullable String queryInfo, long leadUserId, @Nullable Long queryId) {}

    static TaskV1 v1(TaskView v) {
        TaskRow t = v.task();
        return new TaskV1(t.id, t.leadId, t.creatorUserId, t.content, t.way, Times.plainUtc(t.dueAt),
                t.finishedAt == null ? "" : Times.plainUtc(t.finishedAt), Times.plainUtc(t.createdAt), Times.plainUtc(t.updatedAt),
                t.deletedAt != null, t.finished(), v.overdue(), v.lead().fullName(), v.lead().email(), v.lead().phone(),
                v.lead().firstName(), v.lead().lastName(), t.reminderType, t.assignedRole, v.assigneeName(), t.teamId, null, null,
                t.assigneeUserId, v.lead().stageId(), null, v.lead().leadUserId(), null);
    }

    /** Lofty's {@code TaskResponseV2}: times ISO-8601 with the offset of the zone shown. */
    record TaskV2(
            long id, long leadId, long creatorId, String content, String type, String startAt, String endAt, String timeZoneCode,
            boolean allDay, boolean finishFlag, boolean overdueFlag, @Nullable String finishTime, String createTime,
            String lastUpdate, String leadName, @Nullable String leadEmail, @Nullable String leadPhone, String leadFirstName,
            @Nullable String leadLastName, @Nullable Integer reminderType, String assignedRole, @Nullable String assignedUser,
            long teamId, @Nullable String subject, @Nullable String body, long assignedUserId, @Nullable Long pipelineId,
            @Nullable String queryInfo, long leadUserId, @Nullable Long queryId, @Nullable String address) {}

    static TaskV2 v2(TaskView v) {
        TaskRow t = v.task();
        return new TaskV2(t.id, t.leadId, t.creatorUserId, t.content, type(t), iso(t.startsAt, v), iso(t.dueAt, v),
                v.zone().getId(), t.allDay, t.finished(), v.overdue(), t.finishedAt == null ? null : iso(t.finishedAt, v),
                iso(t.createdAt, v), iso(t.updatedAt, v), v.lead().fullName(), v.lead().email(), v.lead().phone(),
                v.lead().firstName(), v.lead().lastName(), t.reminderType, t.assignedRole, v.assigneeName(), t.teamId, null,
                null, t.assigneeUserId, v.lead().stageId(), null, v.lead().leadUserId(), null, t.address);
    }

    /** Lofty's v1 {@code Appointment}: start, end and finish as epoch milliseconds. */
    record Appointment(
            long id, String descr, @Nullable String address, String createTime, String lastUpdate, long deadline, long endTime,
            boolean allDay, boolean finishFlag, boolean deleteFlag, boolean overdue, @Nullable Long finishTime, long leadId,
            long assignToUid, int assignRoleType, long creatorId) {}

    static Appointment appointment(TaskView v) {
        TaskRow t = v.task();
        return new Appointment(t.id, t.content, t.address, Times.iso(t.createdAt), Times.iso(t.updatedAt), millis(t.startsAt),
                millis(t.dueAt), t.allDay, t.finished(), t.deletedAt != null, v.overdue(),
                t.finishedAt == null ? null : millis(t.finishedAt), t.leadId, t.assigneeUserId, roleType(t.assignedRole),
                t.creatorUserId);
    }

    /** Lofty's {@code CalendarItemV2}. */
    record CalendarItem(
            String id, String type, long taskId, int sourceType, String content, String title, boolean finished, String startAt,
            String endAt, long startAtMs, long endAtMs, String timeZoneCode, long leadId) {}

    static CalendarItem calendarItem(TaskView v) {
        TaskRow t = v.task();
        return new CalendarItem(t.calendarId(), t.kind.name(), t.id, t.kind.sourceType, t.content,
                type(t) + " - " + v.lead().fullName(), t.finished(), iso(t.startsAt, v), iso(t.dueAt, v), millis(t.startsAt),
                millis(t.dueAt), v.zone().getId(), t.leadId);
    }

    /** Leadline's full view ({@code GET /leadline/v1/tasks/{id}}): what Lofty's shapes leave out, reminders included. */
    record LeadlineTask(
            long taskId, String calendarId, String kind, @Nullable String way, long leadId, String content, long assignedUserId,
            String assignedRole, long creatorId, String startAt, String endAt, String timeZoneCode, boolean allDay,
            @Nullable String address, boolean overdue, @Nullable String finishTime, @Nullable Integer reminderType,
            @Nullable String reminderTime, @Nullable String reminderSentTime, String createTime, String lastUpdate) {}

    static LeadlineTask leadline(TaskView v) {
        TaskRow t = v.task();
        return new LeadlineTask(t.id, t.calendarId(), t.kind.name(), t.way, t.leadId, t.content, t.assigneeUserId, t.assignedRole,
                t.creatorUserId, iso(t.startsAt, v), iso(t.dueAt, v), v.zone().getId(), t.allDay, t.address, v.overdue(),
                t.finishedAt == null ? null : iso(t.finishedAt, v), t.reminderType,
                t.reminderAt == null ? null : iso(t.reminderAt, v), t.reminderSentAt == null ? null : iso(t.reminderSentAt, v),
                iso(t.createdAt, v), iso(t.updatedAt, v));
    }

    /** A task's way (Call, Email, Text, Other), or Appointment. */
    private static String type(TaskRow t) {
        return t.kind == TaskKind.APPOINTMENT || t.way == null ? t.kind.label : t.way;
    }

    /** 1 Agent, 2 Assistant: Leadline's numbering of assignRoleType (Lofty publishes none). */
    private static int roleType(String role) {
        return role.equals("Assistant") ? 2 : 1;
    }

    private static String iso(OffsetDateTime time, TaskView v) {
        return Times.isoIn(time, v.zone());
    }

    private static long millis(OffsetDateTime time) {
        return Times.epochMillis(time);
    }
}
