package io.leadline.leads.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the lead is looking for: one per lead, replaced whole when written. */
public record LeadInquiry(
        @Nullable Long priceMin,
        @Nullable Long priceMax,
        @Nullable List<String> propertyType,
        @Nullable Integer bedroomsMin,
        @Nullable Integer bedroomsMax,
        @Nullable String bathroomsMin,
        @Nullable String bathroomsMax,
        @Nullable List<Location> locations,
        @Nullable Long id,
        @Nullable Long leadUserId,
        @Nullable Boolean modifyByAgent,
        @Nullable String createTime,
        @Nullable String updateTime,
        @Nullable Boolean defaultValue) {

    public record Location(
            @Nullable String stateCode,
            @Nullable String city,
            @Nullable String zipCode,
            @Nullable String county,
            @Nullable String streetAddress,
            @Nullable String description) {}
}
