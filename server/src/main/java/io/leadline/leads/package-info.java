/**
 * The Lofty lead resource: create, read, partial update, trash and restore, with visibility enforced in SQL, and
 * assignment. Serves {@code /v1.0/leads/**} and {@code /leadline/v1/leads/**}; keeps the search index in step through
 * {@code search}'s door.
 * <p>
 * Other features use {@link io.leadline.leads.LeadService}, {@link io.leadline.leads.LeadCards} and the records and
 * events beside them. Inside: {@code resource} (the lead's row, its lists, tags, properties and custom values, the
 * field rules, the Lofty shape, the endpoints) and {@code assignment} (assigning, claiming, routing a new lead through
 * {@code routing}, offers that expire, roles' assignees).
 * <p>
 * Tables written: {@code lead_custom_values}, {@code lead_list_items}, {@code lead_properties},
 * {@code lead_role_assignees}, {@code lead_tags}, {@code leads}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "clock", "database", "idempotency", "ids", "leaddata", "routing", "search", "teamfeatures", "web", "webhooks"})
@NullMarked
package io.leadline.leads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
