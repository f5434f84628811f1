package io.leadline.search;

import io.leadline.accounts.AccountsService;
import io.leadline.teamfeatures.Tag;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * {@code GET /v1.0/leads} without the lead shape: which visible leads match, in what order, how many in all (for a
 * scroll, as counted when it started), and the scroll id when more follow. Names (stage, source, tags) resolve to ids
 * first; one that does not exist means nothing can match. No transaction: at read committed each statement sees its
 * own snapshot anyway.
 */
@Service
public class LeadSearch {

    private final SearchRepository search;
    private final TeamFeaturesService teamFeatures;
    private final AccountsService accounts;
    private final ScrollTokenKeys tokenKeys;
    private final MeterRegistry metrics;

    LeadSearch(SearchRepository search, TeamFeaturesService teamFeatures, AccountsService accounts, ScrollTokenKeys tokenKeys,
               MeterRegistry metrics) {
        this.search = search;
        this.teamFeatures = teamFeatures;
        this.accounts = accounts;
        this.tokenKeys = tokenKeys;
        this.metrics = metrics;
    }

    /**
     * Timed as {@code leadline.search{path,filter}}: the statement shape that answered (see docs and docs/operations.md "Management endpoints, metrics and logs")
     * and the kind of filter that drove it.
     */
    public SearchResult find(Caller caller, LeadQuery query) {
        long started = System.nanoTime();
        Answer answer = answer(caller, query);
        metrics.timer("leadline.search", "path", answer.path(), "filter", filterKind(query))
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return answer.result();
    }

    /** A stage and how many leads of it a query matches (null: not counted). */
    public record StageTotal(String stage, @Nullable Long total) {}

    /** How many leads a query matches with any stage ({@code all}, stageless leads included), and in each stage. */
    public record StageTotals(@Nullable Long all, List<StageTotal> stages) {}

    /**
     * How many leads the query matches in each of the team's stages (in the team's order, stages with none included),
     * as if it named no stage. Not counted (null totals) when the query filters by more than lead_counts counts by
     * (visibility, assignee, office): counting a million leads once per stage would cost more than a list page may.
     */
    public StageTotals totalsByStage(Caller caller, LeadQuery query) {
        LeadQuery anyStage = query.anyStage();
        LeadListSql.Resolved resolved = resolve(caller, anyStage, true);
        LeadListSql.Fragment statement = resolved.matchesNothing() ? null
                : LeadTotalSql.totalsByStage(caller, anyStage, resolved);
        boolean counted = resolved.matchesNothing() || statement != null;
        Map<@Nullable Long, Long> totals = statement == null ? Map.of() : search.totalsByStage(statement);
        List<StageTotal> stages = teamFeatures.stages(caller.teamId()).stream()
                .map(stage -> new StageTotal(stage.name(), counted ? totals.getOrDefault(stage.id(), 0L) : null)).toList();
        return new StageTotals(counted ? totals.values().stream().mapToLong(Long::longValue).sum() : null, stages);
    }

    private record Answer(String path, SearchResult result) {}

    private static String filterKind(LeadQuery query) {
        if (query.key() != null) {
            return "key";
        }
        if (!query.allTags().isEmpty() || !query.anyTags().isEmpty()) {
            return "tags";
        }
        boolean fields = query.stage() != null || query.source() != null || query.phone() != null || query.email() != null
                || query.assignedUserId() != null || query.contacted() != null || query.created() != null
                || query.lastContact() != null || !query.groups().isEmpty()
                || !query.segments().isEmpty() || !query.groupIds().isEmpty() || !query.languages().isEmpty()
                || !query.roleAssigneeFilters().isEmpty();
        return fields ? "fields" : "none";
    }

    private Answer answer(Caller caller, LeadQuery query) {
        ScrollToken token = query.scrollId() == null
                ? null
                : ScrollToken.decodeFor(query.scrollId(), caller.teamId(), query, tokenKeys.signer());
        LeadListSql.Resolved resolved = resolve(caller, query, token == null);
        if (resolved.matchesNothing()) {
            return new Answer("nothing", new SearchResult(List.of(), 0, null));
        }
        LeadListSql.Fragment where = LeadListSql.where(caller, query, resolved);
        long offset = token == null ? query.offset() : 0;
        if (token == null && LeadListSql.countsWithPage(query, resolved)) {
            SearchRepository.CountedPage counted = search.countedPage(query, resolved, where, offset, query.limit() + 1);
            long total = counted.total() >= 0 ? counted.total()
                    : offset == 0 ? 0 : search.count(LeadTotalSql.total(caller, query, resolved, where));
            return new Answer("counted", result(caller.teamId(), query, counted.hits(), total));
        }
        long total = token == null ? search.count(LeadTotalSql.total(caller, query, resolved, where)) : token.total();
        boolean walk = KeySql.walks(query, offset + query.limit() + 1, total,
                () -> search.count(LeadTotalSql.teamTotal(caller.teamId())));
        List<SearchRepository.Hit> hits = search.page(
                query,
                resolved,
                where,
                token == null ? LeadListSql.FROM_THE_START : LeadListSql.after(query, token),
                LeadListSql.sortIndex(query, resolved, walk),
                offset,
                query.limit() + 1,
                walk ? LeadListSql.PageRead.WALKED : LeadListSql.PageRead.ORDERED);
        String path = token != null ? "scroll" : walk ? "walked" : "ordered";
        return new Answer(path, result(caller.teamId(), query, hits, total));
    }

