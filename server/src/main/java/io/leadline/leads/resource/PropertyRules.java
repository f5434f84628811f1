package io.leadline.leads.resource;

import io.leadline.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Checks on inquiries and properties, and when two properties are the same address. No I/O. */
final class PropertyRules {

    static final int LOCATIONS_MAX = 50;

    private PropertyRules() {}

    static void validateInquiry(LeadInquiry inquiry) {
        range("inquiry.priceMin", "inquiry.priceMax", inquiry.priceMin(), inquiry.priceMax());
        range("inquiry.bedroomsMin", "inquiry.bedroomsMax", toLong(inquiry.bedroomsMin()), toLong(inquiry.bedroomsMax()));
        bathrooms("inquiry.bathroomsMin", inquiry.bathroomsMin());
        bathrooms("inquiry.bathroomsMax", inquiry.bathroomsMax());
        List<LeadInquiry.Location> locations = inquiry.locations() == null ? List.of() : inquiry.locations();
        if (locations.size() > LOCATIONS_MAX) {
            throw ApiException.invalidField("inquiry.locations", "may hold at most " + LOCATIONS_MAX + " entries");
        }
        for (int i = 0; i < locations.size(); i++) {
            LeadInquiry.Location location = locations.get(i);
            if (location == null) {
                throw ApiException.invalidField("inquiry.locations[" + i + "]", "must be an object");
            }
        }
    }

    static void validateProperty(LeadProperty property) {
        String path = "property";
        FieldRules.optionalMaxLength(path + ".streetAddress", property.streetAddress(), 500);
        FieldRules.optionalMaxLength(path + ".city", property.city(), 200);
        FieldRules.optionalMaxLength(path + ".state", property.state(), 200);
        FieldRules.optionalMaxLength(path + ".zipCode", property.zipCode(), 20);
        range(path + ".priceMin", path + ".priceMax", property.priceMin(), property.priceMax());
        nonNegative(path + ".price", property.price());
        nonNegative(path + ".bedrooms", toLong(property.bedrooms()));
        nonNegative(path + ".squareFeet", property.squareFeet());
        nonNegative(path + ".parkingSpace", property.parkingSpace());
        nonNegative(path + ".floors", toLong(property.floors()));
        if (property.bathrooms() != null && property.bathrooms() < 0) {
            throw ApiException.invalidField(path + ".bathrooms", "must not be negative");
        }
        if (property.lotSize() != null && property.lotSize() < 0) {
            throw ApiException.invalidField(path + ".lotSize", "must not be negative");
        }
    }

    /** The inquiry's property types as stored: each one a listed value, blanks refused; null stays null. */
    static @Nullable List<String> propertyTypes(FieldRules rules, String field, @Nullable List<String> types) {
        if (types == null) {
            return null;
        }
        List<String> stored = new java.util.ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            stored.add(rules.listed(field + "[" + i + "]", Objects.requireNonNullElse(types.get(i), ""), ValueList.PROPERTY_TYPE));
        }
        return stored;
    }

    static @Nullable String propertyType(FieldRules rules, String field, @Nullable String type) {
        return type == null || type.isBlank() ? type : rules.listed(field, type, ValueList.PROPERTY_TYPE);
    }

    /** Same street, city, state and zip, ignoring case and surrounding blanks. */
    static boolean sameAddress(LeadPropertyRepository.PropertyRow stored, LeadProperty candidate) {
        return same(stored.streetAddress(), candidate.streetAddress())
                && same(stored.city(), candidate.city())
                && same(stored.state(), candidate.state())
                && same(stored.zipCode(), candidate.zipCode());
    }

    /** The address as one line ("1 Main St, Austin, TX 78701"), blanks left out, for the system log. */
    static String address(LeadProperty property) {
        String place = java.util.stream.Stream.of(property.streetAddress(), property.city())
                .filter(part -> part != null && !part.isBlank())
                .map(String::trim)
                .collect(java.util.stream.Collectors.joining(", "));
        String region = java.util.stream.Stream.of(property.state(), property.zipCode())
                .filter(part -> part != null && !part.isBlank())
                .map(String::trim)
                .collect(java.util.stream.Collectors.joining(" "));
        return place.isEmpty() ? region : region.isEmpty() ? place : place + ", " + region;
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(@Nullable String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    private static void range(String minField, String maxField, @Nullable Long min, @Nullable Long max) {
        nonNegative(minField, min);
        nonNegative(maxField, max);
        if (min != null && max != null && min > max) {
            throw ApiException.invalidField(minField, "must not be greater than " + maxField);
        }
    }

    private static void nonNegative(String field, @Nullable Long value) {
        if (value != null && value < 0) {
            throw ApiException.invalidField(field, "must not be negative");
        }
    }

    private static void bathrooms(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            if (Double.parseDouble(value.trim()) < 0) {
                throw ApiException.invalidField(field, "must not be negative");
            }
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "must be a number written as a string, such as \"1.5\"");
        }
    }

    private static @Nullable Long toLong(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }
}
