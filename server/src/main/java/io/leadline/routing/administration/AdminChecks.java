package io.leadline.routing.administration;

import io.leadline.accounts.AccountsService;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What every routing write checks: the caller manages the team, and the scope, pond and members named are its own. */
@Component
class AdminChecks {

    private final AccountsService accounts;
    private final PondRepository ponds;

    AdminChecks(AccountsService accounts, PondRepository ponds) {
        this.accounts = accounts;
        this.ponds = ponds;
    }

    long scopeKey(Caller caller, @Nullable Long officeId) {
        if (officeId == null || officeId == -1) {
            return RoutingRule.COMPANY;
        }
        if (!accounts.officeExists(caller.teamId(), officeId)) {
            throw ApiException.invalidField("officeId", "is not an office of this team: " + officeId);
        }
        return officeId;
    }

    long requirePond(Caller caller, long pondId, String field) {
        if (ponds.find(caller.teamId(), pondId).isEmpty()) {
            throw ApiException.invalidField(field, "is not a lead pond of this team: " + pondId);
        }
        return pondId;
    }

    void requireMembers(Caller caller, List<Long> userIds, String field) {
        var found = accounts.findMembers(caller.teamId(), userIds);
        for (long userId : userIds) {
            if (!found.containsKey(userId)) {
                throw ApiException.invalidField(field, "is not a member of this team: " + userId);
            }
        }
    }

    static void requireManager(Caller caller) {
        if (!caller.managesTeam()) {
            throw ApiException.permissionDenied("only the team's owner and admins manage lead routing");
        }
    }
}