    /** The page (hits holds one more than the limit when more follow) with its scroll id. */
    private SearchResult result(long teamId, LeadQuery query, List<SearchRepository.Hit> hits, long total) {
        boolean more = hits.size() > query.limit();
        List<SearchRepository.Hit> page = more ? hits.subList(0, query.limit()) : hits;
        String next = null;
        if (more) {
            SearchRepository.Hit last = page.getLast();
            next = ScrollToken.after(teamId, query, last.sortValue(), last.id(), total).encode(tokenKeys.signer());
        }
        return new SearchResult(page.stream().map(SearchRepository.Hit::id).toList(), total, next);
    }

    /** {@code counts}: whether this page counts the total (a scroll's later pages carry it in their token). */
    private LeadListSql.Resolved resolve(Caller caller, LeadQuery query, boolean counts) {
        long teamId = caller.teamId();
        @Nullable Long stageId = null;
        @Nullable Integer sourceId = null;
        if (query.stage() != null) {
            var stage = teamFeatures.stageNamed(teamId, query.stage());
            if (stage.isEmpty()) {
                return nothing();
            }
            stageId = stage.get().id();
        }
        if (query.source() != null) {
            var source = teamFeatures.findSourceId(teamId, query.source());
            if (source.isEmpty()) {
                return nothing();
            }
            sourceId = source.get();
        }
        List<Tag> allTags = teamFeatures.existingTags(teamId, query.allTags());
        List<Tag> anyTags = teamFeatures.existingTags(teamId, query.anyTags());
        if (allTags.size() < query.allTags().size() || (!query.anyTags().isEmpty() && anyTags.isEmpty())) {
            return nothing();
        }
        Map<Long, Long> tagBits = new HashMap<>();
        Stream.concat(allTags.stream(), anyTags.stream()).filter(tag -> tag.bit() != null)
                .forEach(tag -> tagBits.put(tag.id(), tag.bit()));
        List<Long> officeIds = query.groupIds().stream()
                .flatMap(id -> query.querySubGroup() ? accounts.officeSubtree(teamId, id).stream() : Stream.of(id))
                .distinct()
                .toList();
        if (!query.groupIds().isEmpty() && officeIds.isEmpty()) {
            return nothing();
        }
        List<List<String>> keyWords = keyWords(teamId, query.key());
        @Nullable List<Long> phoneLeads = phoneLeads(teamId, query.key());
        if (keyWords.stream().anyMatch(List::isEmpty) && !KeySql.mayMatchPhones(query.key(), phoneLeads)) {
            return nothing();
        }
        return new LeadListSql.Resolved(false, stageId, sourceId, counts ? rarestFirst(teamId, allTags) : ids(allTags),
                ids(anyTags), officeIds, keyWords, tagBits, phoneLeads);
    }

    /** The leads with a phone containing the key's digits, when the key searches phones and they are few; else null. */
    private @Nullable List<Long> phoneLeads(long teamId, @Nullable String key) {
        if (key == null || !KeySql.searchesPhones(key)) {
            return null;
        }
        List<Long> leads = search.leadIds(KeySql.phoneLeads(teamId, key));
        return leads.size() > KeySql.KEY_PHONE_LEADS_MAX ? null : leads;
    }

    /**
     * The ids of all of several tags, the rarest among the team's newest leads first: when each has a mask bit, the
     * total counts the rows of the first.
     */
    private List<Long> rarestFirst(long teamId, List<Tag> tags) {
        List<Long> ids = ids(tags);
        if (tags.size() < 2 || tags.stream().anyMatch(tag -> tag.bit() == null)) {
            return ids;
        }
        Map<Long, Long> sample = search.tagSample(teamId, ids);
        return ids.stream().sorted(Comparator.comparing(id -> sample.getOrDefault(id, 0L))).toList();
    }

    private static List<Long> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    /** The team's words containing each run of the key; empty when any run has more than the statement takes. */
    private List<List<String>> keyWords(long teamId, @Nullable String key) {
        List<List<String>> keyWords = new ArrayList<>();
        for (String pattern : KeySql.runPatterns(key)) {
            List<String> words = search.words(KeySql.vocabulary(teamId, pattern));
            if (words.size() > KeySql.KEY_WORDS_MAX) {
                return List.of();
            }
            keyWords.add(words);
        }
        return keyWords;
    }

    private static LeadListSql.Resolved nothing() {
        return new LeadListSql.Resolved(true, null, null, List.of(), List.of(), List.of());
    }
}
