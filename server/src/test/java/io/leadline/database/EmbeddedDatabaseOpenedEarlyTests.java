package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabaseOpenedEarlyTests {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseIsOpenedBeforeThePoolAsksAndClosedOnceTheContextHasStarted() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("leadline") + ";DB_CLOSE_ON_EXIT=FALSE";
        EmbeddedDatabaseOpenedEarly early = new EmbeddedDatabaseOpenedEarly(new SpringApplication(), new String[0]);
        early.environmentPrepared(null, environment(Map.of("spring.datasource.url", "jdbc:h2:file:${dir}/leadline;DB_CLOSE_ON_EXIT=FALSE",
                "dir", dataDir.toString(), "spring.datasource.username", "sa", "spring.datasource.password", "")));
        early.started(null, Duration.ZERO);

        assertThat(dataDir.resolve("leadline.mv.db")).exists();
        // closed: with no connection left H2 closed the database, so another can use the file as a fresh open
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")).satisfies(sessions -> {
                sessions.next();
                assertThat(sessions.getInt(1)).isEqualTo(1);
            });
        }
    }

    @Test
    void otherDatabasesAndADatabaseThatWillNotOpenAreLeftToThePool() {
        EmbeddedDatabaseOpenedEarly early = new EmbeddedDatabaseOpenedEarly(new SpringApplication(), new String[0]);
        early.environmentPrepared(null, environment(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/none")));
        assertThatCode(() -> early.started(null, Duration.ZERO)).doesNotThrowAnyException();

        EmbeddedDatabaseOpenedEarly refused = new EmbeddedDatabaseOpenedEarly(new SpringApplication(), new String[0]);
        refused.environmentPrepared(null, environment(Map.of("spring.datasource.url",
                "jdbc:h2:file:" + dataDir.resolve("bad") + ";NO_SUCH_SETTING=1")));
        assertThatCode(() -> refused.failed(null, new IllegalStateException("the start failed"))).doesNotThrowAnyException();
        assertThat(Files.exists(dataDir.resolve("bad.mv.db"))).isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
