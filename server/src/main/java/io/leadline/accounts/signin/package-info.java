/**
 * Signing in to the console: members' password hashes ({@code member_passwords}), the one-time links that set them
 * ({@code password_links}), the failed-sign-in count per address ({@code sign_in_failures}), the console's address
 * for the links, and the caller a session acts as. The console module uses this package (the named interface
 * {@code accounts :: signin}); the rest of accounts' tables stay behind the module's door.
 */
@NamedInterface("signin")
@NullMarked
package io.leadline.accounts.signin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
