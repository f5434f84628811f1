package io.leadline.routing.decisions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A rule's conditions in Lofty's field names; every one is optional and they are AND-ed. Location fields and
 * {@code sourceName} may list alternatives separated by commas. Match types are Leadline's numbering (Lofty does not
 * publish its own): location 1 = match exactly, 2 = empty or match exactly; tags and segments 1 = any, 2 = all.
 */
@NamedInterface("administration") // the console's administration pages read it
public record RuleConditions(
        @Nullable LocationRule locationRule,
        @Nullable String sourceName,
        @Nullable Integer sourceMatchType,
        @Nullable List<String> tagNames,
        @Nullable Integer tagMatchType,
        @Nullable List<String> groupNames,
        @Nullable Integer groupMatchType,
        @Nullable String phone,
        @Nullable Long priceMin,
        @Nullable Long priceMax,
        @Nullable List<LeadTypeFilter> leadTypeFilters) {

    static final int MATCH_EXACTLY = 1;
    static final int EMPTY_OR_MATCH = 2;
    static final int ANY = 1;
    static final int ALL = 2;

    static final RuleConditions NONE = new RuleConditions(null, null, null, null, null, null, null, null, null, null, null);

    public record LocationRule(
            @Nullable Integer locationMatchType,
            @Nullable String state,
            @Nullable String county,
            @Nullable String city,
            @Nullable String zipcode,
            @Nullable String streetAddress) {}

    /** {@code type} is "one_of" or "all"; {@code ids} a comma-separated list of lead type ids. */
    public record LeadTypeFilter(String type, String ids) {}
}
