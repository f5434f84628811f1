package io.leadline.startup;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;

/**
 * One verb of the offline administration command ({@code admin <verb> …}) that a feature contributes; the accounts
 * feature runs it. Answers the exit code: 0 done, 1 the database said no, 2 a usage error.
 */
public interface OperatorCommand {

    /**
     * Every verb, for {@code admin --help} and a mistyped verb without starting anything. Each feature's verbs are
     * here too: OperatorCommandsTests checks that every {@link #usage()} is listed.
     */
    String USAGE = """
            usage: admin teams                                     the teams
                   admin members                                   every member of every team
                   admin keys                                      every key: id, name, owner, scheme, last use (never the secret)
                   admin issue-key --user=<user id> [--name=<key name>]   a new API key for that member, shown once
                   admin revoke-key --key=<key id>                 revoke a key (ids: admin keys)
                   admin invite --user=<user id>                   a one-time link where that member sets a console password
                   admin check-index [--team=<team id>]            compare the search index with the leads
                   admin rebuild-index --team=<team id>   (with lead writes to the team stopped)
                   admin erase --team=<team id> --email=<address> | --phone=<number>   erase a person's data
                   admin backup FILE [--server=URL] [--key=KEY]    a running server's embedded database, backed up online
                   admin restore FILE [--leadline.data-dir=DIR]    a backup put into an empty data directory
            Settings are read as the server reads them (environment, --name=value); the server may keep running on
            PostgreSQL, not on the embedded database (one process at a time) — except for backup, which asks the running
            server (a server administrator's key in --key or LEADLINE_KEY; --server defaults to http://localhost:8080).""";

    String verb();

    /** One usage line, without the leading {@code admin}. */
    String usage();

    int run(ApplicationArguments args, PrintStream out);
}
