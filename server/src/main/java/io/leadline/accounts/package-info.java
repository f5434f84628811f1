/**
 * Teams, offices (a tree), users with their roles, and API keys: tables {@code teams}, {@code offices},
 * {@code users}, {@code credentials}, {@code bootstrap_state}. Serves Lofty's {@code /v1.0/me}, {@code /v1.0/members},
 * {@code /v1.0/org} and the administration API under {@code /leadline/v1}, and authenticates every request.
 * <p>
 * Other features use only this package ({@link io.leadline.accounts.AccountsService} and the records and events next
 * to it). Inside, by audience: {@code authentication} (credentials, the caller cache, Spring Security's wiring),
 * {@code directory} (members, offices, the company and agent profiles as Lofty serves them), {@code administration}
 * (teams, members, roles and keys changed through the administration API, and the first-start bootstrap) and
 * {@code operator} (the offline {@code admin} command) and {@code signin} (console passwords, their one-time links and
 * the sign-in lockout; a named interface the console uses).
 * <p>
 * Tables written: {@code agent_profiles}, {@code bootstrap_state}, {@code companies}, {@code credentials},
 * {@code member_passwords}, {@code member_tag_links}, {@code member_tags}, {@code offices}, {@code password_links},
 * {@code sign_in_failures}, {@code teams}, {@code users}.
 */
@ApplicationModule(allowedDependencies = {"database", "ids", "startup", "web"})
@NullMarked
package io.leadline.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
