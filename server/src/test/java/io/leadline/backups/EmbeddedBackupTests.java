package io.leadline.backups;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.Application;
import io.leadline.startup.CommandLine;
import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 33's embedded backups: {@code admin backup FILE} from a running server while it takes writes, {@code admin
 * restore FILE} into an empty data directory, and the server started on it holding exactly what the backup held, its
 * search index consistent.
 */
class EmbeddedBackupTests {

    private static String dataUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("leadline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private record Ran(int exit, String out, String err) {}

    private static Ran command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.answer(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).orElseThrow();
        return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBackupTakenWhileTheServerRunsRestoresIntoAnEmptyDirectoryWithExactlyWhatItHeld(@TempDir Path scratch) throws Exception {
        Path live = scratch.resolve("live");
        Path backup = scratch.resolve("monday.zip");
        long kept;
        long later;
        try (ConfigurableApplicationContext server = BenchServer.start(dataUrl(live))) {
            String base = BenchServer.baseUrl(server);
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Backed up");
            kept = owner.post("/v1.0/leads", Map.of("firstName", "Kept", "emails", java.util.List.of("kept@example.com"))).leadId();
            Ran refused = command("admin", "backup", backup.toString(), "--server=" + base, "--key=" + ownerKey(owner));
            assertThat(refused.exit()).as("a team's owner is no server administrator").isEqualTo(1);
            assertThat(refused.err()).contains("403");
            assertThat(backup).doesNotExist();

            Ran taken = command("admin", "backup", backup.toString(), "--server=" + base, "--key=" + BenchServer.ADMIN_KEY);
            assertThat(taken.exit()).as(taken.err()).isZero();
            assertThat(taken.out()).contains("Backed up to " + backup);
            assertThat(Files.size(backup)).isGreaterThan(1_000);
            assertThat(command("admin", "backup", backup.toString(), "--server=" + base, "--key=" + BenchServer.ADMIN_KEY).exit())
                    .as("an existing file is never overwritten").isEqualTo(1);
            later = owner.post("/v1.0/leads", Map.of("firstName", "Later")).leadId();
        }

        assertThat(command("admin", "restore", backup.toString(), "--leadline.data-dir=" + live).exit())
                .as("the live directory holds a database").isEqualTo(1);
        Path restored = scratch.resolve("restored");
        Ran restore = command("admin", "restore", backup.toString(), "--leadline.data-dir=" + restored);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored").contains(restored.toString());
        assertThat(command("admin", "restore", scratch.resolve("missing.zip").toString(), "--leadline.data-dir=" + scratch.resolve("x"))
                .exit()).isEqualTo(1);

        try (ConfigurableApplicationContext server = BenchServer.start(dataUrl(restored), "--leadline.data-must-exist=true")) {
            ApiClient admin = new ApiClient(BenchServer.baseUrl(server), "token " + BenchServer.ADMIN_KEY);
            assertThat(admin.get("/leadline/v1/teams").raw()).contains("Backed up");
            assertThat(leadExists(server, kept)).isTrue();
            assertThat(leadExists(server, later)).as("written after the backup").isFalse();
        }
        assertThat(Application.runAdmin("admin", "check-index", "--spring.datasource.url=" + dataUrl(restored))).isZero();
    }

    @Test
    void scheduledBackupsKeepTheNewestAndTellTheirAge(@TempDir Path scratch) throws Exception {
        Path backups = scratch.resolve("backups");
        try (ConfigurableApplicationContext server = BenchServer.start(dataUrl(scratch.resolve("data")),
                "--leadline.backup.interval=PT1S", "--leadline.backup.keep=2", "--leadline.backup.check-interval=PT0.2S",
                "--leadline.backup.directory=" + backups)) {
            ApiClient admin = new ApiClient(BenchServer.baseUrl(server), "token " + BenchServer.ADMIN_KEY);
            long deadline = System.currentTimeMillis() + 20_000;
            while (taken(backups).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            java.util.List<String> firstTwo = taken(backups);
            assertThat(firstTwo).hasSize(2);
            java.util.List<String> later = taken(backups);
            while ((later.equals(firstTwo) || later.size() != 2) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100); // between a new backup and the pruning, keep + 1 may be seen for a moment
                later = taken(backups);
            }
            assertThat(later).as("a third backup came and the oldest went").hasSize(2).doesNotContain(firstTwo.getFirst());
            String metrics = admin.get("/actuator/prometheus").raw();
            assertThat(metrics).containsPattern("leadline_backup_age_seconds [0-9]");
        }
    }

    private static java.util.List<String> taken(Path directory) throws java.io.IOException {
        if (!Files.isDirectory(directory)) {
            return java.util.List.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("leadline-\\d{8}-\\d{6}\\.zip"))
                    .sorted().toList();
        }
    }

    private static String ownerKey(ApiClient owner) {
        return owner.authorization().replace("token ", "");
    }

    private static boolean leadExists(ConfigurableApplicationContext server, long leadId) {
        return server.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM leads WHERE id = :id").param("id", leadId).query(Long.class).single() == 1;
    }
}
