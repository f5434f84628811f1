package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class LockContentionClassifierTests {

    @Test
    void postgresDeadlocksLockTimeoutsAndSerializationFailuresAreContention() {
        for (String state : new String[] {"40P01", "55P03", "40001"}) {
            assertThat(LockContention.isLockContention(new RuntimeException(new SQLException("lost", state)))).as(state).isTrue();
        }
    }

    @Test
    void springsLockingFailuresAreContentionEvenInsideAFailedRollback() {
        assertThat(LockContention.isLockContention(new CannotAcquireLockException("timed out"))).isTrue();
        TransactionSystemException rollback = new TransactionSystemException("rollback failed");
        rollback.initApplicationException(new CannotAcquireLockException("timed out"));
        assertThat(LockContention.isLockContention(rollback)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(LockContention.isLockContention(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(LockContention.isLockContention(new SQLException("timeout", "HYT00", 57014))).isFalse();
        assertThat(LockContention.isLockContention(new IllegalStateException("bug"))).isFalse();
        assertThat(LockContention.isLockContention(new SQLException("no state"))).isFalse();
    }
}
