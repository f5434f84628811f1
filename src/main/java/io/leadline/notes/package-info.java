/**
 * Notes on leads (table {@code notes}): Lofty's {@code /v1.0/notes} resource, and the note a lead create carries in
 * {@code content}/{@code isPin}. A note is visible exactly when its lead is.
 */
@NullMarked
package io.leadline.notes;

import org.jspecify.annotations.NullMarked;
