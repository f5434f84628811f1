package io.leadline.leads.resource;

import org.jspecify.annotations.Nullable;

/** A property of the lead's (to sell, or a mailing address); a lead may have several. */
public record LeadProperty(
        @Nullable Long price,
        @Nullable Long priceMin,
        @Nullable Long priceMax,
        @Nullable String state,
        @Nullable String city,
        @Nullable String streetAddress,
        @Nullable String zipCode,
        @Nullable String county,
        @Nullable String propertyType,
        @Nullable Integer bedrooms,
        @Nullable Double bathrooms,
        @Nullable Long squareFeet,
        @Nullable Double lotSize,
        @Nullable Long parkingSpace,
        @Nullable Integer floors,
        @Nullable Boolean mailAddress,
        @Nullable Long id,
        @Nullable Long leadUserId,
        @Nullable String listingId,
        @Nullable Long autoListingId,
        @Nullable String label,
        @Nullable String note,
        @Nullable String listingStatus,
        @Nullable String labelList,
        @Nullable String pictureUrl,
        @Nullable String siteListingUrl,
        @Nullable String labelType,
        @Nullable String propertySource,
        @Nullable String createTime) {

    boolean addressBlank() {
        return isBlank(streetAddress) && isBlank(city) && isBlank(state) && isBlank(zipCode);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Fields present in {@code update} win; the rest keep this property's values. */
    LeadProperty mergedWith(LeadProperty update) {
        return new LeadProperty(
                pick(update.price, price),
                pick(update.priceMin, priceMin),
                pick(update.priceMax, priceMax),
                pick(update.state, state),
                pick(update.city, city),
                pick(update.streetAddress, streetAddress),
                pick(update.zipCode, zipCode),
                pick(update.county, county),
                pick(update.propertyType, propertyType),
                pick(update.bedrooms, bedrooms),
                pick(update.bathrooms, bathrooms),
                pick(update.squareFeet, squareFeet),
                pick(update.lotSize, lotSize),
                pick(update.parkingSpace, parkingSpace),
                pick(update.floors, floors),
                pick(update.mailAddress, mailAddress),
                id,
                leadUserId,
                pick(update.listingId, listingId),
                pick(update.autoListingId, autoListingId),
                pick(update.label, label),
                pick(update.note, note),
                pick(update.listingStatus, listingStatus),
                pick(update.labelList, labelList),
                pick(update.pictureUrl, pictureUrl),
                pick(update.siteListingUrl, siteListingUrl),
                pick(update.labelType, labelType),
                pick(update.propertySource, propertySource),
                createTime);
    }

    /** The stored shape carries no identity or timestamps: those come from the row. */
    LeadProperty withPropertyType(@Nullable String type) {
        return new LeadProperty(
                price, priceMin, priceMax, state, city, streetAddress, zipCode, county, type, bedrooms,
                bathrooms, squareFeet, lotSize, parkingSpace, floors, mailAddress, id, leadUserId, listingId,
                autoListingId, label, note, listingStatus, labelList, pictureUrl, siteListingUrl, labelType,
                propertySource, createTime);
    }

    LeadProperty withoutIdentity() {
        return withIdentity(null, null, null);
    }

    LeadProperty withIdentity(@Nullable Long id, @Nullable Long leadUserId, @Nullable String createTime) {
        return new LeadProperty(
                price, priceMin, priceMax, state, city, streetAddress, zipCode, county, propertyType, bedrooms,
                bathrooms, squareFeet, lotSize, parkingSpace, floors, mailAddress, id, leadUserId, listingId,
                autoListingId, label, note, listingStatus, labelList, pictureUrl, siteListingUrl, labelType,
                propertySource, createTime);
    }

    private static <T> @Nullable T pick(@Nullable T update, @Nullable T current) {
        return update != null ? update : current;
    }
}
