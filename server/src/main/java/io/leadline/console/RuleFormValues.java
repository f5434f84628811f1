package io.leadline.console;

import io.leadline.routing.administration.RuleViews;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the rule form shows: the rule's own values, or what was typed when the form came back refused. */
record RuleFormValues(MultiValueMap<String, String> values) {

    static RuleFormValues typed(MultiValueMap<String, String> typed) {
        return new RuleFormValues(typed);
    }

    static RuleFormValues blank() {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("ruleSwitch", "on");
        values.add("strategyType", "1");
        List.of("1", "2", "3", "4", "5", "6", "7").forEach(day -> values.add("activeDays", day));
        values.add("hoursStart", "0");
        values.add("hoursEnd", "23");
        return new RuleFormValues(values);
    }

    static RuleFormValues of(RuleViews.AdminRule admin, JsonMapper json) {
        RuleViews.LoftyRule rule = admin.rule();
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        put(values, "name", rule.name());
        if (rule.ruleSwitch()) {
            values.add("ruleSwitch", "on");
        }
        put(values, "sourceName", rule.sourceName());
        put(values, "tagNames", String.join(", ", rule.tagNames()));
        put(values, "tagMatch", rule.tagMatchType() != null && rule.tagMatchType() == 2 ? "all" : "any");
        put(values, "phone", rule.phone());
        put(values, "priceMin", rule.priceMin());
        put(values, "priceMax", rule.priceMax());
        if (rule.locationRule() != null) {
            put(values, "state", rule.locationRule().state());
            put(values, "city", rule.locationRule().city());
            put(values, "zipcode", rule.locationRule().zipcode());
            Integer match = rule.locationRule().locationMatchType();
            put(values, "locationMatch", match != null && match == 2 ? "empty" : "exact");
        }
        for (JsonNode filter : json.readTree(rule.leadTypeFilters().isBlank() ? "[]" : rule.leadTypeFilters())) {
            for (String id : filter.path("ids").asString("").split(",")) {
                put(values, "leadTypes", id.trim());
            }
        }
        rule.activeHours().activeDays().forEach(day -> values.add("activeDays", String.valueOf(day)));
        put(values, "hoursStart", rule.activeHours().hoursStart());
        put(values, "hoursEnd", rule.activeHours().hoursEnd());
        RuleViews.StrategyView strategy = rule.routingStrategy();
        put(values, "strategyType", strategy.strategyType());
        put(values, "groupId", strategy.groupId());
        put(values, "touchMinutes", strategy.touchMinutes());
        for (RuleViews.MemberWeightView member : strategy.memberWeights()) {
            values.add("members", String.valueOf(member.memberId()));
            values.add("weight-" + member.memberId(), String.valueOf(member.weight()));
        }
        return new RuleFormValues(values);
    }

    private static void put(MultiValueMap<String, String> values, String field, @Nullable Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            values.add(field, String.valueOf(value));
        }
    }

    public String text(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    public boolean has(String field, Object value) {
        return values.getOrDefault(field, List.of()).contains(String.valueOf(value));
    }

    /** The member's weight as typed or stored, 1 for a member not yet on the rule. */
    public String weight(long memberId) {
        String weight = values.getFirst("weight-" + memberId);
        return weight == null || weight.isBlank() ? "1" : weight;
    }
}
