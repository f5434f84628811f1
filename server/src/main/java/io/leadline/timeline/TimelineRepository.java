package io.leadline.timeline;

import io.leadline.database.HeldInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TimelineRepository {

    /** How deep into a lead's entries a page may reach (Lofty's offset + limit bound). */
    static final int OFFSET_PLUS_LIMIT_MAX = 20_000;

    private static final String COLUMNS = """
            id, team_id, lead_id, timeline_type, agent_id, occurred_at, created_at, updated_at, from_id, from_type, to_id,
            to_type, ref_id, sticky, content""";

    private final JdbcClient jdbc;
    private final HeldInserts held;

    TimelineRepository(JdbcClient jdbc, HeldInserts held) {
        this.jdbc = jdbc;
        this.held = held;
    }

    /** All of a write's entries in one round trip. */
    void insertAll(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        held.insert(INSERT, entries.stream().map(TimelineRepository::parameters)
                .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
    }

    private static final String INSERT = """
            INSERT INTO timeline_entries (id, team_id, lead_id, kind, timeline_type, agent_id, occurred_at, created_at,
                                          updated_at, from_id, from_type, to_id, to_type, ref_id, sticky, content)
            VALUES (:id, :teamId, :leadId, :kind, :type, :agentId, :occurredAt, :createdAt, :updatedAt, :fromId,
                    :fromType, :toId, :toType, :refId, :sticky, :content)
            """;

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource parameters(TimelineEntry e) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", e.id())
                .addValue("teamId", e.teamId())
                .addValue("leadId", e.leadId())
                .addValue("kind", e.type().kind.name())
                .addValue("type", e.type().code)
                .addValue("agentId", e.agentId())
                .addValue("occurredAt", e.occurredAt())
                .addValue("createdAt", e.createdAt())
                .addValue("updatedAt", e.updatedAt())
                .addValue("fromId", e.fromId())
                .addValue("fromType", e.fromType())
                .addValue("toId", e.toId())
                .addValue("toType", e.toType())
                .addValue("refId", e.refId())
                .addValue("sticky", e.sticky())
                .addValue("content", e.content());
    }

    void insert(TimelineEntry e) {
        held.insert(INSERT, parameters(e));
    }

    Optional<TimelineEntry> find(long teamId, long id, TimelineType.Kind kind) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM timeline_entries
                        WHERE team_id = :teamId AND id = :id AND kind = :kind AND deleted_at IS NULL
                        """)
                .param("teamId", teamId)
                .param("id", id)
                .param("kind", kind.name())
                .query(TimelineRepository::toEntry)
                .optional();
    }

    void delete(long teamId, long id, OffsetDateTime at) {
        jdbc.sql("UPDATE timeline_entries SET deleted_at = :at, updated_at = :at WHERE team_id = :teamId AND id = :id")
                .param("at", at)
                .param("teamId", teamId)
                .param("id", id)
                .update();
    }

    /**
     * One page of a lead's live entries of the given kinds (and, when not null, types), ordered by (time, id) in the
     * given direction, starting strictly after {@code after} when there is one, within an optional time range.
     */
    List<TimelineEntry> page(long teamId, long leadId, Collection<TimelineType.Kind> kinds, @Nullable Collection<Integer> types,
                             boolean newestFirst, @Nullable Cursor after, @Nullable OffsetDateTime from,
                             @Nullable OffsetDateTime to, long offset, int limit) {
        String direction = newestFirst ? "DESC" : "ASC";
        String comparison = newestFirst ? "<" : ">";
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeline_entries"
                        + " WHERE team_id = :teamId AND lead_id = :leadId AND kind IN (:kinds) AND deleted_at IS NULL"
                        + (types == null ? "" : " AND timeline_type IN (:types)")
                        + (from == null ? "" : " AND occurred_at >= :from")
                        + (to == null ? "" : " AND occurred_at <= :to")
                        + (after == null ? "" : " AND (occurred_at " + comparison + " :afterTime"
                                + " OR (occurred_at = :afterTime AND id " + comparison + " :afterId))")
                        + " ORDER BY occurred_at " + direction + ", id " + direction
                        + " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .param("types", types)
                .param("from", from)
                .param("to", to)
                .param("afterTime", after == null ? null : after.time())
                .param("afterId", after == null ? null : after.id())
                .param("offset", offset)
                .param("limit", limit)
                .query(TimelineRepository::toEntry)
                .list();
    }

    /** Manual logs ordered by id alone, from after {@code afterId} when given (Lofty's cursor and sort=id modes). */
    List<TimelineEntry> pageById(long teamId, long leadId, TimelineType.Kind kind, Collection<Integer> types, boolean ascending,
                                 @Nullable Long afterId, long offset, int limit) {
        String direction = ascending ? "ASC" : "DESC";
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeline_entries"
                        + " WHERE team_id = :teamId AND lead_id = :leadId AND kind = :kind AND deleted_at IS NULL"
                        + " AND timeline_type IN (:types)"
                        + (afterId == null ? "" : " AND id " + (ascending ? ">" : "<") + " :afterId")
                        + " ORDER BY id " + direction + " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("kind", kind.name())
                .param("types", types)
                .param("afterId", afterId)
                .param("offset", offset)
                .param("limit", limit)
                .query(TimelineRepository::toEntry)
                .list();
    }

    /** Where a cursor page starts: the (time, id) of the entry the client last saw. */
    record Cursor(OffsetDateTime time, long id) {}

    Optional<Cursor> cursorAt(long teamId, long leadId, long id) {
        return jdbc.sql("SELECT occurred_at, id FROM timeline_entries WHERE team_id = :teamId AND lead_id = :leadId AND id = :id")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("id", id)
                .query((rs, row) -> new Cursor(rs.getObject("occurred_at", OffsetDateTime.class), rs.getLong("id")))
                .optional();
    }

    private static TimelineEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getLong("lead_id"),
                TimelineType.ofCode(rs.getInt("timeline_type")),
                rs.getLong("agent_id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("from_id", Long.class),
                rs.getObject("from_type", Integer.class),
                rs.getObject("to_id", Long.class),
                rs.getObject("to_type", Integer.class),
                rs.getObject("ref_id", Long.class),
                rs.getBoolean("sticky"),
                rs.getString("content"));
    }
}
