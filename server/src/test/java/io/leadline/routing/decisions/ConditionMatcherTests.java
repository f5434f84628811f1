package io.leadline.routing.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.routing.RoutingSubject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionMatcherTests {

    private static final RoutingSubject.Place AUSTIN = new RoutingSubject.Place("TX", "Travis", "Austin", "78701", "1 Main St", null, null);
    private static final RoutingSubject.Place DALLAS_HOUSE =
            new RoutingSubject.Place("TX", "Dallas", "Dallas", "75201", "9 Elm St", 400_000L, 400_000L);

    @Test
    void aRuleWithoutConditionsMatchesEveryLead() {
        assertThat(ConditionMatcher.matches(RuleConditions.NONE, buyer(List.of()))).isTrue();
    }

    @Test
    void buyersAreMatchedOnTheirInquiryLocationsAndSellersOnTheirProperty() {
        RuleConditions austin = location(RuleConditions.MATCH_EXACTLY, "TX", "Austin");
        RuleConditions dallas = location(RuleConditions.MATCH_EXACTLY, "TX", "Dallas");
        RoutingSubject buyer = new RoutingSubject(List.of(2), null, Set.of(), Set.of(), false, List.of(AUSTIN), null, null, List.of(DALLAS_HOUSE));
        RoutingSubject seller = new RoutingSubject(List.of(1, 2), null, Set.of(), Set.of(), false, List.of(AUSTIN), null, null, List.of(DALLAS_HOUSE));

        assertThat(ConditionMatcher.matches(austin, buyer)).isTrue();
        assertThat(ConditionMatcher.matches(dallas, buyer)).isFalse();
        assertThat(ConditionMatcher.matches(austin, seller)).isFalse();
        assertThat(ConditionMatcher.matches(dallas, seller)).isTrue();
    }

    @Test
    void locationFieldsListAlternativesAndIgnoreCase() {
        RuleConditions rule = location(RuleConditions.MATCH_EXACTLY, "tx", "Houston, austin");
        assertThat(ConditionMatcher.matches(rule, buyer(List.of(AUSTIN)))).isTrue();
    }

    @Test
    void emptyOrMatchAcceptsALeadWithoutThatField() {
        RoutingSubject.Place noCity = new RoutingSubject.Place("TX", null, null, null, null, null, null);
        assertThat(ConditionMatcher.matches(location(RuleConditions.MATCH_EXACTLY, "TX", "Austin"), buyer(List.of(noCity)))).isFalse();
        assertThat(ConditionMatcher.matches(location(RuleConditions.EMPTY_OR_MATCH, "TX", "Austin"), buyer(List.of(noCity)))).isTrue();
        assertThat(ConditionMatcher.matches(location(RuleConditions.EMPTY_OR_MATCH, "TX", "Austin"), buyer(List.of()))).isTrue();
        assertThat(ConditionMatcher.matches(location(RuleConditions.MATCH_EXACTLY, "TX", "Austin"), buyer(List.of()))).isFalse();
        RoutingSubject.Place otherState = new RoutingSubject.Place("CA", null, null, null, null, null, null);
        assertThat(ConditionMatcher.matches(location(RuleConditions.EMPTY_OR_MATCH, "TX", "Austin"), buyer(List.of(otherState)))).isFalse();
    }

    @Test
    void sourceMustBeOneOfTheNamedSources() {
        RuleConditions rule = new RuleConditions(null, "Zillow, Realtor.com", 1, null, null, null, null, null, null, null, null);
        assertThat(ConditionMatcher.matches(rule, withSource("zillow"))).isTrue();
        assertThat(ConditionMatcher.matches(rule, withSource("Facebook"))).isFalse();
        assertThat(ConditionMatcher.matches(rule, withSource(null))).isFalse();
    }

    @Test
    void tagsAndSegmentsMatchAnyOrAll() {
        RuleConditions anyTag = new RuleConditions(null, null, null, List.of("Hot", "VIP"), RuleConditions.ANY, null, null, null, null, null, null);
        RuleConditions allTags = new RuleConditions(null, null, null, List.of("Hot", "VIP"), RuleConditions.ALL, null, null, null, null, null, null);
        RuleConditions allSegments = new RuleConditions(null, null, null, null, null, List.of("Luxury", "Downtown"), RuleConditions.ALL, null, null, null, null);
        RoutingSubject hot = new RoutingSubject(List.of(), null, Set.of("hot"), Set.of("Luxury"), false, List.of(), null, null, List.of());
        RoutingSubject both = new RoutingSubject(List.of(), null, Set.of("Hot", "VIP"), Set.of("Luxury", "Downtown"), false, List.of(), null, null, List.of());

        assertThat(ConditionMatcher.matches(anyTag, hot)).isTrue();
        assertThat(ConditionMatcher.matches(allTags, hot)).isFalse();
        assertThat(ConditionMatcher.matches(allTags, both)).isTrue();
        assertThat(ConditionMatcher.matches(allSegments, hot)).isFalse();
        assertThat(ConditionMatcher.matches(allSegments, both)).isTrue();
    }

    @Test
    void phoneWithOrWithout() {
        RuleConditions with = new RuleConditions(null, null, null, null, null, null, null, "With", null, null, null);
        RuleConditions without = new RuleConditions(null, null, null, null, null, null, null, "Without", null, null, null);
        RoutingSubject phone = new RoutingSubject(List.of(), null, Set.of(), Set.of(), true, List.of(), null, null, List.of());
        RoutingSubject noPhone = buyer(List.of());

        assertThat(ConditionMatcher.matches(with, phone)).isTrue();
        assertThat(ConditionMatcher.matches(with, noPhone)).isFalse();
        assertThat(ConditionMatcher.matches(without, noPhone)).isTrue();
        assertThat(ConditionMatcher.matches(without, phone)).isFalse();
    }

    @Test
    void priceRangesMustOverlapAndComeFromTheRightPlace() {
        RoutingSubject buyer = new RoutingSubject(List.of(2), null, Set.of(), Set.of(), false, List.of(), 300_000L, 500_000L, List.of());
        RoutingSubject seller = new RoutingSubject(List.of(1), null, Set.of(), Set.of(), false, List.of(), 300_000L, 500_000L, List.of(DALLAS_HOUSE));
        RoutingSubject noPrice = buyer(List.of());

        assertThat(ConditionMatcher.priceMatches(450_000L, null, buyer)).isTrue();
        assertThat(ConditionMatcher.priceMatches(600_000L, null, buyer)).isFalse();
        assertThat(ConditionMatcher.priceMatches(null, 250_000L, buyer)).isFalse();
        assertThat(ConditionMatcher.priceMatches(350_000L, 450_000L, seller)).isTrue();
        assertThat(ConditionMatcher.priceMatches(450_000L, 900_000L, seller)).isFalse();
        assertThat(ConditionMatcher.priceMatches(1L, null, noPrice)).isFalse();
        assertThat(ConditionMatcher.priceMatches(null, null, noPrice)).isTrue();
    }

    @Test
    void leadTypesOneOfAndAll() {
        var oneOf = List.of(new RuleConditions.LeadTypeFilter("one_of", "1,5"));
        var all = List.of(new RuleConditions.LeadTypeFilter("all", "1,2"));

        assertThat(ConditionMatcher.leadTypesMatch(oneOf, List.of(2, 5))).isTrue();
        assertThat(ConditionMatcher.leadTypesMatch(oneOf, List.of(2))).isFalse();
        assertThat(ConditionMatcher.leadTypesMatch(all, List.of(1, 2, 5))).isTrue();
        assertThat(ConditionMatcher.leadTypesMatch(all, List.of(1))).isFalse();
        assertThat(ConditionMatcher.leadTypesMatch(null, List.of())).isTrue();
    }

    private static RuleConditions location(int matchType, String state, String city) {
        return new RuleConditions(new RuleConditions.LocationRule(matchType, state, null, city, null, null),
                null, null, null, null, null, null, null, null, null, null);
    }

    private static RoutingSubject buyer(List<RoutingSubject.Place> locations) {
        return new RoutingSubject(List.of(2), null, Set.of(), Set.of(), false, locations, null, null, List.of());
    }

    private static RoutingSubject withSource(String source) {
        return new RoutingSubject(List.of(), source, Set.of(), Set.of(), false, List.of(), null, null, List.of());
    }
}
