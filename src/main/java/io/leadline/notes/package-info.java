/** Notes on leads (table {@code notes}). For now written by lead create ({@code content} + {@code isPin}). */
@NullMarked
package io.leadline.notes;

import org.jspecify.annotations.NullMarked;
