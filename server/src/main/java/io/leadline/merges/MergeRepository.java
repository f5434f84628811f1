package io.leadline.merges;

import io.leadline.leads.LeadsCombined;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code lead_merges}. */
@Repository
class MergeRepository {

    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {};
    private static final TypeReference<Map<Long, Map<String, List<Long>>>> MOVED = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MergeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Merge merge) {
        jdbc.sql("""
                        INSERT INTO lead_merges (id, team_id, survivor_id, merged_ids, combined, moved, merged_by, merged_at)
                        VALUES (:id, :teamId, :survivorId, :mergedIds, :combined, :moved, :mergedBy, :mergedAt)""")
                .param("id", merge.id())
                .param("teamId", merge.teamId())
                .param("survivorId", merge.survivorId())
                .param("mergedIds", json.writeValueAsString(merge.mergedIds()))
                .param("combined", json.writeValueAsString(merge.combined()))
                .param("moved", json.writeValueAsString(merge.moved()))
                .param("mergedBy", merge.mergedBy())
                .param("mergedAt", merge.mergedAt())
                .update();
    }

    /** The team's merge, locked until the caller's transaction ends (two undos of one merge wait on each other). */
    Optional<Merge> lock(long teamId, long mergeId) {
        return jdbc.sql("SELECT * FROM lead_merges WHERE team_id = :teamId AND id = :id FOR UPDATE")
                .param("teamId", teamId).param("id", mergeId)
                .query(this::merge)
                .optional();
    }

    Optional<Merge> find(long teamId, long mergeId) {
        return jdbc.sql("SELECT * FROM lead_merges WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId).param("id", mergeId)
                .query(this::merge)
                .optional();
    }

    void markUndone(long teamId, long mergeId, OffsetDateTime at) {
        jdbc.sql("UPDATE lead_merges SET undone_at = :at WHERE team_id = :teamId AND id = :id")
                .param("at", at).param("teamId", teamId).param("id", mergeId).update();
    }

    private Merge merge(ResultSet rs, int row) throws SQLException {
        return new Merge(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("survivor_id"),
                json.readValue(rs.getString("merged_ids"), IDS),
                json.readValue(rs.getString("combined"), LeadsCombined.class),
                json.readValue(rs.getString("moved"), MOVED), rs.getLong("merged_by"),
                rs.getObject("merged_at", OffsetDateTime.class), rs.getObject("undone_at", OffsetDateTime.class));
    }
}
