package io.leadline.database;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The server will not start, for a reason its operator can fix: told in one line that names the setting and what to
 * do, with an exit code of its own per reason, so a service manager can stop restarting on it (the systemd unit's
 * {@code RestartPreventExitStatus}). docs/operations.md "Exit codes" lists them.
 */
public final class StartupRefused extends RuntimeException {

    /** Why, with its exit code (sysexits.h numbers, none of which the JVM uses itself). */
    public enum Reason {
        /** {@code leadline.data-must-exist} and the database holds no Leadline data. */
        NO_DATA(65),
        /** The database {@code spring.datasource.url} names does not exist on its server. */
        NO_DATABASE(66),
        /** The database refused the user and password it was given. */
        DATABASE_REFUSED_LOGIN(77),
        /** A setting is missing, or contradicts another. */
        CONFIGURATION(78);

        private final int exitCode;

        Reason(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Reason reason;

    public StartupRefused(Reason reason, String line) {
        super(line);
        this.reason = reason;
    }

    /**
     * The process's exit code. Not Spring's {@code ExitCodeGenerator}: Spring would publish the code as an event on the
     * context that just failed, which cannot deliver it and logs a stack trace; {@code Application.main} exits with it.
     */
    public int exitCode() {
        return reason.exitCode();
    }

    /** The one line an operator reads. */
    public String line() {
        return "Leadline cannot start: " + getMessage();
    }

    /**
     * The refusal a failed start amounts to: one thrown as such, or a database answer that only the operator can
     * change. Null for anything else (a bug, or a database that may come back), which keeps its stack trace.
     */
    public static @Nullable StartupRefused in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StartupRefused refused) {
                return refused;
            }
            if (cause instanceof SQLException sql && "3D000".equals(sql.getSQLState())) {
                return new StartupRefused(Reason.NO_DATABASE, "the database named in spring.datasource.url does not exist ("
                        + sql.getMessage() + "): create it (docs/operations.md, \"PostgreSQL\") or correct the URL");
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return new StartupRefused(Reason.DATABASE_REFUSED_LOGIN, "the database refused the login (" + sql.getMessage()
                        + "): check spring.datasource.username and spring.datasource.password");
            }
        }
        return null;
    }
}
