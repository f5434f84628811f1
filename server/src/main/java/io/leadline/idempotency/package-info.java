/**
 * Idempotent creates: a POST retried with the same {@code Idempotency-Key} (per credential, for 24 hours) answers
 * with what the first one created and creates nothing. Table {@code idempotency_keys}.
 * <p>
 * Tables written: {@code idempotency_keys}.
 */
@ApplicationModule(allowedDependencies = {"web"})
@NullMarked
package io.leadline.idempotency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
