package io.leadline.search;

import io.leadline.database.HeldInserts;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exact live-lead totals without counting leads: lead_counts holds compacted totals per (stage, assignee, hidden,
 * ownership); writers append deltas in their own transaction; one statement sums both, so it sees one snapshot.
 */
@Repository
class LeadCountRepository {

    private static final String COLUMNS = "team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id";
    private static final String SAME_KEY = """
            team_id = :teamId AND stage_id IS NOT DISTINCT FROM :stageId
            AND assigned_user_id IS NOT DISTINCT FROM :assignedUserId AND hidden = :hidden
            AND ownership_scope = :ownershipScope AND ownership_id IS NOT DISTINCT FROM :ownershipId""";

    private final JdbcClient jdbc;
    private final HeldInserts held;

    LeadCountRepository(JdbcClient jdbc, HeldInserts held) {
        this.jdbc = jdbc;
        this.held = held;
    }

    /** Moves a lead between counts when a write changed what it is counted by. */
    void moved(CountKey before, CountKey after) {
        if (before.equals(after)) {
            return;
        }
        if (before.live()) {
            append(before, -1);
        }
        if (after.live()) {
            append(after, 1);
        }
    }

    void added(CountKey key) {
        if (key.live()) {
            append(key, 1);
        }
    }

    private void append(CountKey key, int delta) {
        held.insert("INSERT INTO lead_count_deltas (" + COLUMNS + ", delta) VALUES (:teamId, :stageId, :assignedUserId, :hidden,"
                        + " :ownershipScope, :ownershipId, :delta)",
                new MapSqlParameterSource(key.params()).addValue("delta", delta));
    }

    /** The total of live leads matching {@code where}, written over alias {@code l} with lead column names. */
    static String totalSql(String where) {
        return TOTAL.fill("where", where);
    }

    /** Total, path "ordered" with only what leads are counted by: the folded counts and the deltas not yet folded. */
    private static final SqlTemplate TOTAL = SqlTemplate.of("""
            SELECT COALESCE(SUM(n), 0) FROM (
                SELECT l.lead_count AS n FROM lead_counts l WHERE {where}
                UNION ALL
                SELECT l.delta AS n FROM lead_count_deltas l WHERE {where}) t""");

    static String totalsByStageSql(String where) {
        return TOTALS_BY_STAGE.fill("where", where);
    }

    /** {@link #TOTAL} per stage id (a null stage id is a lead without a stage). */
    private static final SqlTemplate TOTALS_BY_STAGE = SqlTemplate.of("""
            SELECT stage_id, COALESCE(SUM(n), 0) FROM (
                SELECT l.stage_id, l.lead_count AS n FROM lead_counts l WHERE {where}
                UNION ALL
                SELECT l.stage_id, l.delta AS n FROM lead_count_deltas l WHERE {where}) t
            GROUP BY stage_id""");

    record Delta(long id, CountKey key, int delta) {}

    /** Waits for a fold under way and keeps the next from starting until the caller's transaction ends. */
    void holdCompactor() {
        jdbc.sql("SELECT id FROM lead_count_compactor WHERE id = 1 FOR UPDATE").query(Integer.class).list();
    }

    /**
     * Folds every committed delta into lead_counts; false when another node is compacting. Deletes exactly the rows it
     * summed, so a delta committed meanwhile is left for the next round, never lost.
     */
    boolean compact(int batch) {
        boolean locked = !jdbc.sql("SELECT id FROM lead_count_compactor WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .query(Integer.class).list().isEmpty();
        if (!locked) {
            return false;
        }
        List<Delta> deltas = jdbc.sql("SELECT id, " + COLUMNS + ", delta FROM lead_count_deltas ORDER BY id FETCH FIRST :batch ROWS ONLY")
                .param("batch", batch)
                .query((rs, row) -> new Delta(rs.getLong("id"), new CountKey(rs.getLong("team_id"),
                        rs.getObject("stage_id", Long.class), rs.getObject("assigned_user_id", Long.class), rs.getBoolean("hidden"),
                        rs.getString("ownership_scope"), rs.getObject("ownership_id", Long.class), true), rs.getInt("delta")))
                .list();
        Map<CountKey, Integer> sums = new java.util.HashMap<>();
        deltas.forEach(d -> sums.merge(d.key(), d.delta(), Integer::sum));
        sums.forEach(this::fold);
        if (!deltas.isEmpty()) {
            jdbc.sql("DELETE FROM lead_count_deltas WHERE id IN (:ids)").param("ids", deltas.stream().map(Delta::id).toList()).update();
        }
        return deltas.size() == batch;
    }

    private void fold(CountKey key, int delta) {
        if (delta == 0) {
            return;
        }
        int updated = jdbc.sql("UPDATE lead_counts SET lead_count = lead_count + :delta WHERE " + SAME_KEY)
                .params(key.params())
                .param("delta", delta)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO lead_counts (" + COLUMNS + ", lead_count) VALUES (:teamId, :stageId, :assignedUserId, :hidden,"
                            + " :ownershipScope, :ownershipId, :delta)")
                    .params(key.params())
                    .param("delta", delta)
                    .update();
        }
    }
}
