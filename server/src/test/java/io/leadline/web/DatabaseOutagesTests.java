package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutagesTests {

    @Test
    void aLostConnectionIsAnOutageHoweverItIsWrapped() {
        assertThat(DatabaseOutages.isOutage(new DataAccessResourceFailureException("I/O error"))).isTrue();
        assertThat(DatabaseOutages.isOutage(new UncategorizedSQLException("read", "SELECT 1",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException(new SQLException("terminating", "57P01")))).isTrue();
    }

    @Test
    void aRollbackOnAnAlreadyClosedConnectionIsAnOutageWhenTheStatementLostTheDatabase() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("An I/O error occurred"));
        assertThat(DatabaseOutages.isOutage(rollback)).isTrue();
    }

    @Test
    void aSessionWhosePostmasterWasKilledIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P02")));
        assertThat(DatabaseOutages.isOutage(rollback)).isTrue();
    }

    @Test
    void aCommitWhoseRollbackFailedTooLostItsConnection() {
        assertThat(DatabaseOutages.isOutage(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalArgumentException("a bug"));
        assertThat(DatabaseOutages.isOutage(rollback)).isFalse();
        assertThat(DatabaseOutages.isOutage(new TransactionSystemException("commit failed"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException(new SQLException("syntax", "42601")))).isFalse();
    }
}
