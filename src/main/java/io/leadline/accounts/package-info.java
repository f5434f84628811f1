/**
 * Teams, offices (a tree), users with their roles, and API keys: tables {@code teams}, {@code offices},
 * {@code users}, {@code credentials}, {@code bootstrap_state}. Serves Lofty's {@code /v1.0/me}, {@code /v1.0/members},
 * {@code /v1.0/org} and the administration API under {@code /leadline/v1}, and authenticates every request.
 * <p>
 * Tables written: {@code agent_profiles}, {@code bootstrap_state}, {@code companies}, {@code credentials},
 * {@code member_tag_links}, {@code member_tags}, {@code offices}, {@code teams}, {@code users}.
 */
@ApplicationModule(allowedDependencies = {"database", "ids", "startup", "web"})
@NullMarked
package io.leadline.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
