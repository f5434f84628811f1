package io.leadline.merges;

import io.leadline.leads.AlikeLead;
import io.leadline.leads.LeadDuplicates;
import io.leadline.search.Visibility;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code duplicate_leads} and {@code duplicate_sweeps}. A sweep marks the team's leads that hold an email or
 * phone another of its leads holds, each in the set named by the smallest lead id among the key's holders (a lead
 * sharing an email with one lead and a phone with another may join their sets); only live leads are marked. The total
 * counts the marks; a page reads them in set order and keeps, of each set, the live leads the caller sees that share
 * a key with another of them now.
 */
@Repository
class DuplicateSets {

    /** One lead of a set. */
    record Member(long leadId, String firstName, @Nullable String lastName, OffsetDateTime createdAt) {}

    /** Leads sharing emails or phones ({@code keys}: "email" or "phone" to the values as the search compares them). */
    record DuplicateSet(long setId, Map<String, List<String>> keys, List<Member> leads) {}

    /** A page of sets and the last set id it read (the next page starts after it; null when there is no more). */
    record Page(List<DuplicateSet> sets, @Nullable Long next) {}

    static final String STRONG = "strong";
    static final String WEAK = "weak";
    /** How a weak set's leads are alike, as {@code matchedBy} says it (its values are not shown). */
    static final String NAME_AND_ADDRESS = "name and address";

    /** The weaker likeness, as one value: the name and the street address, compared without case. */
    private static final String WEAK_KEY = LeadDuplicates.NAME_AND_STREET_OF_L;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final LeadDuplicates likeness;

