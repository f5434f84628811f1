package io.leadline.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A list request for tests, naming only what the test is about: as a {@link LeadQuery} for the search itself, or as
 * the query string of {@code GET /v1.0/leads} for the API. Everything unnamed is what a request that names nothing
 * gets (first page of 25, newest first).
 */
final class LeadQueryBuilder {

    private @Nullable String stage;
    private @Nullable String source;
    private @Nullable Long assignedUserId;
    private List<String> allTags = List.of();
    private List<String> anyTags = List.of();
    private List<String> languages = List.of();
    private @Nullable String key;
    private @Nullable String email;
    private long offset;
    private int limit = 25;
    private @Nullable String scrollId;
    private LeadSort sort = LeadSort.DEFAULT;
    private boolean desc = true;

    private LeadQueryBuilder() {}

    static LeadQueryBuilder aQuery() {
        return new LeadQueryBuilder();
    }

    LeadQueryBuilder stage(String name) {
        stage = name;
        return this;
    }

    LeadQueryBuilder source(String name) {
        source = name;
        return this;
    }

    LeadQueryBuilder assignedTo(long userId) {
        assignedUserId = userId;
        return this;
    }

    LeadQueryBuilder allTags(String... names) {
        allTags = List.of(names);
        return this;
    }

    LeadQueryBuilder anyTags(String... names) {
        anyTags = List.of(names);
        return this;
    }

    LeadQueryBuilder languages(String... codes) {
        languages = List.of(codes);
        return this;
    }

    LeadQueryBuilder key(String text) {
        key = text;
        return this;
    }

    /** An exact email lookup ({@code preciseSearchFlag=true}). */
    LeadQueryBuilder exactEmail(String address) {
        email = address;
        return this;
    }

    LeadQueryBuilder page(long from, int size) {
        offset = from;
        limit = size;
        return this;
    }

    LeadQueryBuilder scroll(String id) {
        scrollId = id;
        return this;
    }

    LeadQueryBuilder sort(LeadSort order, boolean descending) {
        sort = order;
        desc = descending;
        return this;
    }

    LeadQuery build() {
        return new LeadQuery(stage, source, null, email, email != null, assignedUserId, null, List.of(), List.of(), allTags,
                anyTags, List.of(), false, languages, List.of(), key, offset, limit, scrollId, sort, desc);
    }

    /** The same request as {@code GET /v1.0/leads} parameters, each value encoded. */
    String queryString() {
        List<String> parameters = new ArrayList<>();
        add(parameters, "stage", stage);
        add(parameters, "source", source);
        add(parameters, "assignedUserId", assignedUserId == null ? null : String.valueOf(assignedUserId));
        add(parameters, "allTags", allTags.isEmpty() ? null : String.join(",", allTags));
        add(parameters, "anyTags", anyTags.isEmpty() ? null : String.join(",", anyTags));
        add(parameters, "languages", languages.isEmpty() ? null : String.join(",", languages));
        add(parameters, "key", key);
        add(parameters, "email", email);
        add(parameters, "preciseSearchFlag", email == null ? null : "true");
        add(parameters, "offset", String.valueOf(offset));
        add(parameters, "limit", String.valueOf(limit));
        add(parameters, "scrollId", scrollId);
        add(parameters, "sort", sort.wireName);
        add(parameters, "desc", String.valueOf(desc));
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach(joined::add);
        return joined.toString();
    }

    private static void add(List<String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    @Override
    public String toString() {
        return queryString();
    }
}
