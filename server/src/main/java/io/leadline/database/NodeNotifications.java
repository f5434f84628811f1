package io.leadline.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every server node on the same PostgreSQL database that something changed: a transaction calls
 * {@link #send(String)}, and at its commit PostgreSQL hands the channel's notification to every node listening, this
 * one included. Each node listens on one connection of its own (outside the pool) for the channels of its
 * {@link Listener}s. A listener hears {@link Listener#connected} each time listening (re)starts — notifications sent
 * while it was not listening are lost — and {@link Listener#disconnected} when it stops. The embedded database has one
 * node, so nothing is sent or heard there.
 */
@Component
public class NodeNotifications implements SmartLifecycle {

    /** One feature's channel and what it does on a notification. */
    public interface Listener {

        String channel();

        void notified();

        void connected();

        void disconnected();
    }

    private static final Logger log = LoggerFactory.getLogger(NodeNotifications.class);
    private static final int WAIT_MILLIS = 1000;
    /** How often a quiet listening connection is checked, and how long the check may take. */
    private static final int CHECK_MILLIS = 5000;

    private final DataSource dataSource;
    private final DatabaseProduct database;
    private final JdbcClient jdbc;
    private final ObjectProvider<Listener> listenerBeans;
    private Map<String, Listener> listeners = Map.of();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    /** The listeners are looked up at start: they send notifications too, so they depend on this. */
    NodeNotifications(DataSource dataSource, DatabaseProduct database, JdbcClient jdbc, ObjectProvider<Listener> listenerBeans) {
        this.dataSource = dataSource;
        this.database = database;
        this.jdbc = jdbc;
        this.listenerBeans = listenerBeans;
    }

    /** In the caller's transaction: every node hears the channel once it commits (nothing if it rolls back). */
    public void send(String channel) {
        if (database.isPostgres()) {
            jdbc.sql("SELECT pg_notify(:channel, '')").param("channel", channel).query(String.class).single();
        }
    }

    @Override
    public void start() {
        running = true;
        listeners = listenerBeans.orderedStream().collect(Collectors.toMap(Listener::channel, Function.identity()));
        HikariDataSource pool = pool();
        if (database.isPostgres() && !listeners.isEmpty() && pool != null) {
            thread = Thread.ofVirtual().name("node-notifications").start(() -> listen(pool));
        }
    }

    /** The pool, also behind a wrapper (a benchmark's statement counter wraps the data source). */
    private @Nullable HikariDataSource pool() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(WAIT_MILLIS * 2L);
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
                    for (String channel : listeners.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                warned = false;
                connection.setNetworkTimeout(Runnable::run, CHECK_MILLIS);
                listeners.values().forEach(Listener::connected);
                listening = true;
                hear(connection);
            } catch (SQLException e) {
                listening = false;
                listeners.values().forEach(Listener::disconnected);
                if (!warned) {
                    log.warn("Not listening for other nodes' notifications ({}); webhook dispatchers poll, and"
                            + " authentication reads the database on every request until it is back", e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
        listening = false;
        listeners.values().forEach(Listener::disconnected);
    }

    /** Whether this node hears the other nodes now (false on the embedded database, and between connections). */
    public boolean listening() {
        return listening;
    }

    /**
     * Hands each notification to its listener until listening stops or fails. A quiet connection is asked a question
     * every few seconds: a server that vanished without closing it (a machine lost in a failover) fails that within
     * the network timeout, and listening starts again on whichever server is now the primary.
     */
    private void hear(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                java.util.Arrays.stream(received).map(PGNotification::getName).distinct()
                        .map(listeners::get).filter(java.util.Objects::nonNull).forEach(Listener::notified);
            } else if (System.nanoTime() - lastCheck > CHECK_MILLIS * 1_000_000L) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastCheck = System.nanoTime();
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
