/**
 * Teams, offices (a tree), users with their roles, and API keys: tables {@code teams}, {@code offices},
 * {@code users}, {@code credentials}, {@code bootstrap_state}. Serves Lofty's {@code /v1.0/me}, {@code /v1.0/members},
 * {@code /v1.0/org} and the administration API under {@code /leadline/v1}, and authenticates every request.
 */
@NullMarked
package io.leadline.accounts;

import org.jspecify.annotations.NullMarked;
