package io.leadline.database;

import jakarta.annotation.PreDestroy;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that tolerate a little lag (the lead list and search, a lead's timelines) run here: on the read replica when
 * one is configured and {@link ReadReplica#serves} the reader, else on the primary as any read. Read-your-writes:
 * after a reader's write on this node, {@link #wrote} keeps the primary's WAL position, and that reader's reads stay on
 * the primary until the replica has replayed it (docs/operations.md "Read replica"). A read inside a transaction
 * already begun stays on that transaction's connection.
 */
@Component
public class ReplicaReads {

    private final PostgresConnectionSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final ReplicaReadCounts counts;

    ReplicaReads(PostgresConnectionSettings settings, JdbcClient jdbc, PlatformTransactionManager transactions, ReplicaReadCounts counts) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.counts = counts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the read for that reader (a user id), on the replica when it may. */
    public <T> T read(long reader, Supplier<T> read) {
        ReadReplica replica = settings.replica();
        if (replica == null) {
            return read.get();
        }
        if (TransactionSynchronizationManager.isSynchronizationActive() || !replica.serves(reader)) {
            counts.primary();
            return read.get();
        }
        try {
            T result = replica.onReplica(() -> readOnly.execute(status -> read.get()));
            counts.replica();
            return result;
        } catch (RuntimeException failure) {
            if (!lostTheReplica(failure)) {
                throw failure;
            }
            replica.unreachable();
            counts.primary();
            return read.get();
        }
    }

    /** The replica could not be reached, or its connection broke mid-read: the read is made again on the primary. */
    private static boolean lostTheReplica(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransactionSystemException
                    || cause instanceof SQLException sql && ConnectionsThatWaitForTheDatabase.unreachable(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The reader's write has committed on the primary: its next reads see it (call after the commit). */
    public void wrote(long reader) {
        ReadReplica replica = settings.replica();
        if (replica != null) {
            replica.wrote(reader, jdbc.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single());
        }
    }

    public boolean configured() {
        return settings.replica() != null;
    }

    /** The replica's lag at its last sample in seconds; NaN without a replica or while it does not answer. */
    public double lagSeconds() {
        ReadReplica replica = settings.replica();
        return replica == null ? Double.NaN : replica.lagSeconds();
    }

    @PreDestroy
    void close() {
        @Nullable ReadReplica replica = settings.replica();
        if (replica != null) {
            replica.close();
        }
    }
}
