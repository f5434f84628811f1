package io.leadline.console;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the lead list that keep the filters in use: the next page, another stage's tab. */
final class LeadListLinks {

    /** The list's filters and sort, as its form and the API name them. */
    static final List<String> FILTERS = List.of("key", "stage", "source", "anyTags", "assignedUserId", "contacted",
            "createdFrom", "createdTo", "contactedFrom", "contactedTo", "sort", "desc");

    private LeadListLinks() {}

    static String nextPage(MultiValueMap<String, String> query, String scrollId) {
        return filtered(query, null).queryParam("limit", query.getFirst("limit")).queryParam("scrollId", scrollId)
                .encode().build().toUriString();
    }

    /** The same filters with {@code stage} instead of the one in use (all stages when null). */
    static String withStage(MultiValueMap<String, String> query, @Nullable String stage) {
        UriComponentsBuilder link = filtered(query, "stage");
        if (stage != null) {
            link.queryParam("stage", stage);
        }
        return link.encode().build().toUriString();
    }

    /** The filters and sort alone, as a query string ("" for none): what a saved search keeps. */
    static String filtersOnly(MultiValueMap<String, String> query) {
        String kept = filtered(query, null).encode().build().getQuery();
        return kept == null ? "" : kept;
    }

    private static UriComponentsBuilder filtered(MultiValueMap<String, String> query, @Nullable String leftOut) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/app/leads");
        FILTERS.stream().filter(field -> !field.equals(leftOut) && query.containsKey(field))
                .forEach(field -> link.queryParam(field, query.get(field).toArray()));
        return link;
    }
}
