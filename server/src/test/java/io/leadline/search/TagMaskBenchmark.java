package io.leadline.search;

import io.leadline.testing.Latencies;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the tag masks (V44/V45) earn their keep (LL-18), run by {@code bench/run tag-masks} on the database
 * {@code bench/run generate} made: the allTags and anyTags totals {@code GET /v1.0/leads} runs, once with the masks
 * (one tag's rows, the others' bits tested on each) and once as it runs for tags without a bit (a join per other tag;
 * distinct leads over the tags' rows), for pairs of tags from common to rare, team-wide and with an assignee filter.
 * Both forms must give the same count; prints p50/p95 of each. Asserts nothing but that equality.
 */
public final class TagMaskBenchmark {

    private static final int RUNS = 21;

    private TagMaskBenchmark() {}

    record Tag(long id, long bit, long rows) {}

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/leadline_bench", "postgres", "")) {
            long team = single(db, "SELECT team_id FROM lead_tags GROUP BY team_id ORDER BY COUNT(*) DESC LIMIT 1");
            long agent = single(db, "SELECT assigned_user_id FROM leads WHERE team_id = " + team
                    + " AND assigned_user_id IS NOT NULL GROUP BY assigned_user_id ORDER BY COUNT(*) DESC LIMIT 1");
            List<Tag> tags = tagsWithBits(db, team);
            long leads = single(db, "SELECT COUNT(*) FROM leads WHERE team_id = " + team);
            System.out.printf("Tag totals with and without masks, PostgreSQL, team of %,d leads; %d tags with bits,"
                    + " %d runs each (p50 / p95 ms)%n", leads, tags.size(), RUNS);
            System.out.printf("%-46s %-9s %10s %18s %18s%n", "tags (rows each)", "filter", "total", "masked", "join / distinct");
            Map<String, List<Tag>> pairs = new LinkedHashMap<>();
            pairs.put("two most common", List.of(tags.get(1), tags.get(0)));
            pairs.put("common and mid", List.of(tags.get(tags.size() / 2), tags.get(0)));
            pairs.put("mid and rare", List.of(tags.getLast(), tags.get(tags.size() / 2)));
            pairs.put("three most common", List.of(tags.get(2), tags.get(1), tags.get(0)));
            for (var pair : pairs.entrySet()) {
                for (String filter : List.of("", " AND l.assigned_user_id = " + agent)) {
                    compare(db, team, "allTags " + pair.getKey(), pair.getValue(), filter, true);
                    compare(db, team, "anyTags " + pair.getKey(), pair.getValue(), filter, false);
                }
            }
        }
    }

    /** {@code tags}: the rarest first, as LeadSearch orders them for allTags. */
    private static void compare(Connection db, long team, String label, List<Tag> tags, String filter, boolean all)
            throws SQLException {
        String where = "l.team_id = " + team + " AND l.live = TRUE" + filter;
        String masked = all ? allMasked(where, tags) : anyMasked(where, tags);
        String plain = all ? allJoined(where, tags) : anyDistinct(where, tags);
        long[] maskedTimes = time(db, masked);
        long[] plainTimes = time(db, plain);
        long total = single(db, masked);
        if (total != single(db, plain)) {
            throw new IllegalStateException("The two forms disagree for " + label + filter);
        }
        String rows = tags.stream().map(t -> String.valueOf(t.rows())).reduce((a, b) -> a + "/" + b).orElse("");
        System.out.printf("%-46s %-9s %,10d %8.2f / %7.2f %8.2f / %7.2f%n", label + " (" + rows + ")",
                filter.isEmpty() ? "team" : "assignee", total,
                Latencies.percentile(maskedTimes, 50) / 1e6, Latencies.percentile(maskedTimes, 95) / 1e6,
                Latencies.percentile(plainTimes, 50) / 1e6, Latencies.percentile(plainTimes, 95) / 1e6);
    }

    private static String allMasked(String where, List<Tag> tags) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM lead_tags l WHERE " + where + " AND l.tag_id = " + tags.getFirst().id());
        tags.stream().skip(1).forEach(t -> sql.append(" AND MOD(l.tag_mask / ").append(t.bit()).append(", 2) = 1"));
        return sql.toString();
    }

    private static String allJoined(String where, List<Tag> tags) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM lead_tags l");
        for (int i = 1; i < tags.size(); i++) {
            sql.append(" JOIN lead_tags t").append(i).append(" ON t").append(i).append(".team_id = l.team_id AND t").append(i)
                    .append(".tag_id = ").append(tags.get(i).id()).append(" AND t").append(i).append(".lead_id = l.lead_id");
        }
        return sql + " WHERE " + where + " AND l.tag_id = " + tags.getFirst().id();
    }

    private static String anyMasked(String where, List<Tag> tags) {
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            StringBuilder branch = new StringBuilder("SELECT COUNT(*) AS n FROM lead_tags l WHERE " + where + " AND l.tag_id = " + tags.get(i).id());
            for (int earlier = 0; earlier < i; earlier++) {
                branch.append(" AND MOD(l.tag_mask / ").append(tags.get(earlier).bit()).append(", 2) = 0");
            }
            branches.add(branch.toString());
        }
        return "SELECT COALESCE(SUM(m.n), 0) FROM (" + String.join(" UNION ALL ", branches) + ") m";
    }

    private static String anyDistinct(String where, List<Tag> tags) {
        List<String> branches = tags.stream()
                .map(t -> "SELECT l.lead_id FROM lead_tags l WHERE " + where + " AND l.tag_id = " + t.id()).toList();
        return "SELECT COUNT(DISTINCT m.lead_id) FROM (" + String.join(" UNION ALL ", branches) + ") m";
    }

    private static long[] time(Connection db, String sql) throws SQLException {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            single(db, sql);
            times[i] = System.nanoTime() - started;
        }
        return times;
    }

    /** The team's tags that have a bit, the most used first. */
    private static List<Tag> tagsWithBits(Connection db, long team) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT t.id, t.tag_bit, COUNT(*) AS n FROM tags t JOIN lead_tags l ON l.tag_id = t.id
                 WHERE t.team_id = ? AND t.tag_bit IS NOT NULL GROUP BY t.id, t.tag_bit ORDER BY n DESC""")) {
            statement.setLong(1, team);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    tags.add(new Tag(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return tags;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
