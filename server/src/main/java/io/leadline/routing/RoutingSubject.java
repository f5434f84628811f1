package io.leadline.routing;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What routing may look at of a lead: its types, source, tags, segments, whether it has a phone, and both where it is
 * looking (inquiry) and what it owns (properties). Which of the last two counts is routing's decision (Seller rule).
 */
public record RoutingSubject(
        List<Integer> leadTypes,
        @Nullable String source,
        Set<String> tags,
        Set<String> segments,
        boolean hasPhone,
        List<Place> inquiryLocations,
        @Nullable Long inquiryPriceMin,
        @Nullable Long inquiryPriceMax,
        List<Place> properties) {

    public static final int SELLER = 1;

    /** A location or property address, with a price range for properties (a single price is min = max). */
    public record Place(
            @Nullable String state,
            @Nullable String county,
            @Nullable String city,
            @Nullable String zipCode,
            @Nullable String streetAddress,
            @Nullable Long priceMin,
            @Nullable Long priceMax) {}

    public boolean isSeller() {
        return leadTypes.contains(SELLER);
    }
}
