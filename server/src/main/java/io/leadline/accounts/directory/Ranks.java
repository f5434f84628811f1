package io.leadline.accounts.directory;

import io.leadline.accounts.Member;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import java.util.Arrays;
import java.util.List;

/**
 * Who may act on whom (LL-13): nobody creates, promotes or issues a credential for someone with their own power or
 * more. {@code denied} is the answer's code: 403 on Leadline's endpoints, Lofty's 400/20017 where Lofty documents it.
 */
public final class Ranks {

    private Ranks() {}

    public static void requireManager(Caller caller, ErrorCode denied) {
        if (!caller.managesTeam()) {
            throw new ApiException(denied, "Permission denied: only the team's owner or an admin may do this");
        }
    }

    /** A role the caller may give: one strictly below their own. The owner's role is given only at team creation. */
    public static Role grantable(Caller caller, Role granted, ErrorCode denied) {
        if (granted == Role.OWNER) {
            throw ApiException.invalidField("role", "OWNER is given at team creation; a team has one owner");
        }
        if (!Role.of(caller.role()).outranks(granted)) {
            throw new ApiException(denied,
                    "Permission denied: a " + caller.role() + " may only give roles below their own, not " + granted);
        }
        return granted;
    }

    /** The roles the caller may give, highest first. */
    public static List<Role> grantableBy(Caller caller) {
        Role own = Role.of(caller.role());
        return Arrays.stream(Role.values()).filter(role -> role != Role.OWNER && own.outranks(role)).toList();
    }

    /** Whether {@link #requireActsFor} lets the caller act on the member. */
    public static boolean actsFor(Caller caller, Member target) {
        return target.id() == caller.userId()
                || (!target.serverAdmin() && Role.of(caller.role()).outranks(Role.of(target.role())));
    }

    /**
     * A caller acts on themselves, or on a member they outrank. A server administrator is outranked by nobody in their
     * team: their power never passes through a team-level action.
     */
    public static void requireActsFor(Caller caller, Member target, String action, ErrorCode denied) {
        if (target.id() == caller.userId()) {
            return;
        }
        if (target.serverAdmin() || !Role.of(caller.role()).outranks(Role.of(target.role()))) {
            throw new ApiException(denied, "Permission denied: a " + caller.role() + " may not " + action + " a " + target.role());
        }
    }
}
