package io.leadline.merges;

import io.leadline.search.Visibility;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code duplicate_leads} and {@code duplicate_sweeps}: the leads a sweep found sharing an email or phone, and
 * the sets read from them, each a key two or more live leads the caller sees hold now.
 */
@Repository
class DuplicateSets {

    /** One lead of a set. */
    record Member(long leadId, String firstName, @Nullable String lastName, OffsetDateTime createdAt) {}

    /** Leads sharing one email or phone ({@code list}: "email" or "phone"; {@code key}: as the search compares it). */
    record DuplicateSet(String list, String key, List<Member> leads) {}

    /** The marked leads' email and phone rows, joined to their live leads the caller sees. */
    private static final String MARKED_KEYS = """
            FROM duplicate_leads d
            JOIN lead_list_items i ON i.lead_id = d.lead_id AND i.list_name IN ('email', 'phone')
            """;

    private final JdbcClient jdbc;

    DuplicateSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks anew the team's leads holding an email or phone that another of its leads (live or trashed) holds: one
     * pass over the team's keys in their index.
     */
    void sweep(long teamId, OffsetDateTime at) {
        jdbc.sql("DELETE FROM duplicate_leads WHERE team_id = :teamId").param("teamId", teamId).update();
        jdbc.sql("""
                        INSERT INTO duplicate_leads (team_id, lead_id)
                        SELECT DISTINCT i.team_id, i.lead_id FROM lead_list_items i
                        JOIN (SELECT list_name, item_key FROM lead_list_items
                              WHERE team_id = :teamId AND list_name IN ('email', 'phone')
                              GROUP BY list_name, item_key HAVING COUNT(DISTINCT lead_id) > 1) shared
                          ON shared.list_name = i.list_name AND shared.item_key = i.item_key
                        WHERE i.team_id = :teamId""")
                .param("teamId", teamId).update();
        if (jdbc.sql("UPDATE duplicate_sweeps SET swept_at = :at WHERE team_id = :teamId")
                .param("at", at).param("teamId", teamId).update() == 0) {
            jdbc.sql("INSERT INTO duplicate_sweeps (team_id, swept_at) VALUES (:teamId, :at) ON CONFLICT DO NOTHING")
                    .param("teamId", teamId).param("at", at).update();
        }
    }

    /** Teams never swept or last swept before {@code before}, at most {@code limit}. */
    List<Long> dueTeams(OffsetDateTime before, int limit) {
        return jdbc.sql("""
                        SELECT t.id FROM teams t LEFT JOIN duplicate_sweeps s ON s.team_id = t.id
                        WHERE s.swept_at IS NULL OR s.swept_at < :before
                        ORDER BY s.swept_at NULLS FIRST, t.id FETCH FIRST :limit ROWS ONLY""")
                .param("before", before).param("limit", limit).query(Long.class).list();
    }

    /** Takes the team's next sweep for this node: false when another node took it since {@code before}. */
    boolean claim(long teamId, OffsetDateTime now, OffsetDateTime before) {
        return jdbc.sql("UPDATE duplicate_sweeps SET swept_at = :now WHERE team_id = :teamId AND swept_at < :before")
                        .param("now", now).param("teamId", teamId).param("before", before).update() == 1
                || jdbc.sql("INSERT INTO duplicate_sweeps (team_id, swept_at) VALUES (:teamId, :now) ON CONFLICT DO NOTHING")
                        .param("teamId", teamId).param("now", now).update() == 1;
    }

    Optional<OffsetDateTime> sweptAt(long teamId) {
        return jdbc.sql("SELECT swept_at FROM duplicate_sweeps WHERE team_id = :teamId")
                .param("teamId", teamId).query(OffsetDateTime.class).optional();
    }

    /** How many sets the caller sees: keys two or more of the marked leads, live and visible to them, hold. */
    long total(Caller caller) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT i.list_name, i.item_key " + MARKED_KEYS
                        + Visibility.joinLiveLead("i.lead_id") + " WHERE d.team_id = :teamId AND " + visible.sql()
                        + " GROUP BY i.list_name, i.item_key HAVING COUNT(DISTINCT i.lead_id) > 1) sets")
                .params(visible.params()).param("teamId", caller.teamId())
                .query(Long.class).single();
    }

    /** A page of sets in key order, after the set ({@code afterList}, {@code afterKey}) when given. */
    List<DuplicateSet> page(Caller caller, @Nullable String afterList, @Nullable String afterKey, int limit) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        String after = afterList == null ? ""
                : " AND (i.list_name > :afterList OR (i.list_name = :afterList AND i.item_key > :afterKey))";
        MapSqlParameterSource params = new MapSqlParameterSource(visible.params()).addValue("teamId", caller.teamId())
                .addValue("afterList", afterList).addValue("afterKey", afterKey).addValue("limit", limit);
        String sets = "SELECT i.list_name, i.item_key " + MARKED_KEYS + Visibility.joinLiveLead("i.lead_id")
                + " WHERE d.team_id = :teamId AND " + visible.sql() + after
                + " GROUP BY i.list_name, i.item_key HAVING COUNT(DISTINCT i.lead_id) > 1"
                + " ORDER BY i.list_name, i.item_key FETCH FIRST :limit ROWS ONLY";
        Map<String, DuplicateSet> page = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT p.list_name, p.item_key, l.id, l.first_name, l.last_name, l.created_at FROM (" + sets
                        + ") p JOIN lead_list_items i ON i.team_id = :teamId AND i.list_name = p.list_name"
                        + " AND i.item_key = p.item_key" + Visibility.joinLiveLead("i.lead_id") + " WHERE " + visible.sql()
                        + " ORDER BY p.list_name, p.item_key, l.created_at, l.id")
                .paramSource(params)
                .query(rs -> {
                    String list = rs.getString("list_name");
                    String key = rs.getString("item_key");
                    page.computeIfAbsent(list + "\n" + key, k -> new DuplicateSet(list, key, new ArrayList<>())).leads()
                            .add(new Member(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                                    rs.getObject("created_at", OffsetDateTime.class)));
                });
        return List.copyOf(page.values());
    }
}
