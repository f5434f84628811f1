package io.leadline.leads.resource;

import io.leadline.database.HeldInserts;
import io.leadline.search.SearchKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A lead's lists (emails, phones, segments, groups) and its custom values: the rows written beside the lead's own. */
@Repository
public class LeadListRepository {

    private final JdbcClient jdbc;
    private final HeldInserts held;

    LeadListRepository(JdbcClient jdbc, HeldInserts held) {
        this.jdbc = jdbc;
        this.held = held;
    }

    /**
     * Replaces these lists of a lead: one delete and one batch of inserts, however many lists (for emails, the row's next
     * write tells the search index).
     */
    void replaceLists(LeadRow lead, Map<String, List<String>> lists) {
        jdbc.sql("DELETE FROM lead_list_items WHERE lead_id = :leadId AND list_name IN (:lists)")
                .param("leadId", lead.id)
                .param("lists", lists.keySet())
                .update();
        insertLists(lead, lists);
    }

    /** Writes lists a lead has none of yet (one being created): every item of every list in one batch. */
    void insertLists(LeadRow lead, Map<String, List<String>> lists) {
        List<SqlParameterSource> items = new ArrayList<>();
        lists.forEach((list, values) -> {
            for (int position = 0; position < values.size(); position++) {
                items.add(new MapSqlParameterSource("leadId", lead.id).addValue("teamId", lead.teamId)
                        .addValue("list", list).addValue("position", position).addValue("value", values.get(position))
                        .addValue("key", SearchKeys.of(list, values.get(position))));
            }
        });
        if (items.isEmpty()) {
            return;
        }
        held.insert("""
                        INSERT INTO lead_list_items (lead_id, team_id, list_name, position, item, item_key)
                        VALUES (:leadId, :teamId, :list, :position, :value, :key)
                        """, items.toArray(SqlParameterSource[]::new));
    }

    /** Per lead, per list name, the entries in order. */
    public Map<Long, Map<String, List<String>>> lists(Collection<Long> leadIds) {
        Map<Long, Map<String, List<String>>> result = new HashMap<>();
        if (leadIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT lead_id, list_name, item FROM lead_list_items
                        WHERE lead_id IN (:leadIds) ORDER BY lead_id, list_name, position
                        """)
                .param("leadIds", leadIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("lead_id"), id -> new HashMap<>())
                            .computeIfAbsent(rs.getString("list_name"), list -> new ArrayList<>())
                            .add(rs.getString("item"));
                });
        return result;
    }

    /** One lead's custom values by field id. */
    Map<Long, String> customValues(long leadId) {
        Map<Long, String> values = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT field_id, custom_value FROM lead_custom_values WHERE lead_id = :leadId ORDER BY field_id")
                .param("leadId", leadId)
                .query(rs -> {
                    values.put(rs.getLong("field_id"), rs.getString("custom_value"));
                });
        return values;
    }

    /** Adds items after a list's last ({@code position} is the first free one). */
    void appendToList(LeadRow lead, String list, int position, List<String> values) {
        List<SqlParameterSource> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            items.add(new MapSqlParameterSource("leadId", lead.id).addValue("teamId", lead.teamId).addValue("list", list)
                    .addValue("position", position + i).addValue("value", values.get(i))
                    .addValue("key", SearchKeys.of(list, values.get(i))));
        }
        if (!items.isEmpty()) {
            held.insert("""
                            INSERT INTO lead_list_items (lead_id, team_id, list_name, position, item, item_key)
                            VALUES (:leadId, :teamId, :list, :position, :value, :key)
                            """, items.toArray(SqlParameterSource[]::new));
        }
    }

    /** Removes a list's items from {@code position} on. */
    void truncateList(LeadRow lead, String list, int position) {
        jdbc.sql("DELETE FROM lead_list_items WHERE lead_id = :leadId AND list_name = :list AND position >= :position")
                .param("leadId", lead.id).param("list", list).param("position", position).update();
    }

    void deleteCustomValue(long leadId, long fieldId) {
        jdbc.sql("DELETE FROM lead_custom_values WHERE lead_id = :leadId AND field_id = :fieldId")
                .param("leadId", leadId)
                .param("fieldId", fieldId)
                .update();
    }

    void putCustomValue(long leadId, long fieldId, String value) {
        deleteCustomValue(leadId, fieldId);
        held.insert("INSERT INTO lead_custom_values (lead_id, field_id, custom_value) VALUES (:leadId, :fieldId, :value)",
                new MapSqlParameterSource("leadId", leadId).addValue("fieldId", fieldId).addValue("value", value));
    }
}
