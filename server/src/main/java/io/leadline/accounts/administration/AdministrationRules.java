package io.leadline.accounts.administration;

import io.leadline.accounts.Member;
import io.leadline.accounts.directory.Ranks;
import io.leadline.accounts.directory.Role;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import org.jspecify.annotations.Nullable;

/** Who may administer whom, and the text rules of the administration API. */
final class AdministrationRules {

    private AdministrationRules() {}

    static Role grantableRole(Caller caller, String role) {
        return Ranks.grantable(caller, Role.parse("role", role), ErrorCode.PERMISSION_DENIED);
    }

    static void requireActsFor(Caller caller, Member target, String action) {
        Ranks.requireActsFor(caller, target, action, ErrorCode.PERMISSION_DENIED);
    }

    static void requireManager(Caller caller) {
        Ranks.requireManager(caller, ErrorCode.PERMISSION_DENIED);
    }

    static void requireText(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ApiException.missingField(field);
        }
        if (value.trim().length() > maxLength) {
            throw ApiException.tooLong(field, maxLength);
        }
    }
}
