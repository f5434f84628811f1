/**
 * Tasks and appointments on leads: Lofty's v1 tasks and appointments, v2 tasks, and the v2 calendar, all views of one
 * table; the lead's next open task (its Task sort); reminders that fire once across nodes; webhook lists 10 and 11.
 * <p>
 * Tables written: {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "clock", "ids", "leaddata", "leads", "search", "web", "webhooks"})
@NullMarked
package io.leadline.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
