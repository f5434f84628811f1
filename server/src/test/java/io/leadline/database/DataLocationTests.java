package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database lives in leadline.data-dir, which the log names; data-must-exist refuses an empty one (LL-19). */
@ExtendWith(OutputCaptureExtension.class)
class DataLocationTests {

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectoryAndAnEmptyOneCanBeRefused(@TempDir Path dir, CapturedOutput output) {
        Path data = dir.resolve("data");
        try (ConfigurableApplicationContext server = start(data, false)) {
            assertThat(Files.exists(data.resolve("leadline.mv.db"))).isTrue();
            assertThat(output.getAll()).contains("Leadline data: the embedded database in " + data.toAbsolutePath().normalize());
        }
        try (ConfigurableApplicationContext again = start(data, true)) {
            assertThat(again.isRunning()).as("data exists, so it starts").isTrue();
        }
        Path mistyped = dir.resolve("dta");
        assertThatThrownBy(() -> start(mistyped, true).close())
                .isInstanceOfSatisfying(StartupRefused.class, refused -> {
                    assertThat(refused.exitCode()).isEqualTo(65);
                    assertThat(refused.line()).contains("leadline.data-must-exist").contains("leadline.data-dir")
                            .contains(mistyped.toAbsolutePath().normalize().toString()).doesNotContain("\n");
                });
        assertThat(mistyped).as("nothing created for a refused start (LL-26 item 9)").doesNotExist();
        assertThat(output.getAll()).contains("Leadline cannot start: leadline.data-must-exist is true")
                .doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat org.springframework");
    }

    @Test // LL-26 item 13
    void anEmbeddedDatabaseLeftInTheOldPlaceIsToldOnce(@TempDir Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve("data"));
        Path current = dir.resolve("home/.leadline");
        assertThat(DataLocation.oldDatabaseLeftBehind(old, current)).isEmpty();
        Files.writeString(old.resolve("leadline.mv.db"), "");
        assertThat(DataLocation.oldDatabaseLeftBehind(old, current)).hasValueSatisfying(warning ->
                assertThat(warning).contains(old.toString()).contains("leadline.data-dir").contains(current.toString()));
        assertThat(DataLocation.oldDatabaseLeftBehind(old, old)).as("it is the one in use").isEmpty();
    }

    private static ConfigurableApplicationContext start(Path dataDir, boolean mustExist) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--leadline.data-dir=" + dataDir,
                "--leadline.data-must-exist=" + mustExist,
                "--leadline.bootstrap.api-key=data-location-test-key",
                "--logging.level.root=WARN",
                "--logging.level.io.leadline.database=INFO",
                "--spring.main.banner-mode=off");
    }
}
