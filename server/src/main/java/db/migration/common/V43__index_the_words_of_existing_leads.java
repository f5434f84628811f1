package db.migration.common;

import io.leadline.search.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the search words (V41) of the leads that existed before them, with the same {@link SearchTerms} the server
 * writes them with, a thousand leads at a time in lead id order. Rows already there are kept, so it can run again.
 */
public class V43__index_the_words_of_existing_leads extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Lead> leads = nextLeads(connection, after);
            if (leads.isEmpty()) {
                return;
            }
            Map<Long, List<String>> emails = emailKeys(connection, leads.getFirst().id, leads.getLast().id);
            write(connection, leads, emails);
            after = leads.getLast().id;
        }
    }

    private record Lead(long id, long teamId, String fullName, boolean live, boolean hidden, Long assignedUserId,
                        String ownershipScope, Long ownershipId, Long stageId, String language) {}

    private static List<Lead> nextLeads(Connection connection, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, team_id, first_name, last_name, trashed_at IS NULL AS live, hidden, assigned_user_id,
                       ownership_scope, ownership_id, stage_id, language
                  FROM leads WHERE id > ? ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(BATCH))) {
            select.setLong(1, after);
            List<Lead> leads = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    leads.add(new Lead(rs.getLong("id"), rs.getLong("team_id"),
                            SearchTerms.fullName(rs.getString("first_name"), rs.getString("last_name")),
                            rs.getBoolean("live"), rs.getBoolean("hidden"), rs.getObject("assigned_user_id", Long.class),
                            rs.getString("ownership_scope"), rs.getObject("ownership_id", Long.class),
                            rs.getObject("stage_id", Long.class), rs.getString("language")));
                }
            }
            return leads;
        }
    }

    private static Map<Long, List<String>> emailKeys(Connection connection, long first, long last) throws SQLException {
        Map<Long, List<String>> emails = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT lead_id, item_key FROM lead_list_items WHERE list_name = 'email' AND lead_id BETWEEN ? AND ?")) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    emails.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return emails;
    }

    private static void write(Connection connection, List<Lead> leads, Map<Long, List<String>> emails) throws SQLException {
        try (PreparedStatement vocabulary = connection.prepareStatement(
                     "INSERT INTO search_terms (team_id, term) VALUES (?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement words = connection.prepareStatement("""
                     INSERT INTO lead_terms (lead_id, term, team_id, live, hidden, assigned_user_id, ownership_scope,
                                             ownership_id, stage_id, language)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT DO NOTHING""")) {
            for (Lead lead : leads) {
                for (String term : SearchTerms.of(lead.fullName, emails.getOrDefault(lead.id, List.of()))) {
                    vocabulary.setLong(1, lead.teamId);
                    vocabulary.setString(2, term);
                    vocabulary.addBatch();
                    words.setLong(1, lead.id);
                    words.setString(2, term);
                    words.setLong(3, lead.teamId);
                    words.setBoolean(4, lead.live);
                    words.setBoolean(5, lead.hidden);
                    words.setObject(6, lead.assignedUserId);
                    words.setString(7, lead.ownershipScope);
                    words.setObject(8, lead.ownershipId);
                    words.setObject(9, lead.stageId);
                    words.setString(10, lead.language);
                    words.addBatch();
                }
            }
            vocabulary.executeBatch();
            words.executeBatch();
        }
    }
}
