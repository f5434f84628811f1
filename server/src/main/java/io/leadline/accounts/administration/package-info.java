/**
 * The team's administration: teams, offices, members and their roles, API keys. The API's endpoints and the
 * console's team page (the named interface {@code accounts :: administration}) call the same services, so the rank
 * rules hold on both.
 */
@NamedInterface("administration")
@NullMarked
package io.leadline.accounts.administration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
