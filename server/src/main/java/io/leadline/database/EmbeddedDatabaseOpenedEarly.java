package io.leadline.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Opens the embedded database on a thread of its own as soon as its URL is known, while the main thread goes on
 * creating the context: opening the file (reading its tables' metadata) took about a tenth of a second of a start,
 * which the connection pool otherwise spent on the main thread. The pool's first connection then finds the database
 * open (H2 opens a database once per process and shares it). The early connection closes once the context has
 * started, or when the start fails; a failure to open is left for the pool to meet and report. PostgreSQL gains
 * nothing from this. Listed in META-INF/spring.factories.
 */
public final class EmbeddedDatabaseOpenedEarly implements SpringApplicationRunListener {

    private static final Log log = LogFactory.getLog(EmbeddedDatabaseOpenedEarly.class);
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(30);

    private @Nullable Thread opener;
    private volatile @Nullable Connection connection;

    public EmbeddedDatabaseOpenedEarly(SpringApplication application, String[] args) {
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(DataLocation.H2_FILE)) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        opener = Thread.ofPlatform().name("embedded-database-opener").daemon().start(() -> open(url, user, password));
    }

    private void open(String url, String user, String password) {
        try {
            connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            log.debug("The embedded database did not open early; the connection pool will try", e);
        }
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        close();
    }

    @Override
    public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
        close();
    }

    private void close() {
        Thread started = opener;
        if (started == null) {
            return;
        }
        opener = null;
        try {
            started.join(CLOSE_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                log.debug("The early connection to the embedded database did not close", e);
            }
        }
    }
}
