package io.leadline.routing.decisions;

import io.leadline.routing.RoutingSubject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a lead meets a rule's conditions. Sellers are matched on their properties (address and price); every other
 * lead on its inquiry's locations and price range (reference §5.2, "Location matching").
 */
public final class ConditionMatcher {

    private ConditionMatcher() {}

    public static boolean matches(RuleConditions rule, RoutingSubject lead) {
        return locationMatches(rule.locationRule(), places(lead))
                && sourceMatches(rule.sourceName(), lead.source())
                && namesMatch(rule.tagNames(), rule.tagMatchType(), lead.tags())
                && namesMatch(rule.groupNames(), rule.groupMatchType(), lead.segments())
                && phoneMatches(rule.phone(), lead.hasPhone())
                && priceMatches(rule.priceMin(), rule.priceMax(), lead)
                && leadTypesMatch(rule.leadTypeFilters(), lead.leadTypes());
    }

    private static List<RoutingSubject.Place> places(RoutingSubject lead) {
        return lead.isSeller() ? lead.properties() : lead.inquiryLocations();
    }

    static boolean locationMatches(RuleConditions.@Nullable LocationRule rule, List<RoutingSubject.Place> places) {
        if (rule == null) {
            return true;
        }
        boolean emptyMatches = rule.locationMatchType() != null && rule.locationMatchType() == RuleConditions.EMPTY_OR_MATCH;
        List<RoutingSubject.Place> candidates = places.isEmpty()
                ? List.of(new RoutingSubject.Place(null, null, null, null, null, null, null))
                : places;
        return candidates.stream().anyMatch(place -> fieldMatches(rule.state(), place.state(), emptyMatches)
                && fieldMatches(rule.county(), place.county(), emptyMatches)
                && fieldMatches(rule.city(), place.city(), emptyMatches)
                && fieldMatches(rule.zipcode(), place.zipCode(), emptyMatches)
                && fieldMatches(rule.streetAddress(), place.streetAddress(), emptyMatches));
    }

    private static boolean fieldMatches(@Nullable String wanted, @Nullable String actual, boolean emptyMatches) {
        Set<String> alternatives = alternatives(wanted);
        if (alternatives.isEmpty()) {
            return true;
        }
        if (actual == null || actual.isBlank()) {
            return emptyMatches;
        }
        return alternatives.contains(normalized(actual));
    }

    private static boolean sourceMatches(@Nullable String wanted, @Nullable String source) {
        Set<String> alternatives = alternatives(wanted);
        return alternatives.isEmpty() || (source != null && alternatives.contains(normalized(source)));
    }

    private static boolean namesMatch(@Nullable List<String> wanted, @Nullable Integer matchType, Set<String> actual) {
        if (wanted == null || wanted.isEmpty()) {
            return true;
        }
        Set<String> have = normalizedAll(actual);
        Set<String> want = normalizedAll(wanted);
        boolean all = matchType != null && matchType == RuleConditions.ALL;
        return all ? have.containsAll(want) : want.stream().anyMatch(have::contains);
    }

    private static boolean phoneMatches(@Nullable String wanted, boolean hasPhone) {
        if (wanted == null || wanted.isBlank()) {
            return true;
        }
        return wanted.equalsIgnoreCase("With") == hasPhone;
    }

    /** The lead's price range must overlap the rule's; a lead without any price never meets a price condition. */
    static boolean priceMatches(@Nullable Long ruleMin, @Nullable Long ruleMax, RoutingSubject lead) {
        if (ruleMin == null && ruleMax == null) {
            return true;
        }
        if (lead.isSeller()) {
            return lead.properties().stream().anyMatch(p -> overlaps(p.priceMin(), p.priceMax(), ruleMin, ruleMax));
        }
        return overlaps(lead.inquiryPriceMin(), lead.inquiryPriceMax(), ruleMin, ruleMax);
    }

    private static boolean overlaps(@Nullable Long min, @Nullable Long max, @Nullable Long ruleMin, @Nullable Long ruleMax) {
        if (min == null && max == null) {
            return false;
        }
        long low = min != null ? min : max;
        long high = max != null ? max : min;
        return (ruleMax == null || low <= ruleMax) && (ruleMin == null || high >= ruleMin);
    }

    static boolean leadTypesMatch(@Nullable List<RuleConditions.LeadTypeFilter> filters, Collection<Integer> types) {
        if (filters == null) {
            return true;
        }
        for (RuleConditions.LeadTypeFilter filter : filters) {
            Set<Integer> ids = Arrays.stream(filter.ids().split(","))
                    .map(String::trim)
                    .filter(id -> !id.isEmpty())
                    .map(Integer::valueOf)
                    .collect(Collectors.toSet());
            boolean met = "all".equals(filter.type()) ? types.containsAll(ids) : ids.stream().anyMatch(types::contains);
            if (!ids.isEmpty() && !met) {
                return false;
            }
        }
        return true;
    }

    static Set<String> alternatives(@Nullable String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(wanted.split(","))
                .map(ConditionMatcher::normalized)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Set<String> normalizedAll(Collection<String> values) {
        return values.stream().map(ConditionMatcher::normalized).collect(Collectors.toSet());
    }

    private static String normalized(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
