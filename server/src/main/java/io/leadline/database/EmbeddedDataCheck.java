package io.leadline.database;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With {@code leadline.data-must-exist}, an embedded database file that is not there refuses the start before any
 * connection is made: H2 creates the file it is asked to open, and an empty one left behind would look like data on
 * the next try. (On PostgreSQL nothing is created before {@link DataLocation} refuses.) Listed in
 * META-INF/spring.factories.
 */
public final class EmbeddedDataCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("leadline.data-must-exist", Boolean.class, false)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(DataLocation.H2_FILE)) {
            return;
        }
        String file = url.substring(DataLocation.H2_FILE.length()).split(";", 2)[0];
        if (!Files.exists(Path.of(file + ".mv.db"))) {
            throw new StartupRefused(StartupRefused.Reason.NO_DATA, "leadline.data-must-exist is true, but there is no"
                    + " embedded database at " + Path.of(file + ".mv.db").toAbsolutePath().normalize()
                    + ": point leadline.data-dir (LEADLINE_DATA_DIR) at the directory that holds it, or set"
                    + " leadline.data-must-exist=false to start afresh");
        }
    }
}
