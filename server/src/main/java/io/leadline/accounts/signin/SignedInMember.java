package io.leadline.accounts.signin;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * Who a console session belongs to, kept in the session (serialised into the shared session store): the member's
 * ids, not their role or offices, which every request reads afresh. {@link #getName()} is how Spring Session finds a
 * member's sessions to end them.
 */
public record SignedInMember(long teamId, long userId, String email, long signedInAtMillis)
        implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return principalName(teamId, userId);
    }

    public static String principalName(long teamId, long userId) {
        return teamId + ":" + userId;
    }
}
