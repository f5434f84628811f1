/**
 * Lead search: the filters, sorts, offsets and scroll tokens of {@code GET /v1.0/leads}, visibility as SQL, and the
 * exact totals behind them. Owns {@code lead_counts} and {@code lead_count_deltas}; reads the lead tables, whose
 * writers (the {@code leads} feature) report count changes through {@link io.leadline.search.LeadCounts}.
 */
@NullMarked
package io.leadline.search;

import org.jspecify.annotations.NullMarked;
