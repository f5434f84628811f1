package io.leadline.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Says at start where the data is, and refuses to start afresh when it must not: with {@code leadline.data-must-exist}
 * a database without Leadline's tables (a mistyped data directory or URL) stops the server before anything is created
 * in it.
 */
@Configuration(proxyBeanMethods = false)
class DataLocation {

    private static final Logger log = LoggerFactory.getLogger(DataLocation.class);

    /** How the URL of an embedded database in a file starts. */
    static final String H2_FILE = "jdbc:h2:file:";

    @Bean
    FlywayMigrationStrategy migrateUnlessDataMustExist(
            @Value("${spring.datasource.url}") String url,
            @Value("${leadline.data-dir}") String dataDir,
            @Value("${leadline.data-must-exist}") boolean mustExist) {
        String where = describe(url, dataDir);
        log.info("Leadline data: {}", where);
        if (url.startsWith(H2_FILE)) {
            oldDatabaseLeftBehind(Path.of("data"), Path.of(dataDir)).ifPresent(log::warn);
        }
        return flyway -> {
            if (mustExist && flyway.info().applied().length == 0) {
                throw new StartupRefused(StartupRefused.Reason.NO_DATA, "leadline.data-must-exist is true, but " + where
                        + " holds no Leadline data: check leadline.data-dir or spring.datasource.url, or set"
                        + " leadline.data-must-exist=false to start afresh");
            }
            flyway.migrate();
        };
    }

    /**
     * Early versions kept the embedded database in ./data: one still there, while this server uses another directory,
     * would otherwise look lost. Told once, at start.
     */
    static Optional<String> oldDatabaseLeftBehind(Path oldDir, Path dataDir) {
        Path old = oldDir.toAbsolutePath().normalize();
        if (old.equals(dataDir.toAbsolutePath().normalize()) || !Files.exists(old.resolve("leadline.mv.db"))) {
            return Optional.empty();
        }
        return Optional.of("An embedded database from an earlier Leadline is in " + old + ", which this server does not use"
                + " (it uses " + dataDir.toAbsolutePath().normalize() + "): to keep using it, set leadline.data-dir"
                + " (LEADLINE_DATA_DIR) to " + old + ", or move its files there");
    }

    /** The embedded database's directory, or the JDBC URL without any password in it. */
    static String describe(String url, String dataDir) {
        if (url.startsWith(H2_FILE) && url.contains(dataDir)) {
            return "the embedded database in " + Path.of(dataDir).toAbsolutePath().normalize();
        }
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
