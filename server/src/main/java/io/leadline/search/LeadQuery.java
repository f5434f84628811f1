package io.leadline.search;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A parsed, validated {@code GET /v1.0/leads} request. Multi-valued filters are empty when not given. */
public record LeadQuery(
        @Nullable String stage,
        @Nullable String source,
        @Nullable String phone,
        @Nullable String email,
        boolean precise,
        @Nullable Long assignedUserId,
        @Nullable Boolean contacted,
        List<String> groups,
        List<String> segments,
        List<String> allTags,
        List<String> anyTags,
        List<Long> groupIds,
        boolean querySubGroup,
        List<String> languages,
        List<RoleAssigneeFilter> roleAssigneeFilters,
        @Nullable String key,
        long offset,
        int limit,
        @Nullable String scrollId,
        LeadSort sort,
        boolean desc,
        @Nullable Between created,
        @Nullable Between lastContact) {

    /** A query without time ranges: the API's (Lofty's list has none). */
    public LeadQuery(@Nullable String stage, @Nullable String source, @Nullable String phone, @Nullable String email,
            boolean precise, @Nullable Long assignedUserId, @Nullable Boolean contacted, List<String> groups,
            List<String> segments, List<String> allTags, List<String> anyTags, List<Long> groupIds, boolean querySubGroup,
            List<String> languages, List<RoleAssigneeFilter> roleAssigneeFilters, @Nullable String key, long offset,
            int limit, @Nullable String scrollId, LeadSort sort, boolean desc) {
        this(stage, source, phone, email, precise, assignedUserId, contacted, groups, segments, allTags, anyTags, groupIds,
                querySubGroup, languages, roleAssigneeFilters, key, offset, limit, scrollId, sort, desc, null, null);
    }

    public record RoleAssigneeFilter(String roleName, List<Long> assigneeToIds) {}

    /** From (inclusive) until (exclusive); either end may be open. */
    public record Between(@Nullable OffsetDateTime from, @Nullable OffsetDateTime until) {

        @Override
        public String toString() {
            return from + ".." + until;
        }
    }

    /** The same query for leads created and last contacted within the given ranges (null: any time). */
    public LeadQuery within(@Nullable Between created, @Nullable Between lastContact) {
        return new LeadQuery(stage, source, phone, email, precise, assignedUserId, contacted, groups, segments, allTags,
                anyTags, groupIds, querySubGroup, languages, roleAssigneeFilters, key, offset, limit, scrollId, sort, desc,
                created, lastContact);
    }

    /** The same query for leads of every stage. */
    public LeadQuery anyStage() {
        return new LeadQuery(null, source, phone, email, precise, assignedUserId, contacted, groups, segments, allTags,
                anyTags, groupIds, querySubGroup, languages, roleAssigneeFilters, key, offset, limit, scrollId, sort, desc,
                created, lastContact);
    }

    /** The same query for a page of {@code limit} leads after the scroll token (the first page when null). */
    public LeadQuery page(int limit, @Nullable String scrollId) {
        return new LeadQuery(stage, source, phone, email, precise, assignedUserId, contacted, groups, segments, allTags,
                anyTags, groupIds, querySubGroup, languages, roleAssigneeFilters, key, 0, limit, scrollId, sort, desc,
                created, lastContact);
    }

    /** Everything that decides which leads match and in what order: what a scroll token is bound to. */
    String fingerprint() {
        return String.join("|", String.valueOf(stage), String.valueOf(source), String.valueOf(phone),
                String.valueOf(email), String.valueOf(precise), String.valueOf(assignedUserId), String.valueOf(contacted),
                groups.toString(), segments.toString(), allTags.toString(), anyTags.toString(), groupIds.toString(),
                String.valueOf(querySubGroup), languages.toString(), roleAssigneeFilters.toString(), String.valueOf(key),
                sort.name(), String.valueOf(desc), String.valueOf(created), String.valueOf(lastContact));
    }
}
