package io.leadline.web;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;

/**
 * One verb of the offline administration command ({@code admin <verb> …}) that a feature contributes; the accounts
 * feature runs it. Answers the exit code: 0 done, 1 the database said no, 2 a usage error.
 */
public interface OperatorCommand {

    String verb();

    /** One usage line, without the leading {@code admin}. */
    String usage();

    int run(ApplicationArguments args, PrintStream out);
}
