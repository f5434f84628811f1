package io.leadline.database;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures mean the database cannot be reached (no connection within the pool's timeout, a connection lost
 * mid-statement or mid-commit) or cannot take writes now (a primary demoted in a failover answers that it is
 * read-only), as opposed to a bug. The one answer for everything that must tell them apart: a request answers 503
 * (web), a scheduled task logs one line, a read on the replica is made again on the primary.
 */
public final class DatabaseAway {

    private DatabaseAway() {}

    /**
     * Also a rollback that failed because the connection was already gone: the pool has closed it after the statement's
     * I/O error ({@link FailureCauses}).
     */
    public static boolean isAway(Throwable failure) {
        return FailureCauses.any(failure, DatabaseAway::meansUnreachable);
    }

    /**
     * A commit that failed and whose rollback then failed too (Spring reports only the rollback: a transaction-system
     * failure with an SQL cause and no application failure): the connection broke during the commit — a primary
     * killed in a failover. Whether the commit took is unknown, and the client should retry, as for an outage.
     */
    private static boolean commitLostWithItsConnection(Throwable cause) {
        return cause instanceof TransactionSystemException failed && failed.getApplicationException() == null
                && failed.getCause() instanceof SQLException;
    }

    private static boolean meansUnreachable(Throwable cause) {
        return commitLostWithItsConnection(cause)
                || cause instanceof SQLException sql
                        && (ConnectionsThatWaitForTheDatabase.unreachable(sql) || EvictReadOnlyConnections.readOnlyServer(sql))
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof QueryTimeoutException
                || cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof java.sql.SQLNonTransientConnectionException;
    }
}
