package io.leadline.database;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the primary says of its standbys (PostgreSQL's {@code pg_stat_replication}): {@code leadline.database.standbys},
 * how many stream from it (alert at 0: a failover would have nowhere to go, and pg_auto_failover has stopped waiting
 * for a synchronous standby), and {@code leadline.database.standby.lag}, the largest replay lag among them in seconds
 * (NaN with none). And of its WAL archive (pgBackRest's point-in-time restore needs every segment):
 * {@code leadline.database.wal.archive.age}, seconds since the last segment was archived (NaN when archiving is off
 * or none was yet; on a quiet database it grows until {@code archive_timeout}), and
 * {@code leadline.database.wal.archive.failures}, failed attempts since the statistics were reset. Refreshed every
 * {@code leadline.database.metrics-interval} (15 s); the embedded database has none.
 */
@Component
class ReplicationMetrics {

    private final JdbcClient jdbc;
    private final DatabaseProduct database;
    private volatile double standbys = Double.NaN;
    private volatile double lag = Double.NaN;
    private volatile double archiveAge = Double.NaN;
    private volatile double archiveFailures = Double.NaN;

    ReplicationMetrics(JdbcClient jdbc, DatabaseProduct database, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.database = database;
        if (database.isPostgres()) {
            Gauge.builder("leadline.database.standbys", this, m -> m.standbys).register(registry);
            Gauge.builder("leadline.database.standby.lag", this, m -> m.lag).baseUnit("seconds").register(registry);
            Gauge.builder("leadline.database.wal.archive.age", this, m -> m.archiveAge).baseUnit("seconds").register(registry);
            Gauge.builder("leadline.database.wal.archive.failures", this, m -> m.archiveFailures).register(registry);
        }
    }

    @Scheduled(fixedDelayString = "${leadline.database.metrics-interval:PT15S}", initialDelayString = "PT1S")
    void refresh() {
        if (!database.isPostgres()) {
            return;
        }
        try {
            jdbc.sql("""
                    SELECT COUNT(*), COALESCE(EXTRACT(EPOCH FROM MAX(replay_lag)), 0)
                    FROM pg_stat_replication WHERE state = 'streaming'""")
                    .query((row, n) -> {
                        standbys = row.getLong(1);
                        lag = standbys == 0 ? Double.NaN : row.getDouble(2);
                        return null;
                    }).list();
            jdbc.sql("""
                    SELECT EXTRACT(EPOCH FROM now() - last_archived_time), failed_count
                    FROM pg_stat_archiver WHERE current_setting('archive_mode') <> 'off'""")
                    .query((row, n) -> {
                        archiveAge = row.getObject(1) == null ? Double.NaN : row.getDouble(1);
                        archiveFailures = row.getLong(2);
                        return null;
                    }).list();
        } catch (DataAccessException unreachable) {
            standbys = Double.NaN;
            lag = Double.NaN;
            archiveAge = Double.NaN;
            archiveFailures = Double.NaN;
        }
    }
}
