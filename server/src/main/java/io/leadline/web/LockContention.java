package io.leadline.web;

import io.leadline.database.FailureCauses;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A write that lost to another over the same rows: a lock it waited for too long (H2's lock timeout, PostgreSQL's
 * {@code lock_timeout} when an operator sets one) or a deadlock the database broke by rolling it back. Nothing of it
 * was written, and the same request a moment later normally succeeds, so it answers 503 with {@code Retry-After}
 * rather than 500 (docs/api.md "Errors").
 */
final class LockContention {

    static final String RETRY_AFTER_SECONDS = "1";
    static final String MESSAGE = "Another request held the rows this one writes (a lock wait timed out or a deadlock was"
            + " broken); nothing was written; retry";

    /** PostgreSQL's lock_not_available, deadlock_detected, serialization_failure. */
    private static final Set<String> SQL_STATES = Set.of("55P03", "40P01", "40001");
    /** H2's lock timeout (a timeout by its SQL state, so asked before {@link DatabaseOutages}) and deadlock. */
    private static final Set<Integer> H2_CODES = Set.of(50200, 40001);

    private LockContention() {}

    static boolean isLockContention(Throwable failure) {
        return FailureCauses.any(failure, LockContention::lostALock);
    }

    private static boolean lostALock(Throwable cause) {
        return cause instanceof PessimisticLockingFailureException
                || cause instanceof SQLException sql && (lockState(sql) || isH2(sql) && H2_CODES.contains(sql.getErrorCode()));
    }

    private static boolean lockState(SQLException sql) {
        return sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState());
    }

    private static boolean isH2(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.");
    }
}
