/**
 * Bulk import of leads (issue 30): CSV and JSON Lines files, read through a mapping into the lead create payload,
 * as jobs that run on any node, resume from their last checkpoint and report every rejected row with the API's own
 * error for it. The leads are written through {@code leads}' import door, by the API's rules.
 * <p>
 * Tables written: {@code import_jobs}, {@code import_file_chunks}, {@code import_row_errors}, {@code import_mappings}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "ids", "leads", "teamfeatures", "web", "webhooks"})
@NullMarked
package io.leadline.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
