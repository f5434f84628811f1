package io.leadline.leads;

import io.leadline.search.CountKey;
import org.jspecify.annotations.Nullable;

/** The lead columns each of its lead_tags rows carries (V39), so tag-filter totals need not read the leads. */
record TagRowFilters(CountKey counted, @Nullable String language) {

    static TagRowFilters of(LeadRow row) {
        return new TagRowFilters(row.countKey(), row.language);
    }
}
