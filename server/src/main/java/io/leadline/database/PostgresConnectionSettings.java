package io.leadline.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How the pool connects to PostgreSQL (docs/operations.md "Database outages"): connecting to an unreachable host gives up after
 * 2 s (the driver's default is 10 s), TCP keep-alive finds connections a dead peer left open, a multi-host URL's
 * idea of which host is the primary is at most 1 s old (the driver's default is 10 s: after a failover it would keep
 * trying the old primary, or skip the new one, for that long), and once the server is
 * up new connections come through {@link ConnectionsThatWaitForTheDatabase}, so the pool is back within about 100 ms
 * of the database; a connection whose server turned read-only (a demoted primary) is dropped at its first refused
 * write ({@link EvictReadOnlyConnections}). A batch of inserts that {@code COPY} cannot carry goes as multi-row
 * statements ({@link HeldInserts}: an import's batch). No socket timeout: a long migration or bulk load must not be
 * cut off. No parallel query workers:
 * Leadline's statements are short index reads, where starting workers costs more than they split (a page of 100
 * leads' related rows, one UNION ALL: 9.3 ms with two workers, 1.4 ms without, at a million leads; V46 did the same
 * for the search tables alone). A URL's own {@code options} wins. With {@code leadline.replica.url}, the pool comes
 * back wrapped in {@link ReplicaRouting} (docs/operations.md "Read replica"). H2 runs in the server's own process and
 * is left alone.
 */
@Component
class PostgresConnectionSettings implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private volatile @Nullable ConnectionsThatWaitForTheDatabase connections;
    private final Environment environment;
    private volatile @Nullable ReadReplica replica;

    PostgresConnectionSettings(Environment environment) {
        this.environment = environment;
    }

    /** The read replica, when {@code leadline.replica.url} names one. */
    @Nullable ReadReplica replica() {
        return replica;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            Properties settings = new Properties();
            settings.putAll(pool.getDataSourceProperties());
            settings.putIfAbsent("connectTimeout", "2");
            settings.putIfAbsent("tcpKeepAlive", "true");
            settings.putIfAbsent("hostRecheckSeconds", "1");
            settings.putIfAbsent("reWriteBatchedInserts", "true");
            settings.putIfAbsent("options", "-c max_parallel_workers_per_gather=0");
            ConnectionsThatWaitForTheDatabase waiting = new ConnectionsThatWaitForTheDatabase(
                    pool.getJdbcUrl(), settings, pool.getUsername(), pool.getPassword(), pool::isClosed);
            pool.setDataSource(waiting);
            pool.setExceptionOverrideClassName(EvictReadOnlyConnections.class.getName());
            connections = waiting;
            loadTheDriversMessages();
            if (!environment.getProperty("leadline.replica.url", "").isBlank()) {
                ReadReplica readReplica = ReadReplica.configured(environment, pool, settings);
                replica = readReplica;
                return new ReplicaRouting(pool, readReplica);
            }
        }
        return bean;
    }

    /**
     * The driver loads its message catalogue the first time it words an error, which is when the database goes away
     * and every thread fails at once. Virtual threads (the dispatchers, the scheduler) waiting for that class to
     * initialise each hold a carrier thread; with all carriers held, the loading thread could wait for a jar file a
     * virtual thread had locked, and the whole server stopped (seen in {@code bench/run failover}). Loaded here, at start.
     */
    private static void loadTheDriversMessages() {
        org.postgresql.util.GT.tr("Leadline starting");
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConnectionsThatWaitForTheDatabase waiting = connections;
        if (waiting != null) {
            waiting.serverIsUp();
        }
    }
}
