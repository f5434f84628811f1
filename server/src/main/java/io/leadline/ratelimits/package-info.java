/**
 * Per-credential rate limits in Lofty's fixed 60-second windows, shared by every server node through table
 * {@code rate_limit_windows}, with the X-RateLimit-* headers on every authenticated response.
 * <p>
 * Tables written: {@code rate_limit_windows}.
 */
@ApplicationModule(allowedDependencies = {"web"})
@NullMarked
package io.leadline.ratelimits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
