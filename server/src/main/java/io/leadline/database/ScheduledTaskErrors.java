package io.leadline.database;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.ErrorHandler;

/**
 * How a scheduled task's failure is logged: while the database is away (an outage, a failover) each sweep that tries
 * fails, several times a second on every node, and the next run retries by itself — one warning line each, not a
 * stack trace; anything else is an error with its stack trace, as Spring logs it.
 */
public final class ScheduledTaskErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskErrors.class);

    @Override
    public void handleError(Throwable failure) {
        if (databaseAway(failure)) {
            log.warn("A scheduled task could not reach the database; its next run tries again: {}", failure.getMessage());
        } else {
            log.error("Unexpected error in a scheduled task", failure);
        }
    }

    /**
     * Also a rollback that failed on a connection already gone: the failure it rolled back for says why (or, with
     * none, the commit itself lost the connection).
     */
    static boolean databaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLException sql && ConnectionsThatWaitForTheDatabase.unreachable(sql)) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback) {
                Throwable why = rollback.getApplicationException();
                return why == null ? rollback.getCause() instanceof SQLException : databaseAway(why);
            }
        }
        return false;
    }
}
