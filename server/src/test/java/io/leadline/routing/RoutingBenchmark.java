package io.leadline.routing;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The routing benchmark (LL issue 5), run by {@code bench/run routing [--h2]}: lead-create latency through the HTTP
 * API with 20 routing rules (the 20th matches, a weighted round robin) next to creates that name their assignee and
 * skip routing, interleaved so both see the same machine. Prints figures and asserts nothing.
 */
public final class RoutingBenchmark {

    private RoutingBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = Arrays.asList(args).contains("--h2");
        int creates = BenchServer.intOption(args, "--creates=", 3000);
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "routing-h2")) : BenchServer.freshPostgres("leadline_routing_bench");
        try (ConfigurableApplicationContext server = BenchServer.start(url)) {
            run(server, creates, h2);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext server, int creates, boolean h2) throws Exception {
        ApiClient owner = BenchServer.ownerOfNewTeam(server, "Routing benchmark");
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            agents.add(owner.post("/leadline/v1/users", Map.of("email", "agent" + i + "@bench.example", "firstName", "Agent",
                    "lastName", String.valueOf(i), "role", "AGENT")).json().path("userId").asLong());
        }
        for (int i = 0; i < 19; i++) {
            owner.post("/leadline/v1/routing/rules", Map.of("name", "Miss " + i,
                    "sourceName", "Source " + i, "tagNames", List.of("tag-" + i), "tagMatchType", 1,
                    "locationRule", Map.of("locationMatchType", 1, "state", "TX", "city", "City " + i),
                    "routingStrategy", Map.of("strategyType", 5, "memberWeights", List.of(Map.of("memberId", agents.get(i))))));
        }
        List<Map<String, Object>> weights = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            weights.add(Map.of("memberId", agents.get(i), "weight", 1 + i % 3));
        }
        owner.post("/leadline/v1/routing/rules", Map.of("name", "Everyone else",
                "routingStrategy", Map.of("strategyType", 1, "memberWeights", weights)));

        Map<String, Object> routed = aLead().with("emails", List.of("routed@example.com")).with("tags", List.of("web")).build();
        Map<String, Object> direct = aLead().with("emails", List.of("direct@example.com")).with("tags", List.of("web"))
                .with("assignedUserId", agents.get(3)).build();
        for (int i = 0; i < 500; i++) {
            owner.post("/v1.0/leads", routed);
            owner.post("/v1.0/leads", direct);
        }
        long[] routedNanos = new long[creates];
        long[] directNanos = new long[creates];
        for (int i = 0; i < creates; i++) {
            routedNanos[i] = timed(owner, routed);
            directNanos[i] = timed(owner, direct);
        }
        System.out.printf("%nLead create through the API, %s, %,d of each, interleaved, one client (ms)%n",
                h2 ? "H2 (embedded)" : "PostgreSQL", creates);
        System.out.printf("%-46s %8s %8s %8s%n", "shape", "p50", "p95", "p99");
        Latencies.print("assignedUserId given (routing skipped)", directNanos);
        Latencies.print("routed: 20 rules, the 20th matches (RR)", routedNanos);
        System.out.printf("routing adds %.3f ms at p50%n", (Latencies.percentile(routedNanos, 50) - Latencies.percentile(directNanos, 50)) / 1e6);
        System.out.printf("%nThroughput, 16 concurrent clients, %,d creates each shape (creates/s)%n", creates);
        System.out.printf("%-46s %8.0f%n", "assignedUserId given (routing skipped)", throughput(owner, direct, creates));
        System.out.printf("%-46s %8.0f%n", "routed: one round-robin rule takes every turn", throughput(owner, routed, creates));
    }

    private static long timed(ApiClient owner, Map<String, Object> body) {
        long started = System.nanoTime();
        ApiResponse response = owner.post("/v1.0/leads", body);
        long elapsed = System.nanoTime() - started;
        if (response.status() != 200) {
            throw new IllegalStateException(response.toString());
        }
        return elapsed;
    }

    private static double throughput(ApiClient owner, Map<String, Object> body, int creates) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < creates; i++) {
            calls.add(() -> owner.post("/v1.0/leads", body).status());
        }
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                if (status.get() != 200) {
                    throw new IllegalStateException("create failed: " + status.get());
                }
            }
        }
        return creates / ((System.nanoTime() - started) / 1e9);
    }
}
