package io.leadline.database;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that tolerate a little lag (the lead list and search, a lead's timelines) run here: on the read replica when
 * one is configured and {@link ReadReplica#route} sends the reader there, else on the primary as any read.
 * Read-your-writes: after a reader's write on this node, {@link #wrote} keeps the primary's WAL position; that reader's
 * next read asks the replica first whether it has replayed it (one short statement on the replica connection), and
 * reads the primary if not (docs/operations.md "Read replica"). A read inside a transaction already begun stays on that
 * transaction's connection.
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
        ReadReplica.Route route = replica.route(reader);
        if (TransactionSynchronizationManager.isSynchronizationActive() || !route.replica()) {
            counts.primary();
            return read.get();
        }
        try {
            Optional<T> onReplica = replica.onReplica(() -> readOnly.execute(status -> replayed(route)
                    ? Optional.of(read.get())
                    : Optional.<T>empty()));
            if (onReplica != null && onReplica.isPresent()) {
                counts.replica();
                return onReplica.get();
            }
            counts.primary();
            return read.get();
        } catch (RuntimeException failure) {
            if (!DatabaseAway.isAway(failure)) { // the replica unreachable, or its connection broken mid-read
                throw failure;
            }
            replica.unreachable();
            counts.primary();
            return read.get();
        }
    }

    /** Whether the replica, on this read's connection, has replayed what the route asks (the reader's last write). */
    private boolean replayed(ReadReplica.Route route) {
        return route.mustHaveReplayed() < 0
                || ReadReplica.parse(jdbc.sql(ReadReplica.REPLAYED).query(String.class).single()) >= route.mustHaveReplayed();
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
