package io.leadline.transactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TransactionRepository {

    private static final String COLUMNS = "id, team_id, lead_id, name, type, status, details, created_at, updated_at";

    private final JdbcClient jdbc;

    TransactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record TransactionRow(
            long id,
            long teamId,
            long leadId,
            String name,
            String type,
            String status,
            String details,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    void insert(TransactionRow row) {
        jdbc.sql("""
                        INSERT INTO lead_transactions (id, team_id, lead_id, name, type, status, details, created_at, updated_at)
                        VALUES (:id, :teamId, :leadId, :name, :type, :status, :details, :createdAt, :updatedAt)
                        """)
                .param("id", row.id())
                .param("teamId", row.teamId())
                .param("leadId", row.leadId())
                .param("name", row.name())
                .param("type", row.type())
                .param("status", row.status())
                .param("details", row.details())
                .param("createdAt", row.createdAt())
                .param("updatedAt", row.updatedAt())
                .update();
    }

    void update(TransactionRow row) {
        jdbc.sql("""
                        UPDATE lead_transactions
                        SET name = :name, type = :type, status = :status, details = :details, updated_at = :updatedAt
                        WHERE team_id = :teamId AND id = :id
                        """)
                .param("name", row.name())
                .param("type", row.type())
                .param("status", row.status())
                .param("details", row.details())
                .param("updatedAt", row.updatedAt())
                .param("teamId", row.teamId())
                .param("id", row.id())
                .update();
    }

    /** Only when it belongs to this lead: another lead's transaction id is "not found", never "forbidden". */
    Optional<TransactionRow> find(long teamId, long leadId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_transactions WHERE team_id = :teamId AND lead_id = :leadId AND id = :id")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("id", id)
                .query(TransactionRepository::toRow)
                .optional();
    }

    List<TransactionRow> findForLead(long teamId, long leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_transactions WHERE team_id = :teamId AND lead_id = :leadId"
                        + " ORDER BY created_at, id")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query(TransactionRepository::toRow)
                .list();
    }

    private static TransactionRow toRow(ResultSet rs, int row) throws SQLException {
        return new TransactionRow(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getLong("lead_id"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("status"),
                rs.getString("details"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
