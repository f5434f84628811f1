package io.leadline.database;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The read replica (LL issue 33), run by {@code bench/run replica [--seconds=30] [--leads=5000]}: the local
 * pg_auto_failover cluster of {@code bench/pg-cluster}, its synchronous standby doubling as the read replica. The same
 * mixed load twice, on a fresh server each time — first without a replica, then with the standby as one: eight clients,
 * each a team admin of its own, each creating a lead, listing it at once by its name (read-your-writes: a miss is
 * counted), and listing the team's leads three times. Prints the primary's and the standby's CPU per request, where the reads went, and the misses.
 */
public final class ReplicaBenchmark {

    private static final String PRIMARY_URL = BenchScripts.CLUSTER_URL;
    private static final String STANDBY_URL = "jdbc:postgresql://127.0.0.1:" + BenchScripts.FIRST_STANDBY_PORT + "/leadline";

    private ReplicaBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = BenchServer.intOption(args, "--seconds=", 30);
        int seeded = BenchServer.intOption(args, "--leads=", 5000);
        Path dir = Files.createTempDirectory("leadline-replica", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            BenchScripts.startCluster(dir);
            System.out.printf("%nMixed load, 8 clients for %d s, a team of %,d leads; each round: a create, a list by its name"
                    + " at once, three lists of the team%n", seconds, seeded);
            phase(dir, "without a replica", seconds, seeded);
            phase(dir, "with the standby as read replica", seconds, seeded, "--leadline.replica.url=" + STANDBY_URL);
        } finally {
            BenchScripts.cluster("stop", dir.toString());
        }
        System.exit(0);
    }

    private static void phase(Path dir, String name, int seconds, int seeded, String... extra) throws Exception {
        try (ConfigurableApplicationContext server = BenchServer.start(PRIMARY_URL, extra)) {
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Replica benchmark " + name);
            BenchServer.concurrently(seeded, i -> () -> owner.post("/v1.0/leads", aLead().build()).status());
            Thread.sleep(2000);
            long primary = postmaster(dir, "node1");
            long standby = postmaster(dir, "node2");
            double primaryBefore = cpuSeconds(primary);
            double standbyBefore = cpuSeconds(standby);
            AtomicLong requests = new AtomicLong();
            AtomicLong misses = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> clients = new ArrayList<>();
            AtomicLong names = new AtomicLong();
            for (int c = 0; c < 8; c++) {
                ApiClient client = admin(owner, name, c);
                clients.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        String lastName = "Replica" + names.incrementAndGet();
                        long leadId = client.post("/v1.0/leads", aLead().with("lastName", lastName).build()).leadId();
                        if (!client.get("/v1.0/leads?key=" + lastName).raw().contains("\"leadId\":" + leadId)) {
                            misses.incrementAndGet();
                        }
                        for (int i = 0; i < 3; i++) {
                            client.getBody("/v1.0/leads?limit=20");
                        }
                        requests.addAndGet(5);
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
            double primaryCpu = cpuSeconds(primary) - primaryBefore;
            double standbyCpu = cpuSeconds(standby) - standbyBefore;
            MeterRegistry metrics = server.getBean(MeterRegistry.class);
            System.out.printf("%n%s: %,d requests (%.0f/s)%n", name, requests.get(), requests.get() / (double) seconds);
            System.out.printf("  primary's PostgreSQL CPU %.2f ms per request (%.2f cores); standby's %.2f ms per request (%.2f cores)%n",
                    1000 * primaryCpu / requests.get(), primaryCpu / seconds, 1000 * standbyCpu / requests.get(), standbyCpu / seconds);
            System.out.printf("  reads placed: %.0f on the replica, %.0f on the primary; a create not found by the list right after it: %d%n",
                    metrics.get("leadline.replica.reads").tag("on", "replica").counter().count(),
                    metrics.get("leadline.replica.reads").tag("on", "primary").counter().count(), misses.get());
        }
    }

    /** The client's own admin (read-your-writes is per caller: eight callers, as eight people at their desks). */
    private static ApiClient admin(ApiClient owner, String phase, int n) {
        String email = "admin" + n + "-" + Math.abs(phase.hashCode()) + "@bench.example";
        long userId = owner.post("/leadline/v1/users", java.util.Map.of("email", email, "firstName", "Admin" + n, "role", "ADMIN"))
                .json().path("userId").asLong();
        return owner.as("token " + owner.post("/leadline/v1/api-keys", java.util.Map.of("userId", userId, "name", "bench"))
                .json().path("key").asString());
    }

    private static long postmaster(Path dir, String node) throws IOException {
        return Long.parseLong(Files.readAllLines(dir.resolve(node).resolve("postmaster.pid")).getFirst().trim());
    }

    /** User and system CPU of a process and all its descendants (PostgreSQL's backends), in seconds. */
    private static double cpuSeconds(long pid) {
        return Stream.concat(Stream.of(ProcessHandle.of(pid).orElseThrow()), ProcessHandle.of(pid).orElseThrow().descendants())
                .mapToDouble(process -> {
                    try {
                        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    } catch (IOException | RuntimeException gone) {
                        return 0;
                    }
                }).sum();
    }
}
