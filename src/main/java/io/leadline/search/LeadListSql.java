package io.leadline.search;

import io.leadline.routing.RoleCatalog;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a lead list, one per shape of docs/search.md's decision table, each written out below as a
 * {@link SqlTemplate}; what a request decides (its filters, order, tags and words) fills their slots as conditions with
 * bound parameters. No text from the client ever becomes SQL (sort columns come from {@link LeadSort}). Visibility,
 * team scope and the trash filter come first. A time that leads may not have sorts them last in both directions
 * ({@link LeadSort#nullsLastBothWays}): ascending walks the (team_id, column, id) index, descending its newest-first
 * twin; elsewhere nulls sort high, as the one index orders them both ways.
 */
final class LeadListSql {

    private LeadListSql() {}

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

    /** The team's leads with an entry in a list (email, phone, segment, group) that satisfies a comparison. */
    private static final SqlTemplate LIST_ITEMS_MATCHING = SqlTemplate.of("""
            SELECT i.lead_id FROM lead_list_items i
            WHERE i.team_id = :teamId AND i.list_name = '{list}' AND {comparison}""");

    /** A list that starts from an exact email or phone ({@link #listStartedFrom}): the lookup's leads. */
    private static final SqlTemplate LOOKUP_JOINED = SqlTemplate.of("""
            (SELECT DISTINCT i.lead_id AS id FROM lead_list_items i
             WHERE i.team_id = :teamId AND i.list_name = '{list}' AND i.item_key = :{list}Key) list_matches
            JOIN leads l ON l.id = list_matches.id""");

    /** A list that starts from a key's matching leads ({@link KeySql#matches}). */
    private static final SqlTemplate KEY_MATCHES_JOINED = SqlTemplate.of("""
            ({matches}) key_matches JOIN leads l ON l.id = key_matches.id""");

    private static final SqlTemplate HAS_ROLE_HOLDER = SqlTemplate.of("""
            l.id IN (SELECT a.lead_id FROM lead_role_assignees a WHERE a.role_id = {roleId} AND a.user_id IN (:{ids}))""");

    /**
     * Page, paths "ordered" and "walked" over the plain leads: the team's leads in sort order through the sort index
     * (named on H2), the filters tested per lead, stopping after one page.
     */
    private static final SqlTemplate PAGE_IN_SORT_ORDER = SqlTemplate.of("""
            SELECT l.id, {sortColumn} AS sort_value
            FROM leads l{hint}
            WHERE {filter} AND ({after})
            ORDER BY {order}
            OFFSET :pageOffset ROWS FETCH NEXT :pageLimit ROWS ONLY""");

    /**
     * Page, paths "ordered" and "counted" over a lookup's or a key's matches: every match read, then sorted (ordered
     * only outside: with an ORDER BY on the join itself, H2 walks the whole team in order and probes the matches);
     * "counted" adds the count of them all to each row.
     */
    private static final SqlTemplate PAGE_OF_MATCHES = SqlTemplate.of("""
            SELECT p.id, p.sort_value{totalColumn}
            FROM (SELECT l.id, {sortColumn} AS sort_value FROM {source}{hint} WHERE {filter} AND ({after})) p
            ORDER BY p.sort_value{direction}{nulls}, p.id{direction}
            OFFSET :pageOffset ROWS FETCH NEXT :pageLimit ROWS ONLY""");

    /**
     * Names resolved to ids before the query; {@code matchesNothing} when a named stage, source or tag does not exist.
     * {@code keyWords}: for each run of the key ({@link SearchTerms}), the team's words that contain it, or empty when
     * they were not looked up (a run matched more than {@link KeySql#KEY_WORDS_MAX}), and the query joins the vocabulary.
     * {@code tagBits}: the mask bit of each filtered tag that has one (V44).
     */
    record Resolved(
            boolean matchesNothing,
            @Nullable Long stageId,
            @Nullable Integer sourceId,
            List<Long> allTagIds,
            List<Long> anyTagIds,
            List<Long> officeIds,
            List<List<String>> keyWords,
            Map<Long, Long> tagBits,
            @Nullable List<Long> keyPhoneLeads) {

        Resolved(boolean matchesNothing, @Nullable Long stageId, @Nullable Integer sourceId, List<Long> allTagIds,
                 List<Long> anyTagIds, List<Long> officeIds) {
            this(matchesNothing, stageId, sourceId, allTagIds, anyTagIds, officeIds, List.of(), Map.of(), null);
        }
    }

    /** How many of the team's newest leads {@link #tagSample} looks at. */
    static final int TAG_SAMPLE = 1000;

    /**
     * How many of the team's newest leads carry each of these tags: which is rarest, to count all of several tags
     * from its rows (a count reads every row of the tag it starts from). On H2 it names the index to walk.
     */
    static Fragment tagSample(long teamId, List<Long> tagIds, boolean h2) {
        return new Fragment(TAG_SAMPLE_COUNTS.fill("hint", SqlTemplate.indexHint(h2, "leads_team_created_idx"),
                "sample", String.valueOf(TAG_SAMPLE)), Map.of("teamId", teamId, "tagIds", tagIds));
    }

    record Fragment(String sql, Map<String, Object> params) {}

    static final Fragment FROM_THE_START = new Fragment("1 = 1", Map.of());

    static Fragment where(Caller caller, LeadQuery q, Resolved r) {
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = visibleAndCounted(caller, q, r, params);
        clauses.add("l.trashed_at IS NULL");
        params.put("teamId", caller.teamId());
        if (r.sourceId() != null) {
            clauses.add("l.source_id = :sourceId");
            params.put("sourceId", r.sourceId());
        }
        if (q.contacted() != null) {
            clauses.add(q.contacted() ? "l.last_contact_at IS NOT NULL" : "l.last_contact_at IS NULL");
        }
        languages(clauses, params, q);
        listFilter(clauses, params, q, "email", q.email(), q.precise());
        listFilter(clauses, params, q, "phone", q.phone(), q.precise());
        anyOfList(clauses, params, "segment", q.segments());
        anyOfList(clauses, params, "group", q.groups());
        for (int i = 0; i < r.allTagIds().size(); i++) {
            clauses.add("EXISTS (SELECT 1 FROM lead_tags lt WHERE lt.lead_id = l.id AND lt.tag_id = :allTag" + i + ")");
            params.put("allTag" + i, r.allTagIds().get(i));
        }
        if (!r.anyTagIds().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM lead_tags lt WHERE lt.lead_id = l.id AND lt.tag_id IN (:anyTags))");
            params.put("anyTags", r.anyTagIds());
        }
        roleFilters(clauses, params, q.roleAssigneeFilters());
        KeySql.params(params, q.key());
        KeySql.resolvedParams(params, r);
        if (KeySql.testsCandidates(q.key())) {
            clauses.add(KeySql.tested(q.key()).sql());
        }
        return new Fragment(and(clauses), params);
    }

    /**
     * The statement that answers the list's exact total: summed from lead_counts when the query filters only by what
     * leads are counted by (visibility, stage, assignee, owning office); counted from lead_tags alone when a tag filter
     * is combined only with columns its rows carry (V39); otherwise a count of the matching leads.
     */
    static Fragment total(Caller caller, LeadQuery q, Resolved r, Fragment where) {
        if (countable(q, r)) {
            Map<String, Object> params = new HashMap<>();
            return new Fragment(LeadCountRepository.totalSql(and(visibleAndCounted(caller, q, r, params))), params);
        }
        if (tagCountable(q, r)) {
            return tagTotal(caller, q, r);
        }
        if (wordCountable(q, r)) {
            return KeySql.total(caller, q, r);
        }
        return new Fragment(COUNT_OF_MATCHES.fill("source", from(q, r), "filter", where.sql()), where.params());
    }

    /** The live leads of the team, whoever may see them: what a walk in sort order reads through ({@link KeySql#walks}). */
    static Fragment teamTotal(long teamId) {
        return new Fragment(LeadCountRepository.totalSql("l.team_id = :teamId"), Map.of("teamId", teamId));
    }

    /** Whether the query filters only by visibility, stage, assignee and owning office: what lead_counts counts by. */
    private static boolean countable(LeadQuery q, Resolved r) {
        return onlyTagRowColumns(q, r) && r.allTagIds().isEmpty() && r.anyTagIds().isEmpty() && q.languages().isEmpty();
    }

    /** One kind of tag filter (all or any), otherwise only columns a tag row carries. */
    private static boolean tagCountable(LeadQuery q, Resolved r) {
        return onlyTagRowColumns(q, r) && r.allTagIds().isEmpty() != r.anyTagIds().isEmpty();
    }

    /** A key that is one word, otherwise only columns a word row carries. */
    private static boolean wordCountable(LeadQuery q, Resolved r) {
        return KeySql.isOneWord(q.key()) && onlyCarriedColumns(q, r)
                && r.allTagIds().isEmpty() && r.anyTagIds().isEmpty();
    }

    private static boolean onlyTagRowColumns(LeadQuery q, Resolved r) {
        return onlyCarriedColumns(q, r) && q.key() == null;
    }

    /** No filter but those on the columns tag and word rows carry (and tags and the key themselves). */
    private static boolean onlyCarriedColumns(LeadQuery q, Resolved r) {
        return r.sourceId() == null && q.phone() == null && q.email() == null && q.contacted() == null
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
    private static Fragment tagTotal(Caller caller, LeadQuery q, Resolved r) {
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = visibleAndCounted(caller, q, r, params);
        clauses.add("l.live = TRUE");
        languages(clauses, params, q);
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
        return new Fragment(ALL_TAGS_COUNT.fill("otherTagsJoined", joined.toString(), "filter", and(clauses)), params);
    }

    private static String hasBit(String param, boolean has) {
        return HAS_BIT.fill("param", param, "has", has ? "1" : "0");
    }

    /**
     * One equality branch per tag: each branch is a range of the (team, tag, …) index, where an IN list over the tag
     * column is one range on PostgreSQL but makes H2 read every tag row of the team. With bits for every tag but the
     * last, a branch counts only the rows whose lead has none of the earlier tags, and the counts add up.
     */
    private static Fragment anyTagTotal(List<String> clauses, Map<String, Object> params, Resolved r) {
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
            branches.add((masked ? ANY_TAG_BRANCH_COUNTED : ANY_TAG_BRANCH_LEADS).fill("filter", and(branch)));
        }
        if (branches.size() == 1) {
            return new Fragment(branches.getFirst(), params);
        }
        String union = String.join(" UNION ALL ", branches);
        return new Fragment((masked ? ANY_TAGS_SUMMED : ANY_TAGS_DISTINCT).fill("branches", union), params);
    }

    static void languages(List<String> clauses, Map<String, Object> params, LeadQuery q) {
        if (!q.languages().isEmpty()) {
            clauses.add("l.language IN (:languages)");
            params.put("languages", q.languages());
        }
    }

    static String and(List<String> clauses) {
        return String.join(" AND ", clauses.stream().map(c -> "(" + c + ")").toList());
    }

    /**
     * Visibility and the filters lead_counts counts by (stage, assignee, owning office), over alias {@code l} with the
     * lead column names, which leads, lead_counts and lead_tags all have; adds their values to {@code params}.
     */
    static List<String> visibleAndCounted(Caller caller, LeadQuery q, Resolved r, Map<String, Object> params) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        List<String> clauses = new ArrayList<>(List.of(visible.sql()));
        params.putAll(visible.params());
        if (r.stageId() != null) {
            clauses.add("l.stage_id = :stageId");
            params.put("stageId", r.stageId());
        }
        if (q.assignedUserId() != null) {
            clauses.add("l.assigned_user_id = :assignedUserId");
            params.put("assignedUserId", q.assignedUserId());
        }
        if (!r.officeIds().isEmpty()) {
            clauses.add("l.ownership_scope = 'OFFICE' AND l.ownership_id IN (:officeIds)");
            params.put("officeIds", r.officeIds());
        }
        return clauses;
    }

    /** Exact (preciseSearchFlag=true) or substring match on the normalised email or phone. */
    private static void listFilter(List<String> clauses, Map<String, Object> params, LeadQuery q, String list,
                                   @Nullable String value, boolean precise) {
        if (value == null) {
            return;
        }
        String key = SearchKeys.of(list, value);
        if (key.isEmpty()) {
            clauses.add("1 = 0");
            return;
        }
        String param = list + "Key";
        params.put(param, precise ? key : contains(key));
        if (list.equals(listStartedFrom(q))) {
            return;
        }
        String comparison = precise ? "i.item_key = :" + param : "i.item_key LIKE :" + param + " ESCAPE '\\'";
        clauses.add("l.id IN (" + itemsMatching(list, comparison) + ")");
    }

    /** The ids of the team's leads with an entry in {@code list} (email, phone, segment, group) that satisfies it. */
    static String itemsMatching(String list, String comparison) {
        return LIST_ITEMS_MATCHING.fill("list", list, "comparison", comparison);
    }

    private static void anyOfList(List<String> clauses, Map<String, Object> params, String list, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        clauses.add("l.id IN (" + itemsMatching(list, "i.item_key IN (:" + list + "Values)") + ")");
        params.put(list + "Values", values);
    }

    /**
     * "Agent" filters by the assigned agent, "Lender" by the lender, a catalogue role by that role's holder; an
     * unknown role name is a 400. An empty id list matches nothing.
     */
    private static void roleFilters(List<String> clauses, Map<String, Object> params, List<LeadQuery.RoleAssigneeFilter> filters) {
        for (int i = 0; i < filters.size(); i++) {
            LeadQuery.RoleAssigneeFilter filter = filters.get(i);
            String ids = "roleAssignees" + i;
            params.put(ids, filter.assigneeToIds().isEmpty() ? List.of(-1L) : filter.assigneeToIds());
            String role = filter.roleName().toLowerCase(Locale.ROOT);
            if (role.equals("agent")) {
                clauses.add("l.assigned_user_id IN (:" + ids + ")");
            } else if (role.equals("lender")) {
                clauses.add("l.lender_user_id IN (:" + ids + ")");
            } else {
                int roleId = RoleCatalog.named(filter.roleName())
                        .orElseThrow(() -> ApiException.invalidField("roleAssigneeFilters",
                                "roleName '" + filter.roleName() + "' is not a lead role"))
                        .id();
                clauses.add(HAS_ROLE_HOLDER.fill("roleId", String.valueOf(roleId), "ids", ids));
            }
        }
    }

    static final String LEADS = "leads l";

    /**
     * What a list reads from, as alias {@code l}: the leads, or the leads that match an exact email or phone lookup
     * or the key ({@link KeySql#matches}), joined to the leads rather than tested with an IN, because H2 re-runs an IN
     * subquery for every row it walks in sort order.
     */
    static String from(LeadQuery q, Resolved r) {
        if (q.key() == null) {
            String list = listStartedFrom(q);
            return list == null ? LEADS : LOOKUP_JOINED.fill("list", list);
        }
        return KEY_MATCHES_JOINED.fill("matches", KeySql.matches(q.key(), r));
    }

    /**
     * An exact email or phone (preciseSearchFlag) is an index lookup that finds a handful of leads: the list starts from
     * those, joined to the leads (and the WHERE does not test them again), because H2 otherwise walks the team's leads
     * and probes the lookup for each. Null when the list does not start from a lookup.
     */
    private static @Nullable String listStartedFrom(LeadQuery q) {
        String list = q.email() != null ? "email" : "phone";
        String value = q.email() != null ? q.email() : q.phone();
        boolean lookup = q.key() == null && q.precise() && value != null && !SearchKeys.of(list, value).isEmpty();
        return lookup ? list : null;
    }

    /**
     * The list's order, led by the team and the columns of {@code index} that the WHERE fixes: they are constant, but
     * H2 walks a (team_id, …, key, id) index in order only when the ORDER BY names its leading columns too;
     * PostgreSQL is indifferent.
     */
    static String orderBy(LeadQuery q, @Nullable String index) {
        String fixed = STAGE_INDEX.equals(index) ? "l.stage_id" + direction(q) + ", "
                : ASSIGNEE_INDEX.equals(index) ? "l.assigned_user_id" + direction(q) + ", " : "";
        return "l.team_id" + direction(q) + ", " + fixed + q.sort().column + direction(q) + nulls(q) + ", l.id" + direction(q);
    }

    private static String direction(LeadQuery q) {
        return q.desc() ? " DESC" : " ASC";
    }

    private static String nulls(LeadQuery q) {
        if (q.sort().notNull) {
            return "";
        }
        return q.desc() && !q.sort().nullsLastBothWays() ? " NULLS FIRST" : " NULLS LAST";
    }

    /**
     * One page of (id, sort_value): {@code limit} rows after {@code after} (a scroll's keyset) and {@code offset}, in
     * sort order over the plain leads ({@link #PAGE_IN_SORT_ORDER}, walking {@code index} on H2) or from a lookup's or
     * a key's matches ({@link #PAGE_OF_MATCHES}). {@code index} is {@link #sortIndex}, null unless the list reads the
     * plain leads.
     */
    static Fragment page(LeadQuery q, Resolved r, Fragment where, Fragment after, @Nullable String index, long offset,
                         int limit, boolean h2, PageRead read) {
        String from = read == PageRead.WALKED ? LEADS : from(q, r);
        Map<String, Object> params = new HashMap<>(where.params());
        String filter = where.sql();
        if (read == PageRead.WALKED && !KeySql.testsCandidates(q.key())) {
            Fragment tested = KeySql.tested(Objects.requireNonNull(q.key()));
            filter += " AND (" + tested.sql() + ")";
            params.putAll(tested.params());
        }
        String hint = SqlTemplate.indexHint(h2, index);
        String sql = from.equals(LEADS)
                ? PAGE_IN_SORT_ORDER.fill("sortColumn", q.sort().column, "hint", hint, "filter", filter,
                        "after", after.sql(), "order", orderBy(q, index))
                : PAGE_OF_MATCHES.fill("totalColumn", read == PageRead.COUNTED ? ", COUNT(*) OVER () AS total_rows" : "",
                        "sortColumn", q.sort().column, "source", from, "hint", hint, "filter", filter, "after", after.sql(),
                        "direction", direction(q), "nulls", nulls(q));
        params.putAll(after.params());
        params.put("pageOffset", offset);
        params.put("pageLimit", limit);
        return new Fragment(sql, params);
    }

    /** How a page finds its rows. */
    enum PageRead {
        /** The list's source (the leads, or the matches of a lookup or key) in order. */
        ORDERED,
        /** The team's leads in sort order, testing each against the key ({@link KeySql#walks}). */
        WALKED,
        /** The matches of a lookup or key in order, each row with the count of them all ({@link #countsWithPage}). */
        COUNTED
    }

    /**
     * Whether the total is best counted by the page statement itself: the list reads every match of a lookup or a key
     * to sort them anyway, and no narrower structure counts them (a key of several words, or of punctuation only).
     */
    static boolean countsWithPage(LeadQuery q, Resolved r) {
        boolean readsMatches = q.key() != null || listStartedFrom(q) != null;
        return readsMatches && !wordCountable(q, r);
    }

    static final String STAGE_INDEX = "leads_team_stage_idx";
    static final String ASSIGNEE_INDEX = "leads_team_assignee_idx";

    /**
     * The index a page should walk when its filters have no index of their own to drive from (visibility, a stage or
     * an assignee with the default order, tags and languages, which are probed per lead): H2 otherwise picks an index
     * that matches "trashed_at IS NULL" and reads and sorts the whole team, while the walk stops after one page (or
     * at worst reads the team once). Null when the filters should drive. PostgreSQL's planner needs no hint.
     */
    static @Nullable String sortIndex(LeadQuery q, Resolved r, boolean walk) {
        if (!onlyCarriedColumns(q, r) || (q.key() != null && !walk) || !r.officeIds().isEmpty()) {
            return null;
        }
        boolean stage = r.stageId() != null;
        boolean assignee = q.assignedUserId() != null;
        if (!stage && !assignee) {
            return q.sort().index(q.desc());
        }
        if (q.sort().byCreateTime() && stage != assignee) {
            return stage ? STAGE_INDEX : ASSIGNEE_INDEX;
        }
        return null;
    }

    /** Rows strictly after the token's (value, id) in the list's order, with nulls where {@link #nulls} puts them. */
    static Fragment after(LeadQuery q, ScrollToken token) {
        String column = q.sort().column;
        String beyond = q.desc() ? "<" : ">";
        boolean nullsLast = !q.desc() || q.sort().nullsLastBothWays();
        Map<String, Object> params = new HashMap<>();
        params.put("afterId", token.lastId());
        if (token.lastValue() == null) {
            String sql = nullsLast
                    ? column + " IS NULL AND l.id " + beyond + " :afterId"
                    : "(" + column + " IS NULL AND l.id < :afterId) OR " + column + " IS NOT NULL";
            return new Fragment(sql, params);
        }
        params.put("afterValue", q.sort().isTime()
                ? Instant.ofEpochMilli(token.lastValue()).atOffset(ZoneOffset.UTC)
                : (Object) token.lastValue().intValue());
        // A range on the column plus a row-value comparison, so the (team_id, column, id) index seeks to the token
        // (PostgreSQL uses the row comparison, H2 the range) instead of scanning every earlier row.
        String sql = column + " " + beyond + "= :afterValue AND (" + column + ", l.id) " + beyond + " (:afterValue, :afterId)";
        if (nullsLast && !q.sort().notNull) {
            sql = "(" + sql + ") OR " + column + " IS NULL";
        }
        return new Fragment(sql, params);
    }

    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
