/**
 * Lead search: the filters, sorts, offsets and scroll tokens of {@code GET /v1.0/leads}, visibility as SQL, and the
 * search index behind them: {@code lead_counts} and {@code lead_count_deltas}, {@code lead_terms} and
 * {@code search_terms}, and the columns and masks lead_tags rows carry. Reads the lead tables; their writers (the
 * {@code leads} feature) keep the index in step through its one door, {@link io.leadline.search.LeadIndex}.
 * <p>
 * Tables written: {@code lead_count_compactor}, {@code lead_count_deltas}, {@code lead_counts}, {@code lead_tags}
 * (its {@code tag_mask} column: see TableOwnershipTests), {@code lead_terms}, {@code search_terms},
 * {@code search_vocabulary_removals}, {@code server_secrets}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "leaddata", "routing", "startup", "teamfeatures", "web"})
@NullMarked
package io.leadline.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
