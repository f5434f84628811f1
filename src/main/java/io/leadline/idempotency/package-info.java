/**
 * Idempotent creates: a POST retried with the same {@code Idempotency-Key} (per credential, for 24 hours) answers
 * with what the first one created and creates nothing. Table {@code idempotency_keys}.
 */
@NullMarked
package io.leadline.idempotency;

import org.jspecify.annotations.NullMarked;
