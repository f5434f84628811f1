package io.leadline.accounts.administration;

import io.leadline.accounts.authentication.Authenticator;
import io.leadline.accounts.authentication.Credential;
import io.leadline.accounts.authentication.Secrets;
import io.leadline.accounts.signin.ConsoleAddress;
import io.leadline.accounts.signin.PasswordLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * On a database with no team, creates the first team, its owner and an API key: the one given in
 * LEADLINE_BOOTSTRAP_API_KEY, or a random one printed once on the console.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
        name = "leadline.operator.command", havingValue = "false", matchIfMissing = true)
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final TeamAdministration administration;
    private final Authenticator authenticator;
    private final String configuredKey;
    private final String teamName;
    private final String ownerEmail;
    private final boolean structuredLogs;
    private final PasswordLinks passwordLinks;
    private final ConsoleAddress console;

    Bootstrap(
            TeamAdministration administration,
            Authenticator authenticator,
            PasswordLinks passwordLinks,
            ConsoleAddress console,
            @Value("${leadline.bootstrap.api-key:}") String configuredKey,
            @Value("${leadline.bootstrap.team-name}") String teamName,
            @Value("${leadline.bootstrap.owner-email}") String ownerEmail,
            @Value("${logging.structured.format.console:}") String structuredFormat) {
        this.administration = administration;
        this.authenticator = authenticator;
        this.passwordLinks = passwordLinks;
        this.console = console;
        this.structuredLogs = !structuredFormat.isBlank();
        this.configuredKey = configuredKey;
        this.teamName = teamName;
        this.ownerEmail = ownerEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredKey.isBlank();
        String key = generated ? Secrets.newKey(Credential.TOKEN) : configuredKey.trim();
        try {
            var created = administration.bootstrap(teamName, ownerEmail, key);
            if (created.isPresent()) {
                announce(created.get(), key, generated);
            } else if (!generated && !authenticator.isServerAdministratorKey(key)) {
                warnIgnored();
            }
        } catch (DataAccessException | IllegalStateException e) {
            log.info("Another node bootstrapped the first team; nothing to do ({})", e.getMessage());
        }
    }

    /** A bootstrap key given after the first start would otherwise look like it worked; say plainly that it did not. */
    private static void warnIgnored() {
        log.warn("""

                ==================================================================
                 LEADLINE_BOOTSTRAP_API_KEY (leadline.bootstrap.api-key) IS IGNORED
                 The database already has a team: the bootstrap key is used only
                 on the first start of an empty database, and this key is not a
                 working key of the server administrator. It does NOT authenticate.
                 Issue keys through /leadline/v1/api-keys with a working key.
                ==================================================================""");
    }

    private void announce(TeamAdministration.CreatedTeam created, String key, boolean generated) {
        log.info("Bootstrapped team {} ({}) with owner {}", created.team().id(), created.team().name(),
                created.owner().email());
        if (!generated) {
            return;
        }
        String signIn = console.passwordLink(passwordLinks.createAsOperator(created.team().id(), created.owner().id()).token());
        if (structuredLogs) {
            // one log event, so a JSON log stream stays JSON; a banner on stdout would break it
            log.warn("Leadline first start: the owner sets a console password at {} (works once, for 3 days);"
                    + " the owner's API key (shown only this once): Authorization: token {}", signIn, key);
        } else {
            System.out.printf("""

                    ==================================================================
                     Leadline first start: the owner's API key (shown only this once)

                       Authorization: token %s

                     The owner (%s) signs in to the console after setting a
                     password here (the link works once, for 3 days):

                       %s

                     Set LEADLINE_BOOTSTRAP_API_KEY to choose the key yourself.
                    ==================================================================

                    """, key, created.owner().email(), signIn);
        }
    }
}
