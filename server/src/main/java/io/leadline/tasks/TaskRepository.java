package io.leadline.tasks;

import io.leadline.search.Visibility;
import io.leadline.web.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TaskRepository {

    private static final String COLUMNS = """
            t.id, t.team_id, t.lead_id, t.kind, t.task_way, t.content, t.assignee_user_id, t.assigned_role, t.creator_user_id,
            t.starts_at, t.due_at, t.time_zone, t.all_day, t.address, t.reminder_type, t.reminder_at, t.reminder_due_at,
            t.reminder_sent_at, t.finished_at, t.deleted_at, t.created_at, t.updated_at""";

    /** Entries the caller may see: those on live leads they may see, and those assigned to them. */
    private static final String VISIBLE_FROM = " FROM tasks t" + Visibility.joinLiveLead("t.lead_id")
            + " WHERE t.team_id = :visTeamId AND t.deleted_at IS NULL AND (t.assignee_user_id = :me OR (%s))";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TaskRow t) {
        jdbc.sql("""
                        INSERT INTO tasks (id, team_id, lead_id, kind, task_way, content, assignee_user_id, assigned_role,
                            creator_user_id, starts_at, due_at, time_zone, all_day, address, reminder_type, reminder_at,
                            reminder_due_at, reminder_sent_at, finished_at, deleted_at, created_at, updated_at)
                        VALUES (:id, :teamId, :leadId, :kind, :way, :content, :assigneeUserId, :assignedRole,
                            :creatorUserId, :startsAt, :dueAt, :zone, :allDay, :address, :reminderType, :reminderAt,
                            :reminderDueAt, :reminderSentAt, :finishedAt, :deletedAt, :createdAt, :updatedAt)
                        """)
                .params(params(t))
                .update();
    }

    void update(TaskRow t) {
        jdbc.sql("""
                        UPDATE tasks SET lead_id = :leadId, task_way = :way, content = :content, assignee_user_id = :assigneeUserId,
                            assigned_role = :assignedRole, starts_at = :startsAt, due_at = :dueAt, time_zone = :zone,
                            all_day = :allDay, address = :address, reminder_type = :reminderType, reminder_at = :reminderAt,
                            reminder_due_at = :reminderDueAt, reminder_sent_at = :reminderSentAt, finished_at = :finishedAt,
                            deleted_at = :deletedAt, updated_at = :updatedAt
                        WHERE team_id = :teamId AND id = :id
                        """)
                .params(params(t))
                .update();
    }

    /** The entry if the caller may see it. */
    Optional<TaskRow> findVisible(Caller caller, long id) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT " + COLUMNS + VISIBLE_FROM.formatted(visible.sql()) + " AND t.id = :id")
                .params(visible.params())
                .param("me", caller.userId())
                .param("id", id)
                .query(TaskRepository::toTask)
                .optional();
    }

    /** The entry's row under lock, after {@link #findVisible} said the caller may touch it. */
    TaskRow lock(long teamId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t WHERE t.team_id = :teamId AND t.id = :id FOR UPDATE")
                .param("teamId", teamId)
                .param("id", id)
                .query(TaskRepository::toTask)
                .single();
    }

    /** A lead's open entries, oldest start first (the caller has been shown the lead). */
    List<TaskRow> findForLead(long teamId, long leadId, List<TaskKind> kinds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t WHERE t.team_id = :teamId AND t.lead_id = :leadId"
                        + " AND t.deleted_at IS NULL AND t.kind IN (:kinds) ORDER BY t.starts_at, t.id")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .query(TaskRepository::toTask)
                .list();
    }

    /** The lead went into the trash or came back: its entries follow it out of (and back into) members' lists. */
    void setLeadTrashed(long teamId, long leadId, boolean trashed) {
        jdbc.sql("UPDATE tasks SET lead_trashed = :trashed WHERE team_id = :teamId AND lead_id = :leadId")
                .param("trashed", trashed)
                .param("teamId", teamId)
                .param("leadId", leadId)
                .update();
    }

    /** The due time of the lead's next open entry. */
    @Nullable OffsetDateTime nextDue(long teamId, long leadId) {
        return jdbc.sql("SELECT MIN(due_at) FROM tasks WHERE team_id = :teamId AND lead_id = :leadId"
                        + " AND finished_at IS NULL AND deleted_at IS NULL")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
    }

    /**
     * One member's entries on live leads, newest start first, strictly after the cursor entry when there is one (the
     * cursor's own start and id are the keyset).
     */
    List<TaskRow> findAssigned(long teamId, long userId, @Nullable TaskRow after, int limit) {
        // A range on the start plus a row-value comparison, so the member's index seeks to the cursor (PostgreSQL uses the
        // row comparison, H2 the range) instead of passing over every newer entry.
        String keyset = after == null ? "" : " AND t.starts_at <= :afterStart AND (t.starts_at, t.id) < (:afterStart, :afterId)";
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t"
                        + " WHERE t.team_id = :teamId AND t.assignee_user_id = :userId AND t.deleted_at IS NULL"
                        + " AND t.lead_trashed = FALSE" + keyset
                        + " ORDER BY t.team_id DESC, t.assignee_user_id DESC, t.starts_at DESC, t.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("userId", userId)
                .param("afterStart", after == null ? null : after.startsAt)
                .param("afterId", after == null ? null : after.id)
                .param("limit", limit)
                .query(TaskRepository::toTask)
                .list();
    }

    /**
     * A member's open entries on live leads of the kinds given, starting in [from, before) when given, soonest due
     * first, at most {@code limit} (the member's index, then a sort of what is left open).
     */
    List<TaskRow> findOpenAssigned(long teamId, long userId, List<TaskKind> kinds, @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime before, int limit) {
        String starts = (from == null ? "" : " AND t.starts_at >= :from") + (before == null ? "" : " AND t.starts_at < :before");
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t"
                        + " WHERE t.team_id = :teamId AND t.assignee_user_id = :userId" + starts
                        + " AND t.deleted_at IS NULL AND t.lead_trashed = FALSE"
                        + " AND t.finished_at IS NULL AND t.kind IN (:kinds)"
                        + " ORDER BY t.due_at, t.id FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("userId", userId)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .param("from", from)
                .param("before", before)
                .param("limit", limit)
                .query(TaskRepository::toTask)
                .list();
    }

    /** A member's entry by id, whatever its state (the my-tasks cursor). */
    Optional<TaskRow> findAssignedById(long teamId, long userId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t WHERE t.team_id = :teamId AND t.assignee_user_id = :userId AND t.id = :id")
                .param("teamId", teamId)
                .param("userId", userId)
                .param("id", id)
                .query(TaskRepository::toTask)
                .optional();
    }

    record CalendarPage(List<TaskRow> entries, long total) {}

    /** The calendar: entries the filter names (its WHERE fragment and parameters), ordered by an allow-listed column. */
    CalendarPage calendar(String where, Map<String, Object> params, String orderColumn, boolean desc, int offset, int limit) {
        String from = " FROM tasks t WHERE " + where;
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        String direction = desc ? " DESC" : " ASC";
        List<TaskRow> page = jdbc.sql("SELECT " + COLUMNS + from + " ORDER BY " + orderColumn + direction + ", t.id" + direction
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params)
                .param("offset", offset)
                .param("limit", limit)
                .query(TaskRepository::toTask)
                .list();
        return new CalendarPage(page, total);
    }

    /** A member's open appointments that overlap the range (the busy times for meeting slots). */
    List<TaskRow> appointmentsOverlapping(long teamId, long userId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t WHERE t.team_id = :teamId AND t.assignee_user_id = :userId"
                        + " AND t.kind = 'APPOINTMENT' AND t.deleted_at IS NULL AND t.finished_at IS NULL AND t.lead_trashed = FALSE"
                        + " AND t.starts_at < :to AND t.due_at > :from ORDER BY t.starts_at, t.id")
                .param("teamId", teamId)
                .param("userId", userId)
                .param("from", from)
                .param("to", to)
                .query(TaskRepository::toTask)
                .list();
    }

    /**
     * Reminders due by {@code now}, oldest first, row-locked for this node; rows another node holds are skipped, and a
     * reminder another node fired is no longer due, so each fires once.
     */
    List<TaskRow> claimDueReminders(OffsetDateTime now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks t WHERE t.reminder_due_at <= :now"
                        + " ORDER BY t.reminder_due_at FETCH FIRST :limit ROWS ONLY FOR UPDATE SKIP LOCKED")
                .param("now", now)
                .param("limit", limit)
                .query(TaskRepository::toTask)
                .list();
    }

    void markRemindersSent(List<Long> ids, OffsetDateTime now) {
        jdbc.sql("UPDATE tasks SET reminder_due_at = NULL, reminder_sent_at = :now WHERE id IN (:ids)")
                .param("now", now)
                .param("ids", ids)
                .update();
    }

    private static Map<String, Object> params(TaskRow t) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", t.id);
        params.put("teamId", t.teamId);
        params.put("leadId", t.leadId);
        params.put("kind", t.kind.name());
        params.put("way", t.way);
        params.put("content", t.content);
        params.put("assigneeUserId", t.assigneeUserId);
        params.put("assignedRole", t.assignedRole);
        params.put("creatorUserId", t.creatorUserId);
        params.put("startsAt", t.startsAt);
        params.put("dueAt", t.dueAt);
        params.put("zone", t.zone.getId());
        params.put("allDay", t.allDay);
        params.put("address", t.address);
        params.put("reminderType", t.reminderType);
        params.put("reminderAt", t.reminderAt);
        params.put("reminderDueAt", t.reminderDueAt);
        params.put("reminderSentAt", t.reminderSentAt);
        params.put("finishedAt", t.finishedAt);
        params.put("deletedAt", t.deletedAt);
        params.put("createdAt", t.createdAt);
        params.put("updatedAt", t.updatedAt);
        return params;
    }

    private static TaskRow toTask(ResultSet rs, int row) throws SQLException {
        TaskRow t = new TaskRow();
        t.id = rs.getLong("id");
        t.teamId = rs.getLong("team_id");
        t.leadId = rs.getLong("lead_id");
        t.kind = TaskKind.valueOf(rs.getString("kind"));
        t.way = rs.getString("task_way");
        t.content = rs.getString("content");
        t.assigneeUserId = rs.getLong("assignee_user_id");
        t.assignedRole = rs.getString("assigned_role");
        t.creatorUserId = rs.getLong("creator_user_id");
        t.startsAt = rs.getObject("starts_at", OffsetDateTime.class);
        t.dueAt = rs.getObject("due_at", OffsetDateTime.class);
        t.zone = ZoneId.of(rs.getString("time_zone"));
        t.allDay = rs.getBoolean("all_day");
        t.address = rs.getString("address");
        t.reminderType = rs.getObject("reminder_type", Integer.class);
        t.reminderAt = rs.getObject("reminder_at", OffsetDateTime.class);
        t.reminderDueAt = rs.getObject("reminder_due_at", OffsetDateTime.class);
        t.reminderSentAt = rs.getObject("reminder_sent_at", OffsetDateTime.class);
        t.finishedAt = rs.getObject("finished_at", OffsetDateTime.class);
        t.deletedAt = rs.getObject("deleted_at", OffsetDateTime.class);
        t.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        t.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        return t;
    }
}
