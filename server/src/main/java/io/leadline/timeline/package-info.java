/**
 * A lead's timeline (table {@code timeline_entries}): site activity ({@code /v1.0/leads/{id}/activity},
 * {@code /activities}), the system log every lead change writes in its own transaction ({@code /v1.0/systemLogs}),
 * manual logs of calls, emails and texts ({@code /v1.0/logType}) and the v2 activity timeline that merges them with
 * notes ({@code /v2.0/leads/{id}/activities}). An entry is visible exactly when its lead is.
 * <p>
 * Tables written: {@code timeline_entries}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "communications", "database", "ids", "leaddata", "leads", "notes", "tasks", "transactions", "web", "webhooks"})
@NullMarked
package io.leadline.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
