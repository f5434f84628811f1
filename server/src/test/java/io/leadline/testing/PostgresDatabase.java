package io.leadline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at a brand-new PostgreSQL database created for this test run and dropped when the JVM
 * exits. PostgreSQL being unreachable fails the tests: it is never a reason to skip them.
 * Override the server with LEADLINE_TEST_PG_HOST / _PORT / _USER / _PASSWORD.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("LEADLINE_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("LEADLINE_TEST_PG_PORT", "5432");
    private static final String USER = env("LEADLINE_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("LEADLINE_TEST_PG_PASSWORD", "");

    private static String databaseUrl;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + url(),
                        "spring.datasource.username=" + USER,
                        "spring.datasource.password=" + PASSWORD)
                .applyTo(context);
    }

    public static synchronized String url() {
        if (databaseUrl == null) {
            databaseUrl = newDatabase();
        }
        return databaseUrl;
    }

    /**
     * A database of the test class's own, for tests that act on whatever is due anywhere in the database (a webhook
     * dispatcher's claim), which other classes' leftovers on the shared one would disturb.
     */
    public static class Own implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + newDatabase(),
                            "spring.datasource.username=" + USER,
                            "spring.datasource.password=" + PASSWORD)
                    .applyTo(context);
        }
    }

    /** A database of its own, dropped when the test JVM ends: for a test that changes the database's own settings. */
    public static String freshDatabase() {
        return newDatabase();
    }

    /** Runs a statement on the server's {@code postgres} database (settings of a test's own database, its sessions). */
    public static void administer(String sql) {
        execute(sql);
    }

    private static String newDatabase() {
        String name = "leadline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    /** This run's database reached through another host and port, e.g. a {@link TcpProxy} in front of PostgreSQL. */
    public static String urlThrough(String host, int port) {
        String url = url();
        return "jdbc:postgresql://" + host + ":" + port + url.substring(url.lastIndexOf('/'));
    }

    public static String host() {
        return HOST;
    }

    public static int port() {
        return Integer.parseInt(PORT);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void execute(String sql) {
        String adminUrl = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is required for the test suite and is not usable at " + adminUrl + " as " + USER
                            + ": " + e.getMessage(),
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
