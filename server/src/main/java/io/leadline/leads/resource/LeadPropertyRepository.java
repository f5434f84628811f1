package io.leadline.leads.resource;

import io.leadline.database.HeldInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A lead's properties (table {@code lead_properties}); address columns for matching, the rest as JSON details. */
@Repository
class LeadPropertyRepository {

    private static final String COLUMNS =
            "id, lead_id, street_address, city, state, zip_code, details, created_at, updated_at";

    private final JdbcClient jdbc;
    private final HeldInserts held;

    LeadPropertyRepository(JdbcClient jdbc, HeldInserts held) {
        this.jdbc = jdbc;
        this.held = held;
    }

    record PropertyRow(
            long id,
            long leadId,
            @Nullable String streetAddress,
            @Nullable String city,
            @Nullable String state,
            @Nullable String zipCode,
            String details,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    void insert(long teamId, PropertyRow row) {
        held.insert("""
                        INSERT INTO lead_properties (id, lead_id, team_id, street_address, city, state, zip_code, details,
                                                     created_at, updated_at)
                        VALUES (:id, :leadId, :teamId, :streetAddress, :city, :state, :zipCode, :details,
                                :createdAt, :updatedAt)
                        """,
                new MapSqlParameterSource("id", row.id())
                        .addValue("leadId", row.leadId())
                        .addValue("teamId", teamId)
                        .addValue("streetAddress", row.streetAddress())
                        .addValue("city", row.city())
                        .addValue("state", row.state())
                        .addValue("zipCode", row.zipCode())
                        .addValue("details", row.details())
                        .addValue("createdAt", row.createdAt())
                        .addValue("updatedAt", row.updatedAt()));
    }

    void update(PropertyRow row) {
        jdbc.sql("""
                        UPDATE lead_properties
                        SET street_address = :streetAddress, city = :city, state = :state, zip_code = :zipCode,
                            details = :details, updated_at = :updatedAt
                        WHERE id = :id AND lead_id = :leadId
                        """)
                .param("id", row.id())
                .param("leadId", row.leadId())
                .param("streetAddress", row.streetAddress())
                .param("city", row.city())
                .param("state", row.state())
                .param("zipCode", row.zipCode())
                .param("details", row.details())
                .param("updatedAt", row.updatedAt())
                .update();
    }

    List<PropertyRow> findForLeads(Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead_properties WHERE lead_id IN (:leadIds) ORDER BY lead_id, created_at, id")
                .param("leadIds", leadIds)
                .query(LeadPropertyRepository::toRow)
                .list();
    }

    private static PropertyRow toRow(ResultSet rs, int row) throws SQLException {
        return new PropertyRow(
                rs.getLong("id"),
                rs.getLong("lead_id"),
                rs.getString("street_address"),
                rs.getString("city"),
                rs.getString("state"),
                rs.getString("zip_code"),
                rs.getString("details"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
