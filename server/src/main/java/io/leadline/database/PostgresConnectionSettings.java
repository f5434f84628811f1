package io.leadline.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * How the pool connects to PostgreSQL (docs/operations.md "Database outages"): connecting to an unreachable host gives up after
 * 2 s (the driver's default is 10 s), TCP keep-alive finds connections a dead peer left open, and once the server is
 * up new connections come through {@link ConnectionsThatWaitForTheDatabase}, so the pool is back within about 100 ms
 * of the database; a connection whose server turned read-only (a demoted primary) is dropped at its first refused
 * write ({@link EvictReadOnlyConnections}). A batch of inserts goes as multi-row statements ({@link HeldInserts}: an import's batch). No socket timeout: a long migration or bulk load must not be cut off. No parallel query workers:
 * Leadline's statements are short index reads, where starting workers costs more than they split (a page of 100
 * leads' related rows, one UNION ALL: 9.3 ms with two workers, 1.4 ms without, at a million leads; V46 did the same
 * for the search tables alone). A URL's own {@code options} wins. H2 runs in the server's own process and is left
 * alone.
 */
@Component
class PostgresConnectionSettings implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private volatile @Nullable ConnectionsThatWaitForTheDatabase connections;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            Properties settings = new Properties();
            settings.putAll(pool.getDataSourceProperties());
            settings.putIfAbsent("connectTimeout", "2");
            settings.putIfAbsent("tcpKeepAlive", "true");
            settings.putIfAbsent("reWriteBatchedInserts", "true");
            settings.putIfAbsent("options", "-c max_parallel_workers_per_gather=0");
            ConnectionsThatWaitForTheDatabase waiting = new ConnectionsThatWaitForTheDatabase(
                    pool.getJdbcUrl(), settings, pool.getUsername(), pool.getPassword(), pool::isClosed);
            pool.setDataSource(waiting);
            pool.setExceptionOverrideClassName(EvictReadOnlyConnections.class.getName());
            connections = waiting;
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConnectionsThatWaitForTheDatabase waiting = connections;
        if (waiting != null) {
            waiting.serverIsUp();
        }
    }
}
