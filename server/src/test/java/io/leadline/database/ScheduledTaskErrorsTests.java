package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class ScheduledTaskErrorsTests {

    @Test
    void theDatabaseAwayIsToldApartFromABug() {
        assertThat(ScheduledTaskErrors.databaseAway(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(ScheduledTaskErrors.databaseAway(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(ScheduledTaskErrors.databaseAway(new UncategorizedSQLException("sweep", "UPDATE",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P02")))).isTrue();
        TransactionSystemException rollbackAfterLostInsert = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackAfterLostInsert.initApplicationException(new DataAccessResourceFailureException("I/O error"));
        assertThat(ScheduledTaskErrors.databaseAway(rollbackAfterLostInsert)).isTrue();
        TransactionSystemException rollbackAfterBug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackAfterBug.initApplicationException(new IllegalArgumentException("a bug"));
        assertThat(ScheduledTaskErrors.databaseAway(rollbackAfterBug)).isFalse();
        assertThat(ScheduledTaskErrors.databaseAway(new IllegalStateException("a bug"))).isFalse();
        assertThat(ScheduledTaskErrors.databaseAway(new UncategorizedSQLException("sweep", "SELECT",
                new SQLException("syntax error", "42601")))).isFalse();
    }
}
