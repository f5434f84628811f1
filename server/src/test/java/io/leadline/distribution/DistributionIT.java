package io.leadline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives {@code ./mvnw package} builds (src/dist/build), unpacked and started as a user would: through
 * {@code bin/leadline}, with an environment that has no Java on the PATH and no JAVA_HOME.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("leadline.version");
    private static final Path TARGET = Path.of(System.getProperty("leadline.target", "target"));
    /** The commands bin/leadline uses, and nothing else: in particular no java. */
    private static final List<String> SHELL_TOOLS = List.of("bash", "sed", "head", "dirname", "readlink", "ls", "sort");

    @TempDir
    Path work;

    @Test
    void theArchiveWithItsOwnRuntimeStartsWithoutAnyJavaOnTheMachineAndStopsOnSigterm() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-" + arch() + ".tar.gz");
        int port = freePort();
        Path log = work.resolve("server.log");
        Process server = start(server(home, port), log);
        try (HttpClient http = HttpClient.newHttpClient()) {
            awaitHealthy(http, port, server, log);
            HttpResponse<String> created = http.send(api(port, "/v1.0/leads")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Ada\",\"emails\":[\"ada@example.com\"]}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            String leadId = created.body().replaceAll(".*\"leadId\":(\\d+).*", "$1");
            HttpResponse<String> read = http.send(api(port, "/v1.0/leads/" + leadId).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.body()).contains("\"firstName\":\"Ada\"");
            HttpResponse<String> leads = http.send(api(port, "/v1.0/leads").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(leads.statusCode()).as(leads.body()).isEqualTo(200);
            assertThat(leads.body()).contains("\"leadId\":" + leadId);

            Process whileRunning = launcher(home, "admin", "teams", "--leadline.data-dir=" + work.resolve("data"))
                    .redirectErrorStream(true).start();
            String refused = new String(whileRunning.getInputStream().readAllBytes());
            assertThat(whileRunning.waitFor()).as(refused).isEqualTo(1);
            assertThat(refused.strip()).as("one plain line, no stack trace")
                    .isEqualTo("admin: the embedded database is open in another process (a running server?): stop it first,"
                            + " H2 lets one process open the file");
        } finally {
            stop(server);
        }
        String output = Files.readString(log);
        assertThat(output).as("started by the archive's runtime, its class cache accepted")
                .contains("using Java " + runtimeVersion(home)).doesNotContain("[error").doesNotContain("Exception");
        assertThat(output).as("from the context the build generated").contains("Starting from the context generated at build time")
                .contains("Starting AOT-processed Application");

        Process admin = launcher(home, "admin", "teams", "--leadline.data-dir=" + work.resolve("data"))
                .redirectErrorStream(true).start();
        String listed = new String(admin.getInputStream().readAllBytes());
        assertThat(admin.waitFor()).as(listed).isZero();
        assertThat(listed).contains("Leadline");
    }

    @Test
    void aSettingTheBuildDecidedBeansOnStartsTheOrdinaryWayAndTakesEffect() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-" + arch() + ".tar.gz");
        int port = freePort();
        int managementPort = freePort();
        Path log = work.resolve("server.log");
        Process server = start(server(home, port, "--management.server.port=" + managementPort), log);
        try (HttpClient http = HttpClient.newHttpClient()) {
            awaitHealthy(http, managementPort, server, log);
            HttpResponse<String> leads = http.send(api(port, "/v1.0/leads").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(leads.statusCode()).as(leads.body()).isEqualTo(200);
            HttpResponse<String> noHealthOnTheApiPort = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noHealthOnTheApiPort.statusCode()).isEqualTo(404);
        } finally {
            stop(server);
        }
        assertThat(Files.readString(log)).contains("Starting without the context generated at build time: "
                + "management.server.port is not set as it was when the build decided the beans");
    }

    @Test
    void anExplicitSpringAotEnabledFalseStartsTheOrdinaryWay() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-" + arch() + ".tar.gz");
        int port = freePort();
        Path log = work.resolve("server.log");
        ProcessBuilder ordinary = server(home, port);
        ordinary.environment().put("JAVA_OPTS", "-Dspring.aot.enabled=false");
        Process server = start(ordinary, log);
        try (HttpClient http = HttpClient.newHttpClient()) {
            awaitHealthy(http, port, server, log);
        } finally {
            stop(server);
        }
        assertThat(Files.readString(log)).contains("Starting Application")
                .doesNotContain("AOT-processed").doesNotContain("context generated at build time");
    }

    @Test
    void thePlainArchiveFindsAJavaInTheUsualPlacesAndRunsTheAdministrationCommand() throws Exception {
        Path home = unpack("leadline-" + VERSION + ".tar.gz");
        assertThat(home.resolve("runtime")).doesNotExist();
        ProcessBuilder admin = launcher(home, "admin", "teams", "--leadline.data-dir=" + work.resolve("data"));
        admin.environment().put("LEADLINE_JAVA_PLACES", Path.of(System.getProperty("java.home")).toString());
        Process run = admin.redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor()).as(output).isZero();
    }

    @Test
    void withoutASuitableJavaThePlainArchiveSaysWhatIsMissing() throws Exception {
        Path home = unpack("leadline-" + VERSION + ".tar.gz");
        Path oldJava = work.resolve("jdk17");
        Files.createDirectories(oldJava.resolve("bin"));
        Path fakeJava = oldJava.resolve("bin/java");
        Files.writeString(fakeJava, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder tooOld = launcher(home);
        tooOld.environment().putAll(Map.of("JAVA_HOME", oldJava.toString(), "LEADLINE_JAVA_PLACES", ""));
        Process run = tooOld.redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor()).isEqualTo(1);
        assertThat(output).contains("Leadline needs Java 21 or newer")
                .contains(fakeJava + " (JAVA_HOME): Java 17")
                .contains("carries its own Java runtime");
    }

    @Test // issue 28
    void theSandboxCommandStartsOnAFreshDatabaseAndPrintsItsAddressAndKeysFirst() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-" + arch() + ".tar.gz");
        Path temporary = Files.createDirectories(work.resolve("tmp"));
        Path log = work.resolve("sandbox.log");
        ProcessBuilder command = launcher(home, "sandbox", "--port", "0", "--fixtures",
                Path.of("examples/sandbox-fixtures.json").toAbsolutePath().toString());
        command.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + temporary);
        Process sandbox = start(command, log);
        try (HttpClient http = HttpClient.newHttpClient()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (read(log).lines().noneMatch(line -> line.startsWith("{\"baseUrl\""))) {
                assertThat(sandbox.isAlive()).as(read(log)).isTrue();
                assertThat(System.nanoTime()).as("announced within a minute: " + read(log)).isLessThan(deadline);
                Thread.sleep(50);
            }
            List<String> lines = read(log).lines().toList();
            assertThat(lines.getFirst()).as("the address is the first line").startsWith("Leadline sandbox at http://127.0.0.1:");
            String baseUrl = lines.getFirst().replaceAll("Leadline sandbox at (\\S+).*", "$1");
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("Authorization: token acme-ann-key-00001"));
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/v1.0/me"))
                    .header("Authorization", "token acme-ann-key-00001").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.body()).contains("ann@acme.example");
            assertThat(sandboxDirectories(temporary)).as("its database, in a temporary directory").hasSize(1);
        } finally {
            stop(sandbox);
        }
        assertThat(sandboxDirectories(temporary)).as("removed at exit").isEmpty();
    }

    @Test // issue 28: start to first answer within 2 s
    void theSandboxStartsFromItsOwnPrebuiltContextOnAnAlreadyMigratedDatabase() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-" + arch() + ".tar.gz");
        Path log = work.resolve("sandbox-start.log");
        ProcessBuilder command = launcher(home, "sandbox", "--port", "0");
        command.environment().put("JAVA_OPTS", "-Dlogging.level.io.leadline.startup=INFO -Dlogging.level.io.leadline.SandboxApplication=INFO"
                + " -Dlogging.level.org.flywaydb=INFO");
        Process sandbox = start(command, log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (read(log).lines().noneMatch(line -> line.startsWith("{\"baseUrl\""))) {
                assertThat(sandbox.isAlive()).as(read(log)).isTrue();
                assertThat(System.nanoTime()).as("announced within a minute: " + read(log)).isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(read(log)).contains("Starting from the context generated at build time")
                    .contains("Starting AOT-processed SandboxApplication")
                    .as("the archive's migrated database, copied").doesNotContain("Migrating schema");
        } finally {
            stop(sandbox);
        }
    }

    @Test // LL-26 item 10
    void helpVersionAndTheAdministrationUsageAnswerAtOnceWithoutStartingAnything() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-x64.tar.gz");
        Path data = work.resolve("untouched");
        for (List<String> arguments : List.of(List.of("--help"), List.of("--version"), List.of("admin", "--help"))) {
            List<String> all = new java.util.ArrayList<>(arguments);
            all.add("--leadline.data-dir=" + data);
            Process run = launcher(home, all.toArray(String[]::new)).redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes());
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(arguments + ": " + output).isZero();
            assertThat(output).as(arguments.toString()).containsAnyOf("usage:", "leadline " + VERSION).doesNotContain("Starting");
        }
        assertThat(data).as("no database opened, no first-start key spent").doesNotExist();
    }

    @Test // LL-26 item 9
    void aRefusedStartSaysWhyInOneLineWithAnExitCodeOfItsOwnAndCreatesNothing() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-x64.tar.gz");
        Path data = work.resolve("no-data-here");
        assertRefused(home, 65, "leadline.data-must-exist", "--leadline.data-dir=" + data, "--leadline.data-must-exist=true");
        assertThat(data).as("nothing created").doesNotExist();
        Path smtpData = work.resolve("smtp-data");
        assertRefused(home, 78, "leadline.messages.smtp.host", "--leadline.data-dir=" + smtpData, "--leadline.messages.email=smtp");
        assertThat(smtpData).as("refused before the database was opened").doesNotExist();
        assertRefused(home, 78, "leadline.secrets.key", "--leadline.data-dir=" + smtpData, "--leadline.secrets.key=too-short");
        assertRefused(home, 66, "spring.datasource.url", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/leadline_no_such_database",
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    private void assertRefused(Path home, int exitCode, String setting, String... arguments) throws Exception {
        Process run = launcher(home, arguments).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isEqualTo(exitCode);
        List<String> told = output.lines().filter(line -> line.contains("Leadline cannot start")).toList();
        assertThat(told).as(output).hasSize(1);
        assertThat(told.getFirst()).startsWith("Leadline cannot start: ").contains(setting);
        assertThat(output).doesNotContain("\tat ").doesNotContain("APPLICATION FAILED TO START");
    }

    private Path unpack(String archive) throws Exception {
        Path file = TARGET.resolve(archive);
        assertThat(file).as("built by ./mvnw package (src/dist/build)").exists();
        Path into = Files.createDirectories(work.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-C", into.toString(), "-xzf", file.toString()).inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        return into.resolve("leadline-" + VERSION);
    }

    /** The server on this port, with the test's data folder and API key, and these further arguments. */
    @Test
    void anImportKilledMidwayResumesAfterTheRestartAndCreatesEveryLeadOnce() throws Exception {
        Path home = unpack("leadline-" + VERSION + "-linux-" + arch() + ".tar.gz");
        int port = freePort();
        StringBuilder csv = new StringBuilder("firstName,emails\n");
        for (int i = 1; i <= 3000; i++) {
            csv.append("Lead").append(i).append(",lead").append(i).append("@example.com\n");
        }
        String[] settings = {"--leadline.imports.lease=PT2S", "--leadline.imports.pause-percent=0"};
        Process first = start(server(home, port, settings), work.resolve("first.log"));
        String importId;
        try (HttpClient http = HttpClient.newHttpClient()) {
            awaitHealthy(http, port, first, work.resolve("first.log"));
            HttpResponse<String> started = http.send(api(port, "/leadline/v1/imports?mapping=leadline")
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            importId = started.body().replaceAll(".*\"importId\":(\\d+).*", "$1");
            Instant deadline = Instant.now().plusSeconds(60);
            String job;
            do {
                Thread.sleep(50);
                job = http.send(api(port, "/leadline/v1/imports/" + importId).build(), HttpResponse.BodyHandlers.ofString()).body();
            } while (job.contains("\"rowsRead\":0,") && Instant.now().isBefore(deadline));
            assertThat(job).as("killed while running, after a checkpoint").contains("\"state\":\"running\"");
        } finally {
            first.destroyForcibly();
            first.waitFor(20, TimeUnit.SECONDS);
        }
        Process second = start(server(home, port, settings), work.resolve("second.log"));
        try (HttpClient http = HttpClient.newHttpClient()) {
            awaitHealthy(http, port, second, work.resolve("second.log"));
            Instant deadline = Instant.now().plusSeconds(90);
            String job;
            do {
                Thread.sleep(200);
                job = http.send(api(port, "/leadline/v1/imports/" + importId).build(), HttpResponse.BodyHandlers.ofString()).body();
            } while (job.contains("\"state\":\"running\"") && Instant.now().isBefore(deadline));
            assertThat(job).contains("\"state\":\"completed\"").contains("\"rowsRead\":3000,").contains("\"created\":3000,");
            String leads = http.send(api(port, "/v1.0/leads?limit=1").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(leads).as("every lead once").contains("\"total\":3000");
        } finally {
            stop(second);
        }
    }

    private ProcessBuilder server(Path home, int port, String... more) throws IOException {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=" + port,
                "--leadline.data-dir=" + work.resolve("data"), "--leadline.bootstrap.api-key=distribution-test-key"));
        arguments.addAll(List.of(more));
        return launcher(home, arguments.toArray(String[]::new));
    }

    private static Process start(ProcessBuilder server, Path log) throws IOException {
        return server.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        assertThat(server.waitFor(40, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        assertThat(server.exitValue()).as("a graceful stop is a normal end (LL-26 item 13)").isZero();
    }

    /** bin/leadline with an empty environment but for HOME and a PATH of shell tools only. */
    private ProcessBuilder launcher(Path home, String... arguments) throws IOException {
        Path tools = work.resolve("path");
        if (!Files.isDirectory(tools)) {
            Files.createDirectories(tools);
            for (String tool : SHELL_TOOLS) {
                Files.createSymbolicLink(tools.resolve(tool), which(tool));
            }
        }
        ProcessBuilder process = new ProcessBuilder();
        process.command().add(home.resolve("bin/leadline").toString());
        process.command().addAll(List.of(arguments));
        process.environment().clear();
        process.environment().putAll(Map.of("PATH", tools.toString(), "HOME", work.toString()));
        return process.directory(work.toFile());
    }

    private static Path which(String tool) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return Path.of(dir, tool);
            }
        }
        throw new IllegalStateException("no " + tool + " on this machine");
    }

    private static HttpRequest.Builder api(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "token distribution-test-key");
    }

    private static void awaitHealthy(HttpClient http, int port, Process server, Path log) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as(() -> "exited early: " + read(log)).isTrue();
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    assertThat(answer.body()).contains("\"status\":\"UP\"");
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not healthy within 90 s: " + read(log));
    }

    private static List<Path> sandboxDirectories(Path temporary) throws IOException {
        try (var files = Files.list(temporary)) {
            return files.filter(file -> file.getFileName().toString().startsWith("leadline-sandbox-")).toList();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String runtimeVersion(Path home) throws IOException {
        return Files.readAllLines(home.resolve("runtime/release")).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElseThrow();
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "arm64" : arch;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
