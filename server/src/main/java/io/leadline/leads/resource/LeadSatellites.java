package io.leadline.leads.resource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything a lead's answer holds beside its row — role holders, tag rows, list items, custom values, properties —
 * for a page of leads in one statement (LL-18: one round trip instead of five). Each table is one branch of a UNION
 * ALL over the same columns; {@code kind} says which, and the order is each table's own order.
 */
@Repository
class LeadSatellites {

    private static final int ROLE = 1;
    private static final int TAG = 2;
    private static final int LIST_ITEM = 3;
    private static final int CUSTOM_VALUE = 4;
    private static final int PROPERTY = 5;

    private static final String SQL = """
            SELECT 1 AS kind, lead_id, CAST(role_id AS BIGINT) AS n1, user_id AS n2, CAST(NULL AS VARCHAR(320)) AS ord_t,
                   CAST(NULL AS VARCHAR(100000)) AS t1, CAST(NULL AS VARCHAR(100000)) AS t2,
                   CAST(NULL AS VARCHAR(100000)) AS t3, CAST(NULL AS VARCHAR(100000)) AS t4,
                   CAST(NULL AS VARCHAR(100000)) AS t5, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS ts1,
                   CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS ts2
              FROM lead_role_assignees WHERE lead_id IN (:leadIds)
            UNION ALL
            SELECT 2, lead_id, tag_id, creator_user_id, NULL, NULL, NULL, NULL, NULL, NULL, created_at, updated_at
              FROM lead_tags WHERE lead_id IN (:leadIds)
            UNION ALL
            SELECT 3, lead_id, CAST(position AS BIGINT), NULL, list_name, list_name, item, NULL, NULL, NULL, NULL, NULL
              FROM lead_list_items WHERE lead_id IN (:leadIds)
            UNION ALL
            SELECT 4, lead_id, field_id, NULL, NULL, custom_value, NULL, NULL, NULL, NULL, NULL, NULL
              FROM lead_custom_values WHERE lead_id IN (:leadIds)
            UNION ALL
            SELECT 5, lead_id, id, NULL, NULL, street_address, city, state, zip_code, details, created_at, updated_at
              FROM lead_properties WHERE lead_id IN (:leadIds)
            ORDER BY kind, lead_id, ord_t, ts1, n1
            """;

    /** Per lead: its role holders, tag rows, lists, custom values and properties, each in its table's order. */
    record Satellites(
            Map<Long, Map<Integer, Long>> roleHolders,
            List<LeadTagRepository.LeadTag> tags,
            Map<Long, Map<String, List<String>>> lists,
            Map<Long, Map<Long, String>> customValues,
            Map<Long, List<LeadPropertyRepository.PropertyRow>> properties) {}

    private final JdbcClient jdbc;

    LeadSatellites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Satellites forLeads(Collection<Long> leadIds) {
        Satellites found = new Satellites(new HashMap<>(), new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (leadIds.isEmpty()) {
            return found;
        }
        jdbc.sql(SQL).param("leadIds", leadIds).query(rs -> {
            long leadId = rs.getLong("lead_id");
            switch (rs.getInt("kind")) {
                case ROLE -> found.roleHolders().computeIfAbsent(leadId, id -> new HashMap<>())
                        .put((int) rs.getLong("n1"), rs.getLong("n2"));
                case TAG -> found.tags().add(new LeadTagRepository.LeadTag(leadId, rs.getLong("n1"), rs.getLong("n2"),
                        rs.getObject("ts1", OffsetDateTime.class), rs.getObject("ts2", OffsetDateTime.class)));
                case LIST_ITEM -> found.lists().computeIfAbsent(leadId, id -> new HashMap<>())
                        .computeIfAbsent(rs.getString("t1"), list -> new ArrayList<>()).add(rs.getString("t2"));
                case CUSTOM_VALUE -> found.customValues().computeIfAbsent(leadId, id -> new HashMap<>())
                        .put(rs.getLong("n1"), rs.getString("t1"));
                case PROPERTY -> found.properties().computeIfAbsent(leadId, id -> new ArrayList<>())
                        .add(new LeadPropertyRepository.PropertyRow(rs.getLong("n1"), leadId, rs.getString("t1"),
                                rs.getString("t2"), rs.getString("t3"), rs.getString("t4"), rs.getString("t5"),
                                rs.getObject("ts1", OffsetDateTime.class), rs.getObject("ts2", OffsetDateTime.class)));
                default -> throw new IllegalStateException("unknown kind " + rs.getInt("kind"));
            }
        });
        return found;
    }
}
