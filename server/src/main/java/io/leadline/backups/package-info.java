/**
 * Backups of the embedded database: one taken on demand and streamed to the server administrator who asked
 * ({@code GET /leadline/v1/backup}, what {@code leadline admin backup FILE} calls), and scheduled ones kept in a
 * directory with a retention count and their age as a metric. H2's {@code BACKUP TO} copies the database online and
 * consistently while the server runs. On PostgreSQL backups are PostgreSQL's own (pgBackRest; docs/operations.md).
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {"database", "web"})
@NullMarked
package io.leadline.backups;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
