package io.leadline.console;

import io.leadline.accounts.AccountsService;
import io.leadline.web.Caller;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The zone the console shows a member's times in, and their "today": their team's. */
@Component
class TeamClock {

    private final AccountsService accounts;

    TeamClock(AccountsService accounts) {
        this.accounts = accounts;
    }

    ZoneId zone(Caller caller) {
        return accounts.teamZone(caller.teamId());
    }
}
