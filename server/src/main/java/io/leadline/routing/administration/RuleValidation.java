package io.leadline.routing.administration;

import io.leadline.routing.decisions.ActiveHours;
import io.leadline.routing.decisions.RoundRobin;
import io.leadline.routing.decisions.RuleConditions;
import io.leadline.routing.StrategyType;
import io.leadline.web.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks and normalises what a rule may say, field by field, before anything is written. */
final class RuleValidation {

    static final int NAME_MAX = 100;
    static final int WEIGHT_MAX = 100;
    static final int TOUCH_MINUTES_MAX = 1440;

    private RuleValidation() {}

    static RuleConditions conditions(RuleInput in, JsonMapper json) {
        RuleConditions.LocationRule location = in.locationRule();
        if (location != null) {
            matchType("locationRule.locationMatchType", location.locationMatchType());
        }
        if (in.sourceMatchType() != null && in.sourceMatchType() != 1) {
            throw ApiException.invalidField("sourceMatchType", "must be 1 (source is one of sourceName), not " + in.sourceMatchType());
        }
        matchType("tagMatchType", in.tagMatchType());
        matchType("groupMatchType", in.groupMatchType());
        if (in.phone() != null && !in.phone().isEmpty() && !in.phone().equals("With") && !in.phone().equals("Without")) {
            throw ApiException.invalidField("phone", "must be 'With', 'Without' or '', not '" + in.phone() + "'");
        }
        if (in.priceMin() != null && in.priceMin() < 0) {
            throw ApiException.invalidField("priceMin", "must not be negative");
        }
        if (in.priceMin() != null && in.priceMax() != null && in.priceMax() < in.priceMin()) {
            throw ApiException.invalidField("priceMax", "must not be below priceMin");
        }
        return new RuleConditions(location, blankToNull(in.sourceName()), in.sourceMatchType(), names(in.tagNames()),
                in.tagMatchType(), names(in.groupNames()), in.groupMatchType(), blankToNull(in.phone()), in.priceMin(),
                in.priceMax(), leadTypeFilters(in.leadTypeFilters(), json));
    }

    private static void matchType(String field, @Nullable Integer type) {
        if (type != null && type != 1 && type != 2) {
            throw ApiException.invalidField(field, "must be 1 or 2, not " + type);
        }
    }

    private static @Nullable List<String> names(@Nullable List<String> names) {
        if (names == null) {
            return null;
        }
        List<String> cleaned = names.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).distinct().toList();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static @Nullable List<RuleConditions.LeadTypeFilter> leadTypeFilters(@Nullable JsonNode node, JsonMapper json) {
        if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
            return null;
        }
        JsonNode array = node.isString() ? parse(node.asString(), json) : node;
        if (!array.isArray()) {
            throw ApiException.invalidField("leadTypeFilters", "must be an array of {type, ids} (or that array as a JSON string)");
        }
        List<RuleConditions.LeadTypeFilter> filters = new ArrayList<>();
        for (JsonNode item : array) {
            String type = item.path("type").asString("");
            if (!type.equals("one_of") && !type.equals("all")) {
                throw ApiException.invalidField("leadTypeFilters.type", "must be 'one_of' or 'all', not '" + type + "'");
            }
            String ids = item.path("ids").isNumber() ? item.path("ids").asString() : item.path("ids").asString("");
            for (String id : ids.split(",")) {
                if (!id.isBlank() && !id.trim().matches("-?\\d{1,3}")) {
                    throw ApiException.invalidField("leadTypeFilters.ids", "must be lead type ids separated by commas, not '" + ids + "'");
                }
            }
            filters.add(new RuleConditions.LeadTypeFilter(type, ids.replace(" ", "")));
        }
        return filters.isEmpty() ? null : filters;
    }

    private static JsonNode parse(String text, JsonMapper json) {
        try {
            return json.readTree(text);
        } catch (RuntimeException e) {
            throw ApiException.invalidField("leadTypeFilters", "is not valid JSON");
        }
    }

    static ActiveHours activeHours(RuleInput.@Nullable ActiveHoursInput in) {
        return in == null ? ActiveHours.ALWAYS : ActiveHours.validated(in.activeDays(), in.hoursStart(), in.hoursEnd());
    }

    /** Lofty: touchMinutes in (0, 1440], and a whole number of hours when above 60. */
    static @Nullable Integer touchMinutes(StrategyType strategy, @Nullable Integer minutes) {
        if (strategy != StrategyType.BLAST_ALERT && strategy != StrategyType.NEXT_UP) {
            return null;
        }
        if (minutes == null) {
            if (strategy == StrategyType.BLAST_ALERT) {
                throw ApiException.invalidField("routingStrategy.touchMinutes", "is required for BLAST_ALERT (first to claim)");
            }
            return null;
        }
        if (minutes <= 0 || minutes > TOUCH_MINUTES_MAX || (minutes > 60 && minutes % 60 != 0)) {
            throw ApiException.invalidField("routingStrategy.touchMinutes",
                    "must be 1 to 1440 minutes, and a multiple of 60 above 60, not " + minutes);
        }
        return minutes;
    }

    /** Members and weights (1–100, default 1), no one twice; DEFAULT_ASSIGNEE names exactly one. */
    static List<RoundRobin.Weighted> members(StrategyType strategy, @Nullable List<RuleInput.MemberWeight> weights) {
        if (!strategy.usesMembers()) {
            if (weights != null && !weights.isEmpty()) {
                throw ApiException.invalidField("routingStrategy.memberWeights", "must be empty for " + strategy);
            }
            return List.of();
        }
        if (weights == null || weights.isEmpty()) {
            throw ApiException.invalidField("routingStrategy.memberWeights", "needs at least one member for " + strategy);
        }
        if (strategy == StrategyType.DEFAULT_ASSIGNEE && weights.size() != 1) {
            throw ApiException.invalidField("routingStrategy.memberWeights", "must name exactly one member for DEFAULT_ASSIGNEE");
        }
        Set<Long> seen = new HashSet<>();
        List<RoundRobin.Weighted> members = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            RuleInput.MemberWeight w = weights.get(i);
            String path = "routingStrategy.memberWeights[" + i + "]";
            if (w == null || w.memberId() == null) {
                throw ApiException.invalidField(path + ".memberId", "is required");
            }
            int weight = w.weight() == null ? 1 : w.weight();
            if (weight < 1 || weight > WEIGHT_MAX) {
                throw ApiException.invalidField(path + ".weight", "must be 1 to " + WEIGHT_MAX + ", not " + weight);
            }
            if (!seen.add(w.memberId())) {
                throw ApiException.invalidField(path + ".memberId", "appears twice: " + w.memberId());
            }
            members.add(new RoundRobin.Weighted(w.memberId(), weight));
        }
        return members;
    }
}
