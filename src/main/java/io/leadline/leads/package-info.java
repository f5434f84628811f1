/**
 * The Lofty lead resource: create, read, partial update, trash and restore, with visibility enforced in SQL.
 * Owns {@code leads}, {@code lead_list_items}, {@code lead_tags}, {@code lead_terms}, {@code search_terms},
 * {@code lead_properties} and {@code lead_custom_values}; serves {@code /v1.0/leads/**} and
 * {@code /leadline/v1/leads/**}.
 */
@NullMarked
package io.leadline.leads;

import org.jspecify.annotations.NullMarked;
