package io.leadline.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * A connection whose server refuses writes as read-only (SQLSTATE 25006) leads to a standby or a demoted primary:
 * after a failover the pool must not hand it out again, so it is evicted and the next connection is made afresh (a
 * multi-host URL with {@code targetServerType=primary} then finds the promoted server). Hikari's own rules decide
 * for every other error.
 */
public class EvictReadOnlyConnections implements SQLExceptionOverride {

    static final String READ_ONLY_SQL_TRANSACTION = "25006";

    @java.lang.Override // the interface's own Override (an enum) hides the annotation's simple name
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return READ_ONLY_SQL_TRANSACTION.equals(failure.getSQLState())
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /** Whether the failure is a write refused by a server that is not (or no longer) the primary. */
    public static boolean readOnlyServer(SQLException failure) {
        return READ_ONLY_SQL_TRANSACTION.equals(failure.getSQLState());
    }
}
