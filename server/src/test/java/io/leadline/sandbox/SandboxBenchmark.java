package io.leadline.sandbox;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/run sandbox [--h2] [--leads=10000]}: how long the sandbox takes to reset. A team of leads, each with a
 * note, a task and a logged call, is saved as a snapshot; then, ten times over, a few writes and a restore, of the
 * whole database and of the team alone; and a small team's reset, what a test suite pays between tests.
 */
public final class SandboxBenchmark {

    private static final int ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        boolean h2 = Arrays.asList(args).contains("--h2");
        int leads = BenchServer.intOption(args, "--leads=", 10_000);
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "sandbox-h2")) : BenchServer.freshPostgres("leadline_sandbox_bench");
        try (ConfigurableApplicationContext server = BenchServer.start(url, "--leadline.sandbox.enabled=true",
                "--logging.level.io.leadline.sandbox=ERROR")) {
            run(server, leads, h2);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext server, int leads, boolean h2) throws Exception {
        ApiClient admin = new ApiClient(BenchServer.baseUrl(server), "token " + BenchServer.ADMIN_KEY);
        ApiClient small = BenchServer.ownerOfNewTeam(server, "Small fixture");
        for (int i = 0; i < 20; i++) {
            check(small.post("/v1.0/leads", aLead().build()));
        }
        check(admin.post("/leadline/v1/sandbox/snapshots/small", Map.of()));
        long[] smallResets = new long[ROUNDS];
        long[] extensionResets = new long[ROUNDS];
        // the first rounds warm the JIT up, as a suite's first tests do; the second rounds are the ones shown
        for (int warm = 0; warm < 2; warm++) {
            for (int round = 0; round < ROUNDS; round++) {
                check(small.post("/v1.0/leads", aLead().build()));
                smallResets[round] = timed(admin, "/leadline/v1/sandbox/snapshots/small/restore");
                check(small.post("/v1.0/leads", aLead().build()));
                extensionResets[round] = beforeEachTest(admin);
            }
        }

        ApiResponse created = admin.post("/leadline/v1/teams", Map.of("name", "Sandbox benchmark",
                "owner", Map.of("email", "owner@sandbox.example", "firstName", "Bench", "lastName", "Owner")));
        check(created);
        long teamId = created.json().path("team").path("teamId").asLong();
        ApiClient owner = admin.as("token " + created.json().path("apiKey").path("key").asString());
        long started = System.nanoTime();
        BenchServer.concurrently(leads, i -> () -> {
            ApiResponse lead = owner.post("/v1.0/leads", aLead().with("tags", List.of("Tag " + i % 20)).build());
            long leadId = lead.leadId();
            int note = owner.post("/v1.0/notes", Map.of("leadId", leadId, "content", "Note " + i)).status();
            int task = owner.post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", "Call " + i,
                    "assignedRole", "Agent", "endAt", "2031-06-01T09:00:00Z")).status();
            int call = owner.post("/v1.0/logType", Map.of("leadId", leadId, "logType", "logCall", "content", "Called " + i,
                    "leadPhoneNumber", "5125550101")).status();
            return Math.max(lead.status(), Math.max(note, Math.max(task, call)));
        });
        System.out.printf("%nLoaded %,d leads, each with a note, a task and a logged call, in %.1f s (%s)%n", leads,
                (System.nanoTime() - started) / 1e9, h2 ? "H2 (embedded)" : "PostgreSQL");
        long saveStarted = System.nanoTime();
        check(admin.post("/leadline/v1/sandbox/snapshots/loaded", Map.of()));
        System.out.printf("saving the snapshot took %.0f ms%n", (System.nanoTime() - saveStarted) / 1e6);

        long[] whole = new long[ROUNDS];
        long[] team = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < 5; i++) {
                check(owner.post("/v1.0/leads", aLead().build()));
            }
            whole[round] = timed(admin, "/leadline/v1/sandbox/snapshots/loaded/restore");
            check(owner.post("/v1.0/leads", aLead().build()));
            team[round] = timed(admin, "/leadline/v1/sandbox/snapshots/loaded/restore?team=" + teamId);
        }
        System.out.printf("%n%-52s %8s %8s %8s%n", "restore, wall time of the request (ms)", "p50", "p95", "p99");
        Latencies.print("whole database (" + String.format("%,d", leads + 20) + " leads)", whole);
        Latencies.print("the large team alone", team);
        Latencies.print("a 20-lead team's snapshot, whole database", smallResets);
        Latencies.print("the same and the rest of a JUnit test's clean start", extensionResets);
    }

    /** What leadline-sandbox-junit does before each test (Sandbox.resetAll), with the small snapshot as the fixtures. */
    private static long beforeEachTest(ApiClient admin) {
        long started = System.nanoTime();
        check(admin.post("/leadline/v1/sandbox/snapshots/small/restore", Map.of()));
        checkGone(admin.delete("/leadline/v1/sandbox/journal"));
        checkGone(admin.delete("/leadline/v1/sandbox/faults"));
        checkGone(admin.delete("/leadline/v1/sandbox/receivers"));
        check(admin.put("/leadline/v1/sandbox/lofty-behaviours", Map.of("duplicateWebhooks", 0, "outOfOrderWebhooks", 0)));
        return System.nanoTime() - started;
    }

    private static void checkGone(ApiResponse response) {
        if (response.status() != 204) {
            throw new IllegalStateException(response.toString());
        }
    }

    private static long timed(ApiClient admin, String path) {
        long started = System.nanoTime();
        check(admin.post(path, Map.of()));
        return System.nanoTime() - started;
    }

    private static void check(ApiResponse response) {
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException(response.toString());
        }
    }
}
