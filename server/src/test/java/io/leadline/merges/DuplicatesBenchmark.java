package io.leadline.merges;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 31's duplicate-list target ({@code bench/run duplicates}, after {@code bench/run generate 1000000}): one sweep
 * of the generated team, then the first page and a later page of {@code GET /leadline/v1/duplicates} for the owner (every
 * lead) and an agent, with their totals, timed at the client on loopback.
 */
public final class DuplicatesBenchmark {

    private DuplicatesBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = java.util.Arrays.asList(args).contains("--h2");
        int iterations = BenchServer.intOption(args, "--iterations=", 100);
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(Path.of("target", "bench", h2 ? "h2.properties" : "postgres.properties"))) {
            state.load(in);
        }
        try (ConfigurableApplicationContext server = BenchServer.start(state.getProperty("url"))) {
            ApiClient owner = new ApiClient(BenchServer.baseUrl(server), "token " + state.getProperty("ownerKey"));
            ApiClient agent = owner.as("token " + state.getProperty("agentKey"));
            long teamId = Long.parseLong(state.getProperty("teamId"));
            DuplicateSweep sweep = server.getBean(DuplicateSweep.class);
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                sweep.sweep(teamId);
                System.out.printf("sweep of the team (%s leads): %.0f ms%n", state.getProperty("leads"),
                        (System.nanoTime() - start) / 1e6);
            }
            ApiResponse first = owner.get("/leadline/v1/duplicates");
            String next = first.json().path("_metadata").path("next").asString(null);
            System.out.printf("%nsets the owner sees: %d; the agent: %d%n", first.json().path("_metadata").path("total").asLong(),
                    agent.get("/leadline/v1/duplicates").json().path("_metadata").path("total").asLong());
            System.out.printf("%nGET /leadline/v1/duplicates, %d timed requests each after warm-up (ms at the client)%n",
                    iterations);
            System.out.printf("%-46s %8s %8s %8s%n", "request", "p50", "p95", "p99");
            time("first page, 20 sets (owner)", iterations, () -> owner.get("/leadline/v1/duplicates"));
            if (next != null) {
                time("second page (owner)", iterations, () -> owner.get("/leadline/v1/duplicates?after=" + next));
            }
            time("first page (agent)", iterations, () -> agent.get("/leadline/v1/duplicates"));
            System.out.printf("weak sets the owner sees: %d%n",
                    owner.get("/leadline/v1/duplicates?signal=weak").json().path("_metadata").path("total").asLong());
            time("first page of weak sets (owner)", iterations, () -> owner.get("/leadline/v1/duplicates?signal=weak"));
        }
        System.exit(0);
    }

    private static void time(String label, int iterations, Supplier<ApiResponse> request) {
        for (int i = 0; i < 10; i++) {
            check(label, request.get());
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            ApiResponse response = request.get();
            nanos[i] = System.nanoTime() - start;
            check(label, response);
        }
        Latencies.print(label, nanos);
    }

    private static void check(String label, ApiResponse response) {
        if (response.status() != 200) {
            throw new IllegalStateException(label + " answered " + response);
        }
    }
}
