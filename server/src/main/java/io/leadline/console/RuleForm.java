package io.leadline.console;

import io.leadline.routing.administration.RuleInput;
import io.leadline.routing.decisions.RuleConditions;
import io.leadline.web.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The routing page's rule form as typed, turned into the body the API's rule endpoints take, so the rule is
 * validated by the one service. Alternatives (sources, places) and tags are separated by commas; members are picked
 * from a list, each with a weight ({@code weight-<id>}, 1 when left empty, 0 takes the member off); an empty
 * condition is no condition.
 */
final class RuleForm {

    /** Lofty's lead type ids, as the form offers them. */
    static final Map<Integer, String> LEAD_TYPES = new java.util.TreeMap<>(Map.of(
            1, "Seller", 2, "Buyer", 5, "Renter", 6, "Investor", 8, "Homeowner", 9, "Landlord", -1, "Other"));

    private RuleForm() {}

    static RuleInput input(MultiValueMap<String, String> form, @Nullable Long officeId) {
        List<Long> memberIds = form.getOrDefault("members", List.of()).stream().distinct()
                .map(id -> number("members", id)).toList();
        List<RuleInput.MemberWeight> weights = memberIds.stream()
                .map(id -> new RuleInput.MemberWeight(id, weight(form, id)))
                .filter(weighted -> weighted.weight() == null || weighted.weight() != 0)
                .toList();
        List<Integer> leadTypes = form.getOrDefault("leadTypes", List.of()).stream().map(id -> (int) number("leadTypes", id)).toList();
        return new RuleInput(
                text(form, "name"),
                1,
                null,
                officeId,
                form.containsKey("ruleSwitch"),
                location(form),
                text(form, "sourceName"),
                null,
                list(text(form, "tagNames")),
                "all".equals(text(form, "tagMatch")) ? 2 : 1,
                null,
                null,
                text(form, "phone"),
                optionalNumber(form, "priceMin"),
                optionalNumber(form, "priceMax"),
                leadTypes.isEmpty() ? null : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(
                        tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "one_of")
                                .put("ids", String.join(",", leadTypes.stream().map(String::valueOf).toList()))),
                new RuleInput.ActiveHoursInput(
                        form.getOrDefault("activeDays", List.of()).stream().map(day -> (int) number("activeDays", day)).toList(),
                        intOrNull(form, "hoursStart"), intOrNull(form, "hoursEnd")),
                new RuleInput.StrategyInput(intOrNull(form, "strategyType"), optionalNumber(form, "groupId"),
                        intOrNull(form, "touchMinutes"), weights));
    }

    private static RuleConditions.@Nullable LocationRule location(MultiValueMap<String, String> form) {
        String state = text(form, "state");
        String city = text(form, "city");
        String zipcode = text(form, "zipcode");
        if (state == null && city == null && zipcode == null) {
            return null;
        }
        return new RuleConditions.LocationRule("empty".equals(text(form, "locationMatch")) ? 2 : 1, state, null, city, zipcode, null);
    }

    private static @Nullable Integer weight(MultiValueMap<String, String> form, long memberId) {
        Integer weight = intOrNull(form, "weight-" + memberId);
        return weight == null ? 1 : weight;
    }

    private static @Nullable List<String> list(@Nullable String commaSeparated) {
        return commaSeparated == null ? null : Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    static @Nullable String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static @Nullable Long optionalNumber(MultiValueMap<String, String> form, String field) {
        String value = text(form, field);
        return value == null ? null : number(field, value);
    }

    private static @Nullable Integer intOrNull(MultiValueMap<String, String> form, String field) {
        Long value = optionalNumber(form, field);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw ApiException.invalidField(field, "is out of range: " + value);
        }
        return value == null ? null : value.intValue();
    }

    static long number(String field, String value) {
        try {
            return Long.parseLong(value.trim().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            throw ApiException.invalidField(field, "must be a whole number, not '" + value + "'");
        }
    }
}
