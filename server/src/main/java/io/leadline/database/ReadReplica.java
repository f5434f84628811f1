package io.leadline.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The optional read replica ({@code leadline.replica.url}): its own pool, how far behind the primary it is (sampled
 * every {@link #SAMPLE_MILLIS} ms), and which readers must not read there before it has replayed their last write on
 * this node (the primary's WAL position taken after that write, {@link #wrote}). A read goes to the replica only when
 * the last sample is fresh and its lag within {@code leadline.replica.max-lag} ({@link #route}). Otherwise, and
 * whenever the replica cannot be reached, reads stay on the primary.
 */
final class ReadReplica implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);
    static final long SAMPLE_MILLIS = 100;
    private static final String POSITION = """
            SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END::text,
                   CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                        ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END""";

    private final HikariDataSource pool;
    private final Duration maxLag;
    private final ThreadLocal<Boolean> onReplica = new ThreadLocal<>();
    private final Map<Long, Long> lastWrites = new ConcurrentHashMap<>();
    private volatile Sample sample = Sample.NONE;
    private volatile boolean running = true;
    private final Thread sampler;

    /** What the replica said at a moment: its replayed WAL position and its lag in seconds. */
    record Sample(long replayed, double lagSeconds, long takenAtNanos) {
        static final Sample NONE = new Sample(-1, Double.NaN, Long.MIN_VALUE / 2);
    }

    ReadReplica(HikariDataSource pool, Duration maxLag) {
        this.pool = pool;
        this.maxLag = maxLag;
        this.sampler = Thread.ofVirtual().name("replica-lag").start(this::sampleUntilClosed);
    }

    /**
     * The replica {@code leadline.replica.*} names: its own pool with the primary's driver settings and, unless given
     * its own, user and password; read-only; {@code max-lag} 1 s by default.
     */
    static ReadReplica configured(Environment environment, HikariDataSource primary, Properties settings) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(environment.getRequiredProperty("leadline.replica.url"));
        pool.setUsername(environment.getProperty("leadline.replica.username", primary.getUsername()));
        pool.setPassword(environment.getProperty("leadline.replica.password", primary.getPassword() == null ? "" : primary.getPassword()));
        pool.setDataSourceProperties(settings);
        pool.setMaximumPoolSize(environment.getProperty("leadline.replica.pool-size", Integer.class, 10));
        pool.setConnectionTimeout(1000);
        pool.setValidationTimeout(1000);
        pool.setReadOnly(true);
        pool.setInitializationFailTimeout(-1);
        return new ReadReplica(pool, environment.getProperty("leadline.replica.max-lag", Duration.class, Duration.ofSeconds(1)));
    }

    HikariDataSource pool() {
        return pool;
    }

    /** Whether this thread's statements go to the replica now. */
    boolean active() {
        return Boolean.TRUE.equals(onReplica.get());
    }

    /** Runs the read with this thread's connections taken from the replica. */
    <T> T onReplica(Supplier<T> read) {
        onReplica.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            onReplica.remove();
        }
    }

    /**
     * Where the reader's read goes now: the primary, the replica, or the replica once it shows it has replayed the
     * reader's last write (a position the last sample had not reached; the read checks on its replica connection).
     */
    Route route(long reader) {
        return route(sample, System.nanoTime(), maxLag, lastWrites.get(reader));
    }

    /** Where a read goes: {@code mustHaveReplayed} is the position the replica must show first, or -1. */
    record Route(boolean replica, long mustHaveReplayed) {
        static final Route PRIMARY = new Route(false, -1);
        static final Route REPLICA = new Route(true, -1);
    }

    /**
     * The rule: the primary unless the sample is no older than the larger of max-lag and five sampling intervals and
     * its lag within max-lag; then the replica, at once when the sample has passed the reader's last write (a primary
     * WAL position, or null), else once the replica shows it has.
     */
    static Route route(Sample sample, long nowNanos, Duration maxLag, @Nullable Long readersWrite) {
        if (!fresh(sample, nowNanos, maxLag) || sample.lagSeconds() > maxLag.toNanos() / 1e9) {
            return Route.PRIMARY;
        }
        return readersWrite == null || sample.replayed() >= readersWrite ? Route.REPLICA : new Route(true, readersWrite);
    }

    /** The replica's replay position, read on a replica connection (the sampler's question, for one read). */
    static final String REPLAYED = "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END::text";

    private static boolean fresh(Sample s, long nowNanos, Duration maxLag) {
        return nowNanos - s.takenAtNanos() <= Math.max(maxLag.toNanos(), Duration.ofMillis(SAMPLE_MILLIS * 5).toNanos());
    }

    /** The reader wrote; its reads wait for the replica to reach this primary WAL position. */
    void wrote(long reader, String primaryPosition) {
        lastWrites.merge(reader, parse(primaryPosition), Math::max);
    }

    /** A replica connection failed: reads stay on the primary until the next good sample. */
    void unreachable() {
        sample = Sample.NONE;
    }

    /** The lag in seconds at the last sample, NaN when the replica has not answered lately. */
    double lagSeconds() {
        Sample now = sample;
        return fresh(now, System.nanoTime(), maxLag) ? now.lagSeconds() : Double.NaN;
    }

    private void sampleUntilClosed() {
        boolean warned = false;
        while (running) {
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(POSITION)) {
                row.next();
                Sample taken = new Sample(parse(row.getString(1)), row.getDouble(2), System.nanoTime());
                sample = taken;
                lastWrites.values().removeIf(position -> position <= taken.replayed());
                warned = false;
            } catch (SQLException | RuntimeException e) {
                sample = Sample.NONE;
                if (!warned && running) {
                    log.warn("The read replica does not answer ({}); every read goes to the primary until it does", e.getMessage());
                    warned = true;
                }
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A WAL position as PostgreSQL writes it ({@code 16/B374D848}) as one number; -1 for none. */
    static long parse(@Nullable String position) {
        if (position == null) {
            return -1;
        }
        int slash = position.indexOf('/');
        return (Long.parseLong(position.substring(0, slash), 16) << 32) | Long.parseLong(position.substring(slash + 1), 16);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        pool.close();
    }
}
