package io.leadline.leaddata;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements every holder runs on a lead's rows, written once: their ids, their erasure (a SET clause applied to
 * the lead's rows) and their move from lead to lead, always within the team.
 */
public final class LeadRows {

    /** Ids named in one statement, well under the drivers' limit on parameters. */
    private static final int CHUNK = 5_000;

    private LeadRows() {}

    /** The ids ({@code idColumn}) of the lead's rows in {@code table}. */
    public static List<Long> ids(JdbcClient jdbc, String table, String idColumn, long teamId, long leadId) {
        return jdbc.sql("SELECT " + idColumn + " FROM " + table + " WHERE team_id = :teamId AND lead_id = :leadId")
                .param("teamId", teamId).param("leadId", leadId).query(Long.class).list();
    }

    /** Runs {@code UPDATE table SET set} on the lead's rows; answers how many it changed. */
    public static int erase(JdbcClient jdbc, String table, String set, long teamId, long leadId) {
        return jdbc.sql("UPDATE " + table + " SET " + set + " WHERE team_id = :teamId AND lead_id = :leadId")
                .param("teamId", teamId).param("leadId", leadId).update();
    }

    /**
     * Moves the rows of {@code table} (with {@code team_id}, {@code lead_id} and the id column {@code idColumn}) from one
     * lead to another, all of them or only those {@code only} names for the table; answers the ids moved.
     */
    public static List<Long> move(JdbcClient jdbc, String table, String idColumn, long teamId, long from, long to,
            @Nullable Map<String, List<Long>> only) {
        List<Long> ids = only != null ? only.getOrDefault(table, List.of()) : ids(jdbc, table, idColumn, teamId, from);
        if (ids.isEmpty()) {
            return List.of();
        }
        for (int start = 0; start < ids.size(); start += CHUNK) {
            jdbc.sql("UPDATE " + table + " SET lead_id = :to WHERE team_id = :teamId AND lead_id = :from AND " + idColumn
                            + " IN (:ids)")
                    .param("to", to).param("teamId", teamId).param("from", from)
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK))).update();
        }
        return ids;
    }
}
