package io.leadline.webhooks;

import com.zaxxer.hikari.HikariDataSource;
import io.leadline.web.DatabaseProduct;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens on one connection of its own (outside the pool) for the notification a transaction sends
 * when it writes webhook events ({@link EventRepository#notifyNodes}), and wakes this node's dispatchers: delivery
 * starts within milliseconds on whichever node is free, and idle dispatchers need only a slow safety poll (LL-13).
 * After (re)connecting it wakes them once, for anything written while it was not listening.
 */
@Component
class WakeOnNotify implements SmartLifecycle {

    static final String CHANNEL = "leadline_webhook_events";
    private static final Logger log = LoggerFactory.getLogger(WakeOnNotify.class);
    private static final int WAIT_MILLIS = 1000;

    private final Dispatcher dispatcher;
    private final DataSource dataSource;
    private final DatabaseProduct database;
    private final WebhookProperties properties;
    private volatile boolean running;
    private Thread listener;

    WakeOnNotify(Dispatcher dispatcher, DataSource dataSource, DatabaseProduct database, WebhookProperties properties) {
        this.dispatcher = dispatcher;
        this.dataSource = dataSource;
        this.database = database;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        if (database.isPostgres() && properties.dispatch() && dataSource instanceof HikariDataSource pool) {
            listener = Thread.ofVirtual().name("webhook-notifications").start(() -> listen(pool));
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(WAIT_MILLIS * 2L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen(HikariDataSource pool) {
        boolean warned = false;
        while (running) {
            try (Connection connection = connect(pool)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                warned = false;
                dispatcher.wake();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        dispatcher.wake();
                    }
                }
            } catch (SQLException e) {
                if (!warned) {
                    log.warn("Not listening for webhook events ({}); dispatchers fall back to polling", e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    /**
     * A connection of its own, from where the pool gets its new connections (the same driver settings, and on
     * PostgreSQL the same wait for an unreachable database), but never handed back to the pool.
     */
    private static Connection connect(HikariDataSource pool) throws SQLException {
        return pool.getDataSource() != null
                ? pool.getDataSource().getConnection()
                : DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
