package io.leadline.accounts.operator;

import io.leadline.accounts.Member;
import io.leadline.accounts.administration.KeyAdministration;
import io.leadline.accounts.authentication.Credential;
import io.leadline.accounts.authentication.CredentialRepository;
import io.leadline.accounts.authentication.IssuedKey;
import io.leadline.accounts.directory.Team;
import io.leadline.accounts.directory.TeamRepository;
import io.leadline.accounts.directory.UserRepository;
import io.leadline.accounts.signin.ConsoleAddress;
import io.leadline.accounts.signin.PasswordLinks;
import io.leadline.startup.OperatorCommand;
import io.leadline.web.ApiException;
import io.leadline.web.Times;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The offline administration command ({@code java -jar leadline.jar admin <command>}): runs against the configured
 * database without starting the HTTP server, for an operator who lost the owner's key. Whoever can run it holds the
 * database settings, and so every power already; it acts on any team.
 *
 * <pre>
 *   admin teams                                   the teams
 *   admin members                                 every member of every team
 *   admin keys                                    every key, with its owner and last use
 *   admin issue-key --user=ID [--name=NAME]       a new API key for that member (shown once)
 *   admin revoke-key --key=ID                     revoke a key
 *   admin invite --user=ID                        a one-time link where that member sets their console password
 * </pre>
 * Other features add verbs as {@link OperatorCommand} beans (the search index's check-index and rebuild-index).
 */
@Component
@ConditionalOnProperty(name = "leadline.operator.command", havingValue = "true")
class OperatorCommands implements ApplicationRunner, ExitCodeGenerator {

    private final KeyAdministration keys;
    private final TeamRepository teams;
    private final UserRepository users;
    private final CredentialRepository credentials;
    private final List<OperatorCommand> contributed;
    private final PasswordLinks passwordLinks;
    private final ConsoleAddress console;
    private final PrintStream out = System.out;
    private int exitCode;

    OperatorCommands(KeyAdministration keys, TeamRepository teams, UserRepository users, CredentialRepository credentials,
            List<OperatorCommand> contributed, PasswordLinks passwordLinks, ConsoleAddress console) {
        this.keys = keys;
        this.teams = teams;
        this.users = users;
        this.credentials = credentials;
        this.contributed = contributed;
        this.passwordLinks = passwordLinks;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        String command = words.size() > 1 ? words.get(1) : "";
        try {
            switch (command) {
                case "teams" -> teams.findAll().forEach(t -> out.printf("team %d  %s%n", t.id(), t.name()));
                case "members" -> members();
                case "keys" -> keys();
                case "issue-key" -> issueKey(option(args, "user").map(Long::parseLong), option(args, "name").orElse("operator key"));
                case "revoke-key" -> revokeKey(option(args, "key").map(Long::parseLong));
                case "invite" -> invite(option(args, "user").map(Long::parseLong));
                default -> contributed.stream().filter(verb -> verb.verb().equals(command)).findFirst()
                        .ifPresentOrElse(verb -> exitCode = verb.run(args, out), () -> fail(2, OperatorCommand.USAGE));
            }
        } catch (NumberFormatException e) {
            fail(2, "ids are whole numbers: " + e.getMessage() + "\n" + OperatorCommand.USAGE);
        } catch (ApiException e) {
            fail(1, e.getMessage());
        }
    }

    private void members() {
        for (Team team : teams.findAll()) {
            for (Member m : users.findAllOfTeam(team.id())) {
                out.printf("team %d  user %d  %-9s %s  %s%s%s%n", team.id(), m.id(), m.role(), m.email(), m.fullName(),
                        m.serverAdmin() ? "  (server administrator)" : "", m.deactivatedAt() != null ? "  (deactivated)" : "");
            }
        }
    }

    private void keys() {
        for (Credential key : credentials.findEveryTeams()) {
            out.printf("team %d  key %d  user %d  %-6s %-20s created %s  %s  last used %s%n", key.teamId(), key.id(), key.userId(),
                    key.scheme(), key.name(), Times.iso(key.createdAt()), key.revokedAt() != null ? "revoked" : "active",
                    key.lastUsedAt() == null ? "never" : Times.iso(key.lastUsedAt()));
        }
    }

    private void issueKey(Optional<Long> userId, String name) {
        if (userId.isEmpty()) {
            fail(2, "issue-key needs --user=<user id> (see: admin members)");
            return;
        }
        Member member = users.findAnyTeam(userId.get())
                .orElseThrow(() -> new ApiException(io.leadline.web.ErrorCode.USER_NOT_EXIST, "No member " + userId.get()));
        IssuedKey issued = keys.issueAsOperator(member.teamId(), member.id(), name);
        out.printf("key %d issued for user %d (%s) of team %d; shown only this once:%n  Authorization: token %s%n",
                issued.credential().id(), member.id(), member.email(), member.teamId(), issued.key());
    }

    private void invite(Optional<Long> userId) {
        if (userId.isEmpty()) {
            fail(2, "invite needs --user=<user id> (see: admin members)");
            return;
        }
        Member member = users.findAnyTeam(userId.get())
                .orElseThrow(() -> new ApiException(io.leadline.web.ErrorCode.USER_NOT_EXIST, "No member " + userId.get()));
        PasswordLinks.Link link = passwordLinks.createAsOperator(member.teamId(), member.id());
        out.printf("user %d (%s) of team %d sets a console password here (works once, until %s):%n  %s%n", member.id(),
                member.email(), member.teamId(), Times.iso(link.expiresAt()), console.passwordLink(link.token()));
    }

    private void revokeKey(Optional<Long> keyId) {
        if (keyId.isEmpty()) {
            fail(2, "revoke-key needs --key=<key id>");
            return;
        }
        Credential revoked = keys.revokeAsOperator(keyId.get());
        out.printf("key %d (%s) of user %d revoked%n", revoked.id(), revoked.name(), revoked.userId());
    }

    private static Optional<String> option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private void fail(int code, String message) {
        System.err.println(message);
        exitCode = code;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
