package io.leadline.database;

import com.zaxxer.hikari.util.DriverDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where the pool gets new PostgreSQL connections. Once the server is up, a connection attempt that finds the
 * database unreachable does not fail back to the pool: it tries again every 100 ms until the database answers. The
 * pool's own retry sleeps twice as long after each failure, up to 5 s, so after an outage of a few seconds it would
 * sit out seconds more after the database returned; here its one creating thread waits in this loop instead, and
 * hands over a connection within about 100 ms of the database coming back (LL-13). Requests never wait on this loop
 * longer than the pool's connection timeout: they answer 503 meanwhile. Before the server is up (migrations, the
 * first connection) a failure fails at once, so a server started without its database stops instead of hanging.
 */
public final class ConnectionsThatWaitForTheDatabase implements DataSource {

    private static final long RETRY_MILLIS = 100;

    private final DriverDataSource driver;
    private final BooleanSupplier poolClosed;
    private volatile boolean serverUp;

    ConnectionsThatWaitForTheDatabase(String url, Properties settings, String user, String password, BooleanSupplier poolClosed) {
        this.driver = new DriverDataSource(url, null, settings, user, password);
        this.poolClosed = poolClosed;
    }

    void serverIsUp() {
        serverUp = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(driver::getConnection);
    }

    /** The pool asks with its configured user and password, which the driver data source also holds. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> driver.getConnection(username, password));
    }

    private interface Attempt {
        Connection connect() throws SQLException;
    }

    private Connection connect(Attempt attempt) throws SQLException {
        while (true) {
            try {
                return attempt.connect();
            } catch (SQLException failure) {
                if (!serverUp || poolClosed.getAsBoolean() || !unreachable(failure)) {
                    throw failure;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    /**
     * Connection exceptions (SQLSTATE class 08), and a server shutting down, crashed or still starting (57P01; 57P02,
     * which a session hears when its postmaster was killed, as in a failover; 57P03).
     */
    public static boolean unreachable(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
