/**
 * The one database every node shares, as plumbing: where the embedded database lives, PostgreSQL session settings,
 * connections that wait out an outage, notifications between nodes ({@code LISTEN}/{@code NOTIFY}), caches that those
 * notifications invalidate, after-commit hooks, inserts held and sent in batches for a bulk writer, planner statistics
 * refreshed after one, and the exit codes of a refused start. Owns no table.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.leadline.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
