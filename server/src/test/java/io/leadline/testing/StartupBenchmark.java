package io.leadline.testing;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Start-up time (LL-19), run by {@code bench/run startup [--runs=N]} after {@code ./mvnw -DskipTests package}: the
 * packaged jar started with the JDK that runs this benchmark, then the runtime archive's {@code bin/leadline} (its own
 * runtime and ahead-of-time class cache), each on the embedded database, timed from launch until
 * {@code /actuator/health} answers 200: the first start on an empty data directory (migrations and the first team) and
 * then restarts on that data; and {@code bin/leadline sandbox}, which starts on a fresh database every time. Prints
 * figures and asserts nothing.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = BenchServer.intOption(args, "--runs=", 5);
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("server", "target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("leadline-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no server/target/leadline-*-exec.jar: run ./mvnw -DskipTests package first"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        measure("java -jar " + jar.getFileName() + " (java " + Runtime.version().feature() + ")",
                List.of(java, "-jar", jar.toString()), runs);
        Path launcher = Path.of("server", "target", "dist", jar.getFileName().toString().replaceAll("-exec\\.jar$", ""), "bin", "leadline");
        if (Files.isExecutable(launcher)) {
            measure("bin/leadline of the runtime archive (its own runtime and class cache)", List.of(launcher.toString()), runs);
            measureSandbox(launcher, runs);
        } else {
            System.out.println("no " + launcher + ": the archive is built by ./mvnw package (not with -Ddist.skip)");
        }
        System.exit(0);
    }

    /** Launch to healthy, and the CPU the server's process had used by then (all its threads: JIT and GC too). */
    private record Start(double seconds, double cpuSeconds) {}

    private static void measure(String what, List<String> command, int runs) throws Exception {
        Path data = Files.createTempDirectory("leadline-startup");
        Start first = start(command, data);
        List<Start> restarts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            restarts.add(start(command, data));
        }
        double[] sorted = restarts.stream().mapToDouble(Start::seconds).sorted().toArray();
        double[] cpu = restarts.stream().mapToDouble(Start::cpuSeconds).sorted().toArray();
        System.out.printf("%nStart-up of %s, launch to healthy:%n", what);
        System.out.printf("  first start, empty data directory (migrations, first team): %.2f s%n", first.seconds());
        System.out.printf("  restarts on that data, %d runs: min %.2f s, median %.2f s, max %.2f s%n", runs, sorted[0],
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.out.printf("  CPU the server used by then, restarts: min %.2f s, median %.2f s, max %.2f s"
                + " (a change of the machine's speed shows here first)%n", cpu[0], cpu[cpu.length / 2], cpu[cpu.length - 1]);
    }

    /** {@code bin/leadline sandbox}: every start is a first start, on a fresh database of its own. */
    private static void measureSandbox(Path launcher, int runs) throws Exception {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int port = freePort();
            starts.add(start(List.of(launcher.toString(), "sandbox", "--port", String.valueOf(port)), port));
        }
        double[] sorted = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        System.out.printf("%nStart-up of bin/leadline sandbox (a fresh database each time), launch to healthy, %d runs:"
                + " min %.2f s, median %.2f s, max %.2f s%n", runs, sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Start start(List<String> command, Path data) throws Exception {
        int port = freePort();
        List<String> arguments = new ArrayList<>(command);
        arguments.addAll(List.of("--server.port=" + port, "--leadline.data-dir=" + data,
                "--leadline.bootstrap.api-key=startup-bench-key", "--logging.level.root=WARN"));
        return start(arguments, port);
    }

    private static Start start(List<String> arguments, int port) throws Exception {
        long started = System.nanoTime();
        Process server = new ProcessBuilder(arguments).redirectOutput(new File("/dev/null")).redirectErrorStream(true).start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(1)).build();
            while (true) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        Duration cpu = server.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
                        return new Start(seconds, cpu.toNanos() / 1e9);
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (!server.isAlive()) {
                    throw new IllegalStateException("the server exited with " + server.exitValue());
                }
                Thread.sleep(20);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }
}
