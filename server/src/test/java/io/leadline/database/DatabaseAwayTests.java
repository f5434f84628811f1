package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseAwayTests {

    @Test
    void theDatabaseAwayIsToldApartFromABug() {
        assertThat(DatabaseAway.isAway(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(DatabaseAway.isAway(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseAway.isAway(new UncategorizedSQLException("sweep", "UPDATE",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P02")))).isTrue();
        TransactionSystemException rollbackAfterLostInsert = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackAfterLostInsert.initApplicationException(new DataAccessResourceFailureException("I/O error"));
        assertThat(DatabaseAway.isAway(rollbackAfterLostInsert)).isTrue();
        TransactionSystemException rollbackAfterBug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackAfterBug.initApplicationException(new IllegalArgumentException("a bug"));
        assertThat(DatabaseAway.isAway(rollbackAfterBug)).isFalse();
        assertThat(DatabaseAway.isAway(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseAway.isAway(new UncategorizedSQLException("sweep", "SELECT",
                new SQLException("syntax error", "42601")))).isFalse();
    }
}
