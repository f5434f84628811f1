package io.leadline.timeline;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The timeline benchmark (LL-14), run by {@code bench/run timeline [--h2] [--entries=N]}: one lead with N entries in
 * each view (N/2 manual logs and N/2 site activities on the v2 timeline, N system log entries from N updates), then
 * the first page of each view, a cursor walk of the whole v2 timeline and a page walk of the system log (first and
 * last page), and what writing the system log adds to a lead update: updates of a logged field (one entry each) next
 * to updates of a field the log does not record, interleaved. Prints figures and asserts nothing.
 */
public final class TimelineBenchmark {

    private static final int TIMED = 500;

    private TimelineBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = Arrays.asList(args).contains("--h2");
        int entries = BenchServer.intOption(args, "--entries=", 10_000);
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "timeline-h2")) : BenchServer.freshPostgres("leadline_timeline_bench");
        try (ConfigurableApplicationContext server = BenchServer.start(url)) {
            run(server, entries, h2);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext server, int entries, boolean h2) throws Exception {
        ApiClient owner = BenchServer.ownerOfNewTeam(server, "Timeline benchmark");
        long lead = owner.post("/v1.0/leads", aLead().build()).leadId();
        String leadPath = "/v1.0/leads/" + lead;

        long started = System.nanoTime();
        BenchServer.concurrently(entries / 2, i -> () -> owner.post("/v1.0/logType", Map.of("leadId", lead, "logType", "logCall",
                "content", "call " + i, "leadPhoneNumber", "5125550101")).status());
        BenchServer.concurrently(entries / 2, i -> () -> owner.post(leadPath + "/activity", Map.of("type", "Browse", "text", "listing " + i,
                "created", 1_700_000_000_000L + i * 60_000L)).status());
        for (int i = 0; i < entries; i++) {
            check(owner.put(leadPath, Map.of("firstName", "Name" + i)));
        }
        System.out.printf("%nLoaded %,d v2 timeline entries and %,d system log entries on one lead in %.1f s (%s)%n",
                entries, entries, (System.nanoTime() - started) / 1e9, h2 ? "H2 (embedded)" : "PostgreSQL");
        analyze(server);

        String v2 = "/v2.0/leads/" + lead + "/activities";
        String logs = "/v1.0/systemLogs?leadId=" + lead;
        for (int i = 0; i < 300; i++) {
            owner.getBody(v2 + "?limit=100");
            owner.getBody(logs);
        }
        System.out.printf("%n%-46s %8s %8s %8s%n", "first page, one client (ms)", "p50", "p95", "p99");
        Latencies.print("v2 activities, limit 10 (default)", timedGets(owner, v2));
        Latencies.print("v2 activities, limit 100", timedGets(owner, v2 + "?limit=100"));
        Latencies.print("system logs, pageSize 100 (default)", timedGets(owner, logs));
        Latencies.print("v1 site activities, page 0 (100)", timedGets(owner, "/v1.0/leads/" + lead + "/activities"));
        Latencies.print("manual logs (logCall), limit 100", timedGets(owner, "/v1.0/logType?leadId=" + lead + "&logType=logCall&limit=100"));

        walkV2(owner, v2);
        walkSystemLog(owner, logs, entries);

        long[] logged = new long[TIMED];
        long[] unlogged = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            logged[i] = timedPut(owner, leadPath, Map.of("city", "City " + i));
            unlogged[i] = timedPut(owner, leadPath, Map.of("referredBy", "Referrer " + i));
        }
        System.out.printf("%n%-46s %8s %8s %8s%n", "lead update, interleaved, one client (ms)", "p50", "p95", "p99");
        Latencies.print("referredBy (not in the system log)", unlogged);
        Latencies.print("city (one system log entry)", logged);
        System.out.printf("writing the system log adds %.3f ms at p50%n", (Latencies.percentile(logged, 50) - Latencies.percentile(unlogged, 50)) / 1e6);
    }

    /** Fresh statistics, as autovacuum would have them after a load this size (without them one plan sorts 10,000 rows). */
    private static void analyze(ConfigurableApplicationContext server) throws java.sql.SQLException {
        try (var connection = server.getBean(javax.sql.DataSource.class).getConnection();
                var statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private static void walkV2(ApiClient owner, String path) {
        long cursor = 0;
        int pages = 0;
        double first = 0;
        double last = 0;
        long started = System.nanoTime();
        while (true) {
            long pageStarted = System.nanoTime();
            JsonNode page = ApiClient.JSON.readTree(owner.getBody(path + "?limit=100&currentId=" + cursor)).path("activities");
            double ms = (System.nanoTime() - pageStarted) / 1e6;
            if (pages == 0) {
                first = ms;
            }
            if (page.isEmpty()) {
                break;
            }
            last = ms;
            pages++;
            cursor = page.get(page.size() - 1).path("id").asLong();
        }
        System.out.printf("%nv2 walked by cursor: %d pages of 100 in %.2f s; first page %.2f ms, last page %.2f ms%n",
                pages, (System.nanoTime() - started) / 1e9, first, last);
    }

    private static void walkSystemLog(ApiClient owner, String path, int entries) {
        int pages = (entries + 99) / 100;
        double[] ms = new double[pages];
        long started = System.nanoTime();
        for (int page = 0; page < pages; page++) {
            long pageStarted = System.nanoTime();
            owner.getBody(path + "&pageSize=100&pageNumber=" + page);
            ms[page] = (System.nanoTime() - pageStarted) / 1e6;
        }
        System.out.printf("system log walked by pageNumber: %d pages of 100 in %.2f s; first page %.2f ms, last page %.2f ms%n",
                pages, (System.nanoTime() - started) / 1e9, ms[0], ms[pages - 1]);
    }

    private static long[] timedGets(ApiClient owner, String path) {
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long started = System.nanoTime();
            owner.getBody(path);
            nanos[i] = System.nanoTime() - started;
        }
        return nanos;
    }

    private static long timedPut(ApiClient owner, String path, Map<String, Object> body) {
        long started = System.nanoTime();
        ApiResponse response = owner.put(path, body);
        long elapsed = System.nanoTime() - started;
        check(response);
        return elapsed;
    }

    private static void check(ApiResponse response) {
        if (response.status() != 200) {
            throw new IllegalStateException(response.toString());
        }
    }
}
