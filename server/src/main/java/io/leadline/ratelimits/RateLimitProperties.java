package io.leadline.ratelimits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leadline.rate-limit.*}: on or off for the whole server, the per-key default (Lofty's production limit),
 * and the most admissions a node leases from the shared window at once.
 */
@ConfigurationProperties("leadline.rate-limit")
record RateLimitProperties(boolean enabled, int defaultPerMinute, int maxLease) {}
