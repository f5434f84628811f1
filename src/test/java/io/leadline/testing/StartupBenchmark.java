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
 * Start-up time (LL-19), run by {@code bench/run startup [--runs=N]}: the packaged jar ({@code ./mvnw -DskipTests
 * package} first) started as its own process with the JDK that runs this benchmark, on the embedded database, timed from
 * launch until {@code /actuator/health} answers 200: the first start on an empty data directory (migrations and the
 * first team) and then restarts on that data. Prints figures and asserts nothing.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = BenchServer.intOption(args, "--runs=", 5);
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("leadline-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/leadline-*.jar: run ./mvnw -DskipTests package first"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path data = Files.createTempDirectory("leadline-startup");
        double first = start(java, jar, data);
        List<Double> restarts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            restarts.add(start(java, jar, data));
        }
        double[] sorted = restarts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%nStart-up of %s (java %s), launch to healthy:%n", jar.getFileName(), Runtime.version().feature());
        System.out.printf("  first start, empty data directory (migrations, first team): %.2f s%n", first);
        System.out.printf("  restarts on that data, %d runs: min %.2f s, median %.2f s, max %.2f s%n", runs, sorted[0],
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.exit(0);
    }

    private static double start(String java, Path jar, Path data) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long started = System.nanoTime();
        Process server = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port,
                "--leadline.data-dir=" + data, "--leadline.bootstrap.api-key=startup-bench-key", "--logging.level.root=WARN")
                .redirectOutput(new File("/dev/null")).redirectErrorStream(true).start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(1)).build();
            while (true) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
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
