package io.leadline.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code lead_access_audit}: appended in batches, read by team with a lead or member, trimmed by age. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    AuditRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void insert(List<AuditEntry> entries) {
        batches.batchUpdate("""
                        INSERT INTO lead_access_audit (id, team_id, action, lead_id, user_id, credential_id, credential_name,
                                                       detail, at)
                        VALUES (:id, :teamId, :action, :leadId, :userId, :credentialId, :credentialName, :detail, :at)
                        """,
                entries.stream().map(entry -> new MapSqlParameterSource("id", entry.id())
                        .addValue("teamId", entry.teamId())
                        .addValue("action", entry.action())
                        .addValue("leadId", entry.leadId())
                        .addValue("userId", entry.userId())
                        .addValue("credentialId", entry.credentialId())
                        .addValue("credentialName", entry.credentialName())
                        .addValue("detail", entry.detail())
                        .addValue("at", entry.at())).toArray(SqlParameterSource[]::new));
    }

    /** The team's entries for a lead and/or a member in id order (paging), after the entry {@code after} (0: from the start). */
    List<AuditEntry> find(long teamId, @Nullable Long leadId, @Nullable Long userId, long after, int limit) {
        return jdbc.sql("SELECT id, team_id, action, lead_id, user_id, credential_id, credential_name, detail, at"
                        + " FROM lead_access_audit WHERE team_id = :teamId AND id > :after"
                        + (leadId == null ? "" : " AND lead_id = :leadId")
                        + (userId == null ? "" : " AND user_id = :userId")
                        + " ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("after", after)
                .param("leadId", leadId)
                .param("userId", userId)
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getLong("team_id"), rs.getString("action"),
                        rs.getObject("lead_id", Long.class), rs.getLong("user_id"), rs.getLong("credential_id"),
                        rs.getString("credential_name"), rs.getString("detail"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /** Deletes up to {@code limit} entries older than {@code before}; how many it deleted. */
    int trim(OffsetDateTime before, int limit) {
        return jdbc.sql("DELETE FROM lead_access_audit WHERE id IN (SELECT id FROM lead_access_audit WHERE at < :before"
                        + " FETCH FIRST :limit ROWS ONLY)")
                .param("before", before)
                .param("limit", limit)
                .update();
    }
}
