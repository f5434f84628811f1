package io.leadline.search;

import io.leadline.web.Caller;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The statements that answer a lead list's exact total, and the tag sample that picks the rarest tag to count from,
 * each written out as a {@link SqlTemplate} (docs/search.md's decision table, the "total from" column). The page
 * statements and the filters both share are {@link LeadListSql}'s.
 */
final class LeadTotalSql {

    private LeadTotalSql() {}

    /** How many of the team's newest leads carry each tag ({@link #tagSample}). */
    private static final SqlTemplate TAG_SAMPLE_COUNTS = SqlTemplate.of("""
            SELECT lt.tag_id, COUNT(*)
            FROM (SELECT l.id FROM leads l{hint}
                  WHERE l.team_id = :teamId
                  ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC
                  FETCH FIRST {sample} ROWS ONLY) s
            JOIN lead_tags lt ON lt.lead_id = s.id AND lt.tag_id IN (:tagIds)
            GROUP BY lt.tag_id""");

    /** Total, path "ordered" with filters no narrower structure carries: the matching leads counted. */
    private static final SqlTemplate COUNT_OF_MATCHES = SqlTemplate.of("""
            SELECT COUNT(*) FROM {source} WHERE {filter}""");

    /**
     * Total of all of several tags: the rows of one tag (alias l, carrying the lead's filter columns) that pass the
     * filter — with the other tags' mask bits in it, or each other tag's rows joined ({@link #OTHER_TAG_JOINED}).
     */
    private static final SqlTemplate ALL_TAGS_COUNT = SqlTemplate.of("""
            SELECT COUNT(*) FROM lead_tags l{otherTagsJoined} WHERE {filter}""");

    private static final SqlTemplate OTHER_TAG_JOINED = SqlTemplate.of("""
            JOIN lead_tags {t} ON {t}.team_id = l.team_id AND {t}.tag_id = :allTag{i} AND {t}.lead_id = l.lead_id""");

    /** Whether a tag row's lead has (1) or has not (0) the tag of bit :param; MOD and division, which both have. */
    private static final SqlTemplate HAS_BIT = SqlTemplate.of("""
            MOD(l.tag_mask / :{param}, 2) = {has}""");

    /** Total of any of several tags, masked: per tag, its rows whose lead has none of the tags counted before it. */
    private static final SqlTemplate ANY_TAGS_SUMMED = SqlTemplate.of("""
            SELECT COALESCE(SUM(m.n), 0) FROM ({branches}) m""");

    private static final SqlTemplate ANY_TAG_BRANCH_COUNTED = SqlTemplate.of("""
            SELECT COUNT(*) AS n FROM lead_tags l WHERE {filter}""");

    /** Total of any of several tags, some without a bit: distinct leads over all their rows. */
    private static final SqlTemplate ANY_TAGS_DISTINCT = SqlTemplate.of("""
            SELECT COUNT(DISTINCT m.lead_id) FROM ({branches}) m""");

    private static final SqlTemplate ANY_TAG_BRANCH_LEADS = SqlTemplate.of("""
            SELECT l.lead_id FROM lead_tags l WHERE {filter}""");

    /** How many of the team's newest leads {@link #tagSample} looks at. */
    static final int TAG_SAMPLE = 1000;

    /**
     * How many of the team's newest leads carry each of these tags: which is rarest, to count all of several tags
     * from its rows (a count reads every row of the tag it starts from). On H2 it names the index to walk.
     */
    static LeadListSql.Fragment tagSample(long teamId, List<Long> tagIds, boolean h2) {
        return new LeadListSql.Fragment(TAG_SAMPLE_COUNTS.fill("hint", SqlTemplate.indexHint(h2, "leads_team_created_idx"),
                "sample", String.valueOf(TAG_SAMPLE)), Map.of("teamId", teamId, "tagIds", tagIds));
    }

    /**
     * The statement that answers the list's exact total: summed from lead_counts when the query filters only by what
     * leads are counted by (visibility, stage, assignee, owning office); counted from lead_tags alone when a tag filter
     * is combined only with columns its rows carry (V39); otherwise a count of the matching leads.
     */
    static LeadListSql.Fragment total(Caller caller, LeadQuery q, LeadListSql.Resolved r, LeadListSql.Fragment where) {
        if (countable(q, r)) {
            Map<String, Object> params = new HashMap<>();
            return new LeadListSql.Fragment(LeadCountRepository.totalSql(LeadListSql.and(LeadListSql.visibleAndCounted(caller, q, r, params))), params);
        }
        if (tagCountable(q, r)) {
            return tagTotal(caller, q, r);
        }
        if (wordCountable(q, r)) {
            return KeySql.total(caller, q, r);
        }
        return new LeadListSql.Fragment(COUNT_OF_MATCHES.fill("source", LeadListSql.from(q, r), "filter", where.sql()), where.params());
    }

    /** The live leads of the team, whoever may see them: what a walk in sort order reads through ({@link KeySql#walks}). */
    static LeadListSql.Fragment teamTotal(long teamId) {
        return new LeadListSql.Fragment(LeadCountRepository.totalSql("l.team_id = :teamId"), Map.of("teamId", teamId));
    }

    /**
     * The totals per stage id of the leads the query matches with any stage, summed from lead_counts; null when the
     * query filters by more than lead_counts counts by (then only counting the leads could answer).
     */
    static LeadListSql.@Nullable Fragment totalsByStage(Caller caller, LeadQuery anyStage, LeadListSql.Resolved r) {
        if (!countable(anyStage, r)) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        String where = LeadListSql.and(LeadListSql.visibleAndCounted(caller, anyStage, r, params));
        return new LeadListSql.Fragment(LeadCountRepository.totalsByStageSql(where), params);
    }

    /** Whether the query filters only by visibility, stage, assignee and owning office: what lead_counts counts by. */
    private static boolean countable(LeadQuery q, LeadListSql.Resolved r) {
        return onlyTagRowColumns(q, r) && r.allTagIds().isEmpty() && r.anyTagIds().isEmpty() && q.languages().isEmpty();
    }

    /** One kind of tag filter (all or any), otherwise only columns a tag row carries. */
    private static boolean tagCountable(LeadQuery q, LeadListSql.Resolved r) {
        return onlyTagRowColumns(q, r) && r.allTagIds().isEmpty() != r.anyTagIds().isEmpty();
    }

    /** A key that is one word, otherwise only columns a word row carries. */
    static boolean wordCountable(LeadQuery q, LeadListSql.Resolved r) {
        return KeySql.isOneWord(q.key()) && onlyCarriedColumns(q, r)
                && r.allTagIds().isEmpty() && r.anyTagIds().isEmpty();
    }

    private static boolean onlyTagRowColumns(LeadQuery q, LeadListSql.Resolved r) {
        return onlyCarriedColumns(q, r) && q.key() == null;
    }

    /** No filter but those on the columns tag and word rows carry (and tags and the key themselves). */
    static boolean onlyCarriedColumns(LeadQuery q, LeadListSql.Resolved r) {
        return r.sourceId() == null && q.phone() == null && q.email() == null && q.contacted() == null
                && q.created() == null && q.lastContact() == null
                && q.groups().isEmpty() && q.segments().isEmpty() && q.roleAssigneeFilters().isEmpty();
    }

    /**
     * Counts tag rows (alias {@code l}, which carry the lead's visibility and filter columns and tag mask, V39/V44).
     * All of several tags: the rows of one tag (the first without a bit, else the first, which {@link LeadSearch}
     * makes the rarest) whose mask has the bits of the others (else a join of each other tag's rows). Any of several:
     * per tag, the rows whose lead has none of the tags counted before it (else distinct leads over all their rows).
     * The masks are kept because they pay at a million leads: team-wide totals 1.7-26x faster than the join or
     * distinct form ({@code bench/run tag-masks}, figures in docs/search.md).
     */
    private static LeadListSql.Fragment tagTotal(Caller caller, LeadQuery q, LeadListSql.Resolved r) {
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = LeadListSql.visibleAndCounted(caller, q, r, params);
        clauses.add("l.live = TRUE");
        LeadListSql.languages(clauses, params, q);
        if (!r.anyTagIds().isEmpty()) {
            return anyTagTotal(clauses, params, r);
        }
        List<Long> tags = r.allTagIds().stream().sorted(Comparator.comparing(r.tagBits()::containsKey)).toList();
        clauses.add("l.tag_id = :allTag0");
        params.put("allTag0", tags.getFirst());
        boolean masked = tags.stream().skip(1).allMatch(r.tagBits()::containsKey);
        StringBuilder joined = new StringBuilder();
        for (int i = 1; i < tags.size(); i++) {
            if (masked) {
                clauses.add(hasBit("allBit" + i, true));
                params.put("allBit" + i, r.tagBits().get(tags.get(i)));
                continue;
            }
            joined.append(' ').append(OTHER_TAG_JOINED.fill("t", "t" + i, "i", String.valueOf(i)));
            params.put("allTag" + i, tags.get(i));
        }
        return new LeadListSql.Fragment(ALL_TAGS_COUNT.fill("otherTagsJoined", joined.toString(), "filter", LeadListSql.and(clauses)), params);
    }

    private static String hasBit(String param, boolean has) {
        return HAS_BIT.fill("param", param, "has", has ? "1" : "0");
    }

    /**
     * One equality branch per tag: each branch is a range of the (team, tag, …) index, where an IN list over the tag
     * column is one range on PostgreSQL but makes H2 read every tag row of the team. With bits for every tag but the
     * last, a branch counts only the rows whose lead has none of the earlier tags, and the counts add up.
     */
    private static LeadListSql.Fragment anyTagTotal(List<String> clauses, Map<String, Object> params, LeadListSql.Resolved r) {
        List<Long> tags = r.anyTagIds().stream().sorted(Comparator.comparing(id -> !r.tagBits().containsKey(id))).toList();
        boolean masked = tags.stream().limit(tags.size() - 1).allMatch(r.tagBits()::containsKey);
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            List<String> branch = new ArrayList<>(clauses);
            branch.add("l.tag_id = :anyTag" + i);
            params.put("anyTag" + i, tags.get(i));
            for (int earlier = 0; masked && earlier < i; earlier++) {
                branch.add(hasBit("anyBit" + earlier, false));
                params.put("anyBit" + earlier, r.tagBits().get(tags.get(earlier)));
            }
            branches.add((masked ? ANY_TAG_BRANCH_COUNTED : ANY_TAG_BRANCH_LEADS).fill("filter", LeadListSql.and(branch)));
        }
        if (branches.size() == 1) {
            return new LeadListSql.Fragment(branches.getFirst(), params);
        }
        String union = String.join(" UNION ALL ", branches);
        return new LeadListSql.Fragment((masked ? ANY_TAGS_SUMMED : ANY_TAGS_DISTINCT).fill("branches", union), params);
    }
}
