package io.leadline.search;

import io.leadline.routing.RoleCatalog;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The page statements of a lead list and the filters every statement shares, each written out below as a
 * {@link SqlTemplate}; what a request decides (its filters, order, tags and words) fills their slots as conditions with
 * bound parameters (the totals are {@link LeadTotalSql}'s). Longer than most files because the filters and the pages
 * they fill are read together. No text from the client ever becomes SQL (sort columns come from {@link LeadSort}). Visibility,
 * team scope and the trash filter come first. A time that leads may not have sorts them last in both directions
 * ({@link LeadSort#nullsLastBothWays}): ascending walks the (team_id, column, id) index, descending its newest-first
 * twin; elsewhere nulls sort high, as the one index orders them both ways.
 */
final class LeadListSql {

    private LeadListSql() {}

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
        between(clauses, params, "l.created_at", "created", q.created());
        between(clauses, params, "l.last_contact_at", "lastContact", q.lastContact());
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

    private static void between(List<String> clauses, Map<String, Object> params, String column, String param,
            LeadQuery.@Nullable Between range) {
        if (range == null) {
            return;
        }
        if (range.from() != null) {
            clauses.add(column + " >= :" + param + "From");
            params.put(param + "From", range.from());
        }
        if (range.until() != null) {
            clauses.add(column + " < :" + param + "Until");
            params.put(param + "Until", range.until());
        }
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
        return readsMatches && !LeadTotalSql.wordCountable(q, r);
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
        if (!LeadTotalSql.onlyCarriedColumns(q, r) || (q.key() != null && !walk) || !r.officeIds().isEmpty()) {
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