    DuplicateSets(JdbcClient jdbc, NamedParameterJdbcTemplate namedJdbc, LeadDuplicates likeness) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.likeness = likeness;
    }

    /** Marks the team's sharing leads anew: one pass over the team's keys in their index, one over its live leads. */
    void sweep(long teamId, OffsetDateTime at) {
        jdbc.sql("DELETE FROM duplicate_leads WHERE team_id = :teamId").param("teamId", teamId).update();
        jdbc.sql("""
                        INSERT INTO duplicate_leads (team_id, signal, set_id, lead_id, assigned_user_id, hidden,
                                                     ownership_scope, ownership_id)
                        SELECT DISTINCT l.team_id, 'strong', shared.first_lead, l.id, l.assigned_user_id, l.hidden,
                                        l.ownership_scope, l.ownership_id
                        FROM (SELECT list_name, item_key, MIN(lead_id) AS first_lead FROM lead_list_items
                              WHERE team_id = :teamId AND list_name IN ('email', 'phone')
                              GROUP BY list_name, item_key HAVING COUNT(DISTINCT lead_id) > 1) shared
                        JOIN lead_list_items i ON i.team_id = :teamId AND i.list_name = shared.list_name
                                              AND i.item_key = shared.item_key
                        """ + Visibility.joinLiveLead("i.lead_id"))
                .param("teamId", teamId).update();
        List<AlikeLead> alike = likeness.alikeByNameAndStreet(teamId);
        if (!alike.isEmpty()) {
            namedJdbc.batchUpdate("""
                            INSERT INTO duplicate_leads (team_id, signal, set_id, lead_id, assigned_user_id, hidden,
                                                         ownership_scope, ownership_id)
                            VALUES (:teamId, 'weak', :setId, :leadId, :assignedUserId, :hidden, :ownershipScope, :ownershipId)""",
                    alike.stream().map(lead -> new MapSqlParameterSource("teamId", teamId).addValue("setId", lead.firstLead())
                            .addValue("leadId", lead.leadId()).addValue("assignedUserId", lead.assignedUserId())
                            .addValue("hidden", lead.hidden()).addValue("ownershipScope", lead.ownershipScope())
                            .addValue("ownershipId", lead.ownershipId())).toArray(SqlParameterSource[]::new));
        }
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

    /**
     * How many of the last sweep's sets hold two or more leads the caller sees, by the marks' own copies of the columns
     * visibility reads (a lead reassigned since counts as it was until the next sweep).
     */
    long total(Caller caller, String signal) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT l.set_id FROM duplicate_leads l WHERE l.team_id = :teamId"
                        + " AND l.signal = :signal AND " + visible.sql() + " GROUP BY l.set_id HAVING COUNT(*) > 1) sets")
                .params(visible.params()).param("teamId", caller.teamId()).param("signal", signal)
                .query(Long.class).single();
    }

    /**
     * Up to {@code limit} sets of a signal after the set {@code after} (from the first: null), each as its leads, live
     * and visible to the caller, are alike now.
     */
    Page page(Caller caller, String signal, @Nullable Long after, int limit) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        List<Long> setIds = jdbc.sql("SELECT d.set_id FROM duplicate_leads d" + Visibility.joinLiveLead("d.lead_id")
                        + " WHERE d.team_id = :teamId AND d.signal = :signal AND d.set_id > :after AND " + visible.sql()
                        + " GROUP BY d.set_id HAVING COUNT(*) > 1 ORDER BY d.set_id FETCH FIRST :limit ROWS ONLY")
                .params(visible.params()).param("teamId", caller.teamId()).param("signal", signal)
                .param("after", after == null ? 0L : after).param("limit", limit)
                .query(Long.class).list();
        if (setIds.isEmpty()) {
            return new Page(List.of(), null);
        }
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        Map<Long, Map<String, Set<String>>> keysOfLead = new HashMap<>();
        jdbc.sql("SELECT d.set_id, l.id, l.first_name, l.last_name, l.created_at, " + WEAK_KEY + " AS weak_key,"
                        + " l.zip_code, LOWER(l.city) AS city FROM duplicate_leads d" + Visibility.joinLiveLead("d.lead_id")
                        + " WHERE d.team_id = :teamId AND d.signal = :signal AND d.set_id IN (:setIds) AND " + visible.sql()
                        + " ORDER BY d.set_id, l.created_at, l.id")
                .params(visible.params()).param("teamId", caller.teamId()).param("signal", signal).param("setIds", setIds)
                .query(rs -> {
                    long leadId = rs.getLong("id");
                    members.computeIfAbsent(rs.getLong("set_id"), id -> new ArrayList<>()).add(new Member(leadId,
                            rs.getString("first_name"), rs.getString("last_name"),
                            rs.getObject("created_at", OffsetDateTime.class)));
                    if (rs.getString("weak_key") != null) {
                        keysOfLead.put(leadId, weakKeys(rs.getString("weak_key"), rs.getString("zip_code"),
                                rs.getString("city")));
                    }
                });
        if (signal.equals(STRONG)) {
            keysOfLead.clear();
            keysOfLead.putAll(keys(caller.teamId(),
                    members.values().stream().flatMap(List::stream).map(Member::leadId).distinct().toList()));
        }
        List<DuplicateSet> sets = new ArrayList<>();
        members.forEach((setId, leads) -> sharedNow(setId, leads, keysOfLead).ifPresent(sets::add));
        return new Page(sets, setIds.size() < limit ? null : setIds.getLast());
    }

    /**
     * A lead's weaker likeness as keys shared the same way emails are: its name and street with its zip, and with its
     * city — two leads are alike when they share either.
     */
    private static Map<String, Set<String>> weakKeys(String nameAndStreet, @Nullable String zip, @Nullable String city) {
        Set<String> keys = new TreeSet<>();
        if (zip != null && !zip.isBlank()) {
            keys.add(nameAndStreet + "|zip " + zip.trim());
        }
        if (city != null && !city.isBlank()) {
            keys.add(nameAndStreet + "|city " + city.trim());
        }
        return Map.of(NAME_AND_ADDRESS, keys);
    }

    /** The set as its leads share keys now: only leads holding a key another of them holds; none when under two. */
    private static Optional<DuplicateSet> sharedNow(long setId, List<Member> leads, Map<Long, Map<String, Set<String>>> keysOfLead) {
        Map<String, Map<String, Integer>> holders = new TreeMap<>();
        for (Member lead : leads) {
            keysOfLead.getOrDefault(lead.leadId(), Map.of()).forEach((list, keys) -> keys.forEach(
                    key -> holders.computeIfAbsent(list, l -> new TreeMap<>()).merge(key, 1, Integer::sum)));
        }
        Map<String, List<String>> shared = new TreeMap<>();
        holders.forEach((list, counts) -> counts.forEach((key, count) -> {
            if (count > 1) {
                shared.computeIfAbsent(list, l -> new ArrayList<>()).add(key);
            }
        }));
        List<Member> sharing = leads.stream().filter(lead -> keysOfLead.getOrDefault(lead.leadId(), Map.of()).entrySet()
                .stream().anyMatch(held -> held.getValue().stream()
                        .anyMatch(key -> shared.getOrDefault(held.getKey(), List.of()).contains(key)))).toList();
        return sharing.size() < 2 ? Optional.empty() : Optional.of(new DuplicateSet(setId, shared, sharing));
    }

    /** Each lead's emails and phones, as the search compares them. */
    private Map<Long, Map<String, Set<String>>> keys(long teamId, List<Long> leadIds) {
        Map<Long, Map<String, Set<String>>> keys = new HashMap<>();
        jdbc.sql("""
                        SELECT lead_id, list_name, item_key FROM lead_list_items
                        WHERE team_id = :teamId AND lead_id IN (:leadIds) AND list_name IN ('email', 'phone')""")
                .param("teamId", teamId).param("leadIds", leadIds)
                .query(rs -> {
                    keys.computeIfAbsent(rs.getLong("lead_id"), id -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("list_name"), list -> new TreeSet<>()).add(rs.getString("item_key"));
                });
        return keys;
    }
}
