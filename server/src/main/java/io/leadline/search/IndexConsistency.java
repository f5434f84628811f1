package io.leadline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a team's search index from its leads, in memory, and lists where what is stored differs (LL-18): the
 * list totals (lead_counts with their pending deltas), each tag row's copied lead columns and tag mask, each lead's
 * word rows (the words of its name and emails, with the copied columns) and the vocabulary they need. One snapshot
 * (repeatable read), so writes committing meanwhile never show as differences. Used after every test class that
 * writes leads, and by the operator's {@code admin check-index}.
 */
@Service
public class IndexConsistency {

    private static final String COPIED_DIFFER = """
            (x.team_id <> l.team_id OR x.live <> (l.trashed_at IS NULL) OR x.hidden <> l.hidden
             OR x.assigned_user_id IS DISTINCT FROM l.assigned_user_id OR x.ownership_scope <> l.ownership_scope
             OR x.ownership_id IS DISTINCT FROM l.ownership_id OR x.stage_id IS DISTINCT FROM l.stage_id
             OR x.language IS DISTINCT FROM l.language)""";

    /** The copied columns, each read from the row's lead (a correlated subquery both databases run). */
    private static final String COPY_FROM_LEAD = String.join(", ", List.of(
            "team_id = (SELECT l.team_id FROM leads l WHERE l.id = lead_id)",
            "live = (SELECT l.trashed_at IS NULL FROM leads l WHERE l.id = lead_id)",
            "hidden = (SELECT l.hidden FROM leads l WHERE l.id = lead_id)",
            "assigned_user_id = (SELECT l.assigned_user_id FROM leads l WHERE l.id = lead_id)",
            "ownership_scope = (SELECT l.ownership_scope FROM leads l WHERE l.id = lead_id)",
            "ownership_id = (SELECT l.ownership_id FROM leads l WHERE l.id = lead_id)",
            "stage_id = (SELECT l.stage_id FROM leads l WHERE l.id = lead_id)",
            "language = (SELECT l.language FROM leads l WHERE l.id = lead_id)"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    IndexConsistency(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Every difference found, one line each; empty when the index is what the leads say it should be. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<String> differences(long teamId) {
        List<String> found = new ArrayList<>();
        totals(teamId, found);
        copiedColumns(teamId, "lead_tags", found);
        copiedColumns(teamId, "lead_terms", found);
        tagMasks(teamId, found);
        words(teamId, found);
        return found;
    }

    /**
     * Writes the team's index afresh from its leads: totals, tag rows' copied columns and masks, word rows and the
     * vocabulary. For an operator repairing what {@link #differences} found; lead writes to the team must be stopped
     * meanwhile (they would be counted twice or not at all). Holds the compactor's lock so no fold runs across it.
     */
    @Transactional
    public void rebuild(long teamId) {
        jdbc.sql("SELECT id FROM lead_count_compactor WHERE id = 1 FOR UPDATE").query(Integer.class).list();
        jdbc.sql("DELETE FROM lead_count_deltas WHERE team_id = :teamId").param("teamId", teamId).update();
        jdbc.sql("DELETE FROM lead_counts WHERE team_id = :teamId").param("teamId", teamId).update();
        jdbc.sql("""
                        INSERT INTO lead_counts (team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id,
                                                 lead_count)
                        SELECT team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, COUNT(*)
                          FROM leads WHERE team_id = :teamId AND trashed_at IS NULL
                         GROUP BY team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id
                        """)
                .param("teamId", teamId)
                .update();
        for (String table : List.of("lead_tags", "lead_terms")) {
            jdbc.sql("UPDATE " + table + " SET " + COPY_FROM_LEAD + " WHERE lead_id IN (SELECT id FROM leads WHERE team_id = :teamId)")
                    .param("teamId", teamId)
                    .update();
        }
        jdbc.sql("UPDATE lead_tags SET tag_mask = " + LeadIndex.maskOf("lead_tags.lead_id")
                        + " WHERE lead_id IN (SELECT id FROM leads WHERE team_id = :teamId)")
                .param("teamId", teamId)
                .update();
        rebuildWords(teamId);
    }

    /** Page by page (by lead id), each page's words in two batches, so a large team is neither held in memory nor sent row by row. */
    private void rebuildWords(long teamId) {
        jdbc.sql("DELETE FROM lead_terms WHERE lead_id IN (SELECT id FROM leads WHERE team_id = :teamId)")
                .param("teamId", teamId)
                .update();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Map.Entry<Long, String>> page = jdbc.sql("""
                            SELECT id, first_name, last_name FROM leads WHERE team_id = :teamId AND id > :after
                             ORDER BY id FETCH FIRST 5000 ROWS ONLY
                            """)
                    .param("teamId", teamId)
                    .param("after", after)
                    .query((rs, row) -> Map.entry(rs.getLong("id"), SearchTerms.fullName(rs.getString("first_name"),
                            rs.getString("last_name"))))
                    .list();
            if (page.isEmpty()) {
                return;
            }
            after = page.getLast().getKey();
            Map<Long, List<String>> emails = emailKeys(teamId, page.getFirst().getKey(), after);
            List<MapSqlParameterSource> rows = new ArrayList<>();
            for (Map.Entry<Long, String> lead : page) {
                for (String term : SearchTerms.of(lead.getValue(), emails.getOrDefault(lead.getKey(), List.of()))) {
                    rows.add(new MapSqlParameterSource("teamId", teamId).addValue("leadId", lead.getKey()).addValue("term", term));
                }
            }
            SqlParameterSource[] batch = rows.toArray(SqlParameterSource[]::new);
            batches.batchUpdate("INSERT INTO search_terms (team_id, term) VALUES (:teamId, :term) ON CONFLICT DO NOTHING", batch);
            batches.batchUpdate("""
                    INSERT INTO lead_terms (lead_id, term, team_id, live, hidden, assigned_user_id, ownership_scope,
                                            ownership_id, stage_id, language)
                    SELECT l.id, :term, l.team_id, l.trashed_at IS NULL, l.hidden, l.assigned_user_id, l.ownership_scope,
                           l.ownership_id, l.stage_id, l.language
                      FROM leads l WHERE l.id = :leadId
                    """, batch);
        }
    }

    private Map<Long, List<String>> emailKeys(long teamId) {
        return emailKeys(teamId, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private Map<Long, List<String>> emailKeys(long teamId, long fromLead, long toLead) {
        Map<Long, List<String>> emails = new HashMap<>();
        jdbc.sql("""
                        SELECT i.lead_id, i.item_key FROM lead_list_items i JOIN leads l ON l.id = i.lead_id
                         WHERE l.team_id = :teamId AND i.list_name = 'email' AND i.lead_id BETWEEN :fromLead AND :toLead
                        """)
                .param("teamId", teamId)
                .param("fromLead", fromLead)
                .param("toLead", toLead)
                .query(rs -> {
                    emails.computeIfAbsent(rs.getLong("lead_id"), id -> new ArrayList<>()).add(rs.getString("item_key"));
                });
        return emails;
    }

    private void totals(long teamId, List<String> found) {
        Map<String, Long> expected = new HashMap<>();
        jdbc.sql("""
                        SELECT stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, COUNT(*) AS n
                          FROM leads WHERE team_id = :teamId AND trashed_at IS NULL
                         GROUP BY stage_id, assigned_user_id, hidden, ownership_scope, ownership_id
                        """)
                .param("teamId", teamId)
                .query(rs -> {
                    expected.put(countKey(rs), rs.getLong("n"));
                });
        Map<String, Long> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, SUM(n) AS n FROM (
                            SELECT stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, lead_count AS n
                              FROM lead_counts WHERE team_id = :teamId
                            UNION ALL
                            SELECT stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, delta AS n
                              FROM lead_count_deltas WHERE team_id = :teamId) t
                         GROUP BY stage_id, assigned_user_id, hidden, ownership_scope, ownership_id
                        """)
                .param("teamId", teamId)
                .query(rs -> {
                    if (rs.getLong("n") != 0) {
                        stored.put(countKey(rs), rs.getLong("n"));
                    }
                });
        for (String key : new TreeSet<>(union(expected, stored))) {
            if (!Objects.equals(expected.get(key), stored.get(key))) {
                found.add("lead_counts " + key + ": stored " + stored.getOrDefault(key, 0L) + ", leads " + expected.getOrDefault(key, 0L));
            }
        }
    }

    private void copiedColumns(long teamId, String table, List<String> found) {
        jdbc.sql("SELECT x.lead_id FROM " + table + " x JOIN leads l ON l.id = x.lead_id WHERE l.team_id = :teamId AND "
                        + COPIED_DIFFER + " GROUP BY x.lead_id ORDER BY x.lead_id")
                .param("teamId", teamId)
                .query(Long.class)
                .list()
                .forEach(leadId -> found.add(table + " of lead " + leadId + ": copied lead columns differ from the lead"));
    }

    private void tagMasks(long teamId, List<String> found) {
        jdbc.sql("SELECT x.lead_id FROM lead_tags x JOIN leads l ON l.id = x.lead_id WHERE l.team_id = :teamId"
                        + " AND x.tag_mask <> " + LeadIndex.maskOf("x.lead_id") + " GROUP BY x.lead_id ORDER BY x.lead_id")
                .param("teamId", teamId)
                .query(Long.class)
                .list()
                .forEach(leadId -> found.add("lead_tags of lead " + leadId + ": tag_mask is not the sum of its tags' bits"));
    }

    private void words(long teamId, List<String> found) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, first_name, last_name FROM leads WHERE team_id = :teamId")
                .param("teamId", teamId)
                .query(rs -> {
                    names.put(rs.getLong("id"), SearchTerms.fullName(rs.getString("first_name"), rs.getString("last_name")));
                });
        Map<Long, List<String>> emails = emailKeys(teamId);
        Map<Long, SortedSet<String>> stored = new HashMap<>();
        jdbc.sql("SELECT x.lead_id, x.term FROM lead_terms x JOIN leads l ON l.id = x.lead_id WHERE l.team_id = :teamId")
                .param("teamId", teamId)
                .query(rs -> {
                    stored.computeIfAbsent(rs.getLong("lead_id"), id -> new TreeSet<>()).add(rs.getString("term"));
                });
        for (Map.Entry<Long, String> lead : names.entrySet()) {
            SortedSet<String> expected = SearchTerms.of(lead.getValue(), emails.getOrDefault(lead.getKey(), List.of()));
            SortedSet<String> actual = stored.getOrDefault(lead.getKey(), new TreeSet<>());
            if (!expected.equals(actual)) {
                found.add("lead_terms of lead " + lead.getKey() + ": stored " + actual + ", name and emails say " + expected);
            }
        }
        jdbc.sql("""
                        SELECT DISTINCT x.term FROM lead_terms x
                         WHERE x.team_id = :teamId
                           AND NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.team_id = x.team_id AND s.term = x.term)
                        """)
                .param("teamId", teamId)
                .query(String.class)
                .list()
                .forEach(term -> found.add("search_terms: '" + term + "' is a lead's word but not in the vocabulary"));
    }

    private static String countKey(java.sql.ResultSet rs) throws java.sql.SQLException {
        return "stage=" + rs.getObject("stage_id") + " assignee=" + rs.getObject("assigned_user_id") + " hidden="
                + rs.getBoolean("hidden") + " scope=" + rs.getString("ownership_scope") + " owner=" + rs.getObject("ownership_id");
    }

    private static java.util.Set<String> union(Map<String, Long> a, Map<String, Long> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
