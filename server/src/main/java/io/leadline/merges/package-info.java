/**
 * Merging duplicate leads (issue 31): {@code POST /leadline/v1/leads/{id}/merge} combines leads into a survivor — the
 * leads' own part through {@link io.leadline.leads.LeadMerging}, every other feature's records moved through the
 * {@code leaddata} seam — and {@code POST /leadline/v1/merges/{id}/undo} takes a merge back within
 * {@code leadline.merges.undo-within}; a team may merge a new duplicate into its oldest lead at create time. Each
 * merge is kept without the data it moved.
 * <p>
 * Tables written: {@code duplicate_leads}, {@code duplicate_settings}, {@code duplicate_sweeps}, {@code lead_merges}.
 */
@ApplicationModule(allowedDependencies = {"ids", "leaddata", "leads", "search", "web"})
@NullMarked
package io.leadline.merges;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
