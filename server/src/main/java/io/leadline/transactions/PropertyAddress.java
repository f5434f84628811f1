package io.leadline.transactions;

import org.jspecify.annotations.Nullable;

/** Lofty's {@code LeadTransactionPropertyAddress}: where the deal's property is. The request carries the transaction id. */
record PropertyAddress(
        @Nullable Long transactionId,
        @Nullable String unit,
        @Nullable String label,
        @Nullable String state,
        @Nullable String city,
        @Nullable String zipCode,
        @Nullable String streetAddress,
        @Nullable String county) {}
