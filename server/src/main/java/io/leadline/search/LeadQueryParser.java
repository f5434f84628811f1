package io.leadline.search;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import io.leadline.web.Ids;
import io.leadline.web.PageSize;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code GET /v1.0/leads} query parameters the way Lofty clients send them: multi-valued filters as
 * comma-separated values or repeated parameters, unknown parameters ignored, and Lofty's limits on paging (limit
 * 1–100, code 20042; offset + limit at most 20000, code 200104).
 */
public final class LeadQueryParser {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET_WINDOW = 20_000;

    private LeadQueryParser() {}

    public static LeadQuery parse(MultiValueMap<String, String> params, JsonMapper json) {
        int limit = limit(params);
        long offset = offset(params);
        if (offset + limit > MAX_OFFSET_WINDOW) {
            throw new ApiException(ErrorCode.OFFSET_EXCEED_LIMIT, "offset + limit must not exceed "
                    + MAX_OFFSET_WINDOW + "; page further with scrollId");
        }
        String sort = single(params, "sort");
        return new LeadQuery(
                single(params, "stage"),
                single(params, "source"),
                single(params, "phone"),
                single(params, "email"),
                Boolean.TRUE.equals(bool(params, "preciseSearchFlag")),
                number(params, "assignedUserId"),
                bool(params, "contacted"),
                lowerCased(list(params, "groups")),
                lowerCased(list(params, "segments")),
                list(params, "allTags"),
                list(params, "anyTags"),
                numbers(params, "groupIds"),
                Boolean.TRUE.equals(bool(params, "querySubGroup")),
                list(params, "languages"),
                roleAssigneeFilters(single(params, "roleAssigneeFilters"), json),
                single(params, "key"),
                offset,
                limit,
                single(params, "scrollId"),
                sort == null ? LeadSort.DEFAULT : LeadSort.fromWire(sort),
                !Boolean.FALSE.equals(bool(params, "desc")));
    }

    private static int limit(MultiValueMap<String, String> params) {
        Long limit = number(params, "limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        return PageSize.lofty("Limit", limit, MAX_LIMIT);
    }

    private static long offset(MultiValueMap<String, String> params) {
        Long offset = number(params, "offset");
        if (offset != null && offset < 0) {
            throw ApiException.invalidField("offset", "must be 0 or more");
        }
        return offset == null ? 0 : offset;
    }

    private static @Nullable String single(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Comma-separated, repeated, or both; blanks dropped, order kept, duplicates removed. */
    static List<String> list(MultiValueMap<String, String> params, String name) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        if (values.size() > MAX_VALUES) {
            throw ApiException.invalidField(name, "takes at most " + MAX_VALUES + " values, not " + values.size());
        }
        return List.copyOf(values);
    }

    /** Values one multi-valued parameter may carry (docs/security.md "Input limits"). */
    static final int MAX_VALUES = 200;

    private static List<String> lowerCased(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static @Nullable Long number(MultiValueMap<String, String> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        return Ids.parseSigned(name, value);
    }

    private static List<Long> numbers(MultiValueMap<String, String> params, String name) {
        List<Long> numbers = new ArrayList<>();
        for (String value : list(params, name)) {
            numbers.add(Ids.parse(name, value));
        }
        return numbers;
    }

    private static @Nullable Boolean bool(MultiValueMap<String, String> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false, not '" + value + "'");
        };
    }

    /** Lofty's JSON form: [{"roleName":"Agent","assigneeToIds":[111,222]}]. */
    private static List<LeadQuery.RoleAssigneeFilter> roleAssigneeFilters(@Nullable String value, JsonMapper json) {
        if (value == null) {
            return List.of();
        }
        JsonNode filters;
        try {
            filters = json.readTree(value);
        } catch (JacksonException e) {
            throw ApiException.invalidField("roleAssigneeFilters", "is not JSON: " + e.getOriginalMessage());
        }
        if (!filters.isArray()) {
            throw ApiException.invalidField("roleAssigneeFilters", "must be a JSON array of {roleName, assigneeToIds}");
        }
        List<LeadQuery.RoleAssigneeFilter> parsed = new ArrayList<>();
        for (JsonNode filter : filters) {
            String roleName = filter.path("roleName").asString("");
            JsonNode ids = filter.path("assigneeToIds");
            if (roleName.isBlank() || !ids.isArray()) {
                throw ApiException.invalidField("roleAssigneeFilters", "entries need roleName and an assigneeToIds array");
            }
            List<Long> assignees = new ArrayList<>();
            ids.forEach(id -> {
                if (!id.canConvertToLong()) {
                    throw ApiException.invalidField("roleAssigneeFilters", "assigneeToIds must be user ids");
                }
                assignees.add(id.asLong());
            });
            parsed.add(new LeadQuery.RoleAssigneeFilter(roleName.trim(), List.copyOf(assignees)));
        }
        return parsed;
    }
}
