/**
 * Notes on leads (table {@code notes}): Lofty's {@code /v1.0/notes} resource, and the note a lead create carries in
 * {@code content}/{@code isPin}. A note is visible exactly when its lead is.
 * <p>
 * Tables written: {@code notes}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "idempotency", "ids", "leaddata", "leads", "web", "webhooks"})
@NullMarked
package io.leadline.notes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
