package io.leadline.transactions;

import io.leadline.search.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    /** The transaction row under lock, so writes to its sub-records (the property address) queue behind each other. */
    Optional<TransactionRow> lock(long teamId, long leadId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_transactions WHERE team_id = :teamId AND lead_id = :leadId AND id = :id"
                        + " FOR UPDATE")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("id", id)
                .query(TransactionRepository::toRow)
                .optional();
    }

    void touch(long teamId, long id, OffsetDateTime at) {
        jdbc.sql("UPDATE lead_transactions SET updated_at = :at WHERE team_id = :teamId AND id = :id")
                .param("at", at)
                .param("teamId", teamId)
                .param("id", id)
                .update();
    }

    /** A transaction found by the team-wide search, with what the list shows of its lead. */
    record ListedTransaction(TransactionRow row, String leadFirstName, @Nullable String leadLastName, @Nullable Long assignedUserId) {
        String leadName() {
            return leadLastName == null ? leadFirstName : leadFirstName + " " + leadLastName;
        }
    }

    record SearchPage(List<ListedTransaction> transactions, long total) {}

    /**
     * The team's transactions on live leads the caller may see, newest first. {@code key} (lower case) matches inside
     * the transaction's name, its property address or its lead's name.
     */
    SearchPage search(Visibility.SqlFilter visible, @Nullable String type, @Nullable Long leadId, @Nullable String key,
            int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM lead_transactions t" + Visibility.joinLiveLead("t.lead_id")
                + " LEFT JOIN transaction_addresses a ON a.transaction_id = t.id"
                + " WHERE t.team_id = :visTeamId AND " + visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        if (type != null) {
            where.append(" AND t.type = :type");
            params.put("type", type);
        }
        if (leadId != null) {
            where.append(" AND t.lead_id = :leadId");
            params.put("leadId", leadId);
        }
        if (key != null) {
            where.append(" AND (LOWER(t.name) LIKE :key ESCAPE '!'"
                    + " OR LOWER(CONCAT(COALESCE(a.street_address, ''), ' ', COALESCE(a.unit, ''), ' ', COALESCE(a.city, ''), ' ',"
                    + " COALESCE(a.state, ''), ' ', COALESCE(a.zip_code, ''))) LIKE :key ESCAPE '!'"
                    + " OR LOWER(CONCAT(l.first_name, ' ', COALESCE(l.last_name, ''))) LIKE :key ESCAPE '!')");
            params.put("key", "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<ListedTransaction> page = jdbc.sql("SELECT t.id, t.team_id, t.lead_id, t.name, t.type, t.status, t.details,"
                        + " t.created_at, t.updated_at, l.first_name, l.last_name, l.assigned_user_id" + where
                        + " ORDER BY t.created_at DESC, t.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new ListedTransaction(
                        toRow(rs, n), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("assigned_user_id", Long.class)))
                .list();
        return new SearchPage(page, total);
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
