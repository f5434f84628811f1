/**
 * The Lofty lead resource: create, read, partial update, trash and restore, with visibility enforced in SQL, and
 * assignment. Serves {@code /v1.0/leads/**} and {@code /leadline/v1/leads/**}; keeps the search index in step through
 * {@code search}'s door.
 * <p>
 * Tables written: {@code lead_custom_values}, {@code lead_list_items}, {@code lead_properties},
 * {@code lead_role_assignees}, {@code lead_tags}, {@code leads}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "idempotency", "ids", "routing", "search", "teamfeatures", "web", "webhooks"})
@NullMarked
package io.leadline.leads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
