package io.leadline.imports;

import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import and export benchmark (issue 30), run by {@code bench/run import [--h2] [--rows=N]}: a CSV of N rows in
 * HubSpot's export layout (names, an email, a phone, a stage, a source, a city, a created date; 5 % of rows repeat an
 * earlier row's email) imported with the {@code skip} policy into a new team, timed end to end from the upload to the
 * job's end, with the API's p95 for a lead read and a list page (20 requests a second) measured meanwhile and on the
 * idle server; the list's
 * total against a SQL count and the search index checked against the leads, as {@code admin check-index} does; then
 * the team exported to CSV, timed, with the heap after a collection before and after. Prints figures and asserts
 * nothing.
 */
public final class ImportBenchmark {

    private static final long PROBE_PAIR_MILLIS = 100;

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = Arrays.asList(args).contains("--h2");
        int rows = BenchServer.intOption(args, "--rows=", 100_000);
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "import-h2")) : BenchServer.freshPostgres("leadline_import_bench");
        Path csv = Path.of("target", "bench", "import-" + rows + ".csv");
        Files.createDirectories(csv.getParent());
        write(csv, rows);
        try (ConfigurableApplicationContext server = BenchServer.start(url)) {
            String base = BenchServer.baseUrl(server);
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Import benchmark");
            long probeLead = owner.post("/v1.0/leads", java.util.Map.of("firstName", "Probe")).leadId();
            System.out.printf("%nImport benchmark on %s, %,d rows (%,d bytes), heap -Xmx%d MB%n", h2 ? "H2" : "PostgreSQL", rows,
                    Files.size(csv), Runtime.getRuntime().maxMemory() >> 20);
            double idle = p95(probe(owner, probeLead, 200));
            System.out.printf("idle server: a lead read and a list page, p95 %.1f ms%n", idle);

            long started = System.nanoTime();
            HttpResponse<String> upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/leadline/v1/imports?mapping=hubspot&duplicates=skip"))
                    .header("Authorization", owner.authorizationHeader()).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
            long id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(upload.body()).path("importId").asLong();
            System.out.printf("upload stored in %.1f s%n", (System.nanoTime() - started) / 1e9);
            List<Long> busy = new ArrayList<>();
            JsonNode job;
            do {
                busy.addAll(probe(owner, probeLead, 20));
                job = owner.get("/leadline/v1/imports/" + id).json().path("import");
            } while (job.path("state").asString().equals("queued") || job.path("state").asString().equals("running"));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("import %s in %.1f s end to end: %,d created, %,d skipped, %,d failed; %,.0f rows/s%n",
                    job.path("state").asString(), seconds, job.path("created").asLong(), job.path("skipped").asLong(),
                    job.path("failed").asLong(), rows / seconds);
            List<Long> after = probe(owner, probeLead, 200);
            double idleAfter = p95(after);
            System.out.printf("while importing: a lead read and a list page, p95 %.1f ms (idle %.1f ms before the import, %.1f ms"
                    + " after it, on its %,d leads: %.2f times that)%n", p95(busy), idle, idleAfter, job.path("created").asLong(),
                    p95(busy) / idleAfter);
            System.out.printf("  each alone, p50 / p95 ms: the lead read %s while importing, %s after; the list page %s while"
                    + " importing, %s after%n", spread(busy, 0), spread(after, 0), spread(busy, 1), spread(after, 1));

            long total = owner.get("/v1.0/leads?limit=1").json().path("_metadata").path("total").asLong();
            long counted = server.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM leads WHERE trashed_at IS NULL")
                    .query(Long.class).single();
            System.out.printf("list total %,d, SQL count of live leads %,d%n", total, counted);
            long teamId = server.getBean(JdbcClient.class).sql("SELECT team_id FROM leads WHERE id = :id").param("id", probeLead)
                    .query(Long.class).single();
            long checking = System.nanoTime();
            List<String> differences = server.getBean(io.leadline.search.IndexConsistency.class).differences(teamId);
            System.out.printf("search index checked against the leads (admin check-index) in %.1f s: %d difference(s)%s%n",
                    (System.nanoTime() - checking) / 1e9, differences.size(),
                    differences.isEmpty() ? "" : ", the first: " + differences.getFirst());

            System.gc();
            long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long exportStarted = System.nanoTime();
            HttpResponse<Path> exported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "/leadline/v1/exports/leads?format=csv"))
                    .header("Authorization", owner.authorizationHeader()).build(),
                    HttpResponse.BodyHandlers.ofFile(Path.of("target", "bench", "export.csv"), java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING));
            double exportSeconds = (System.nanoTime() - exportStarted) / 1e9;
            System.gc();
            long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("export to CSV: %,d bytes in %.1f s (%,.0f leads/s); heap in use after a collection: %d MB"
                            + " before, %d MB after%n",
                    Files.size(exported.body()), exportSeconds, total / exportSeconds, heapBefore >> 20, heapAfter >> 20);
        }
        System.exit(0);
    }

    /** p50 / p95 of every other latency from {@code first} on: the probe's lead reads (0) or its list pages (1). */
    private static String spread(List<Long> pairs, int first) {
        long[] one = java.util.stream.IntStream.range(0, pairs.size()).filter(i -> i % 2 == first).mapToLong(pairs::get).toArray();
        return String.format("%.1f / %.1f", Latencies.percentile(one, 50) / 1e6, Latencies.percentile(one, 95) / 1e6);
    }

    private static double p95(List<Long> nanos) {
        return Latencies.percentile(nanos.stream().mapToLong(Long::longValue).toArray(), 95) / 1e6;
    }

    /**
     * A lead read and a list page, {@code times} times, a pair every {@value #PROBE_PAIR_MILLIS} ms at most (20 requests
     * a second: a busy team's integrations, not a load test of its own competing with the import for the two cores).
     */
    private static List<Long> probe(ApiClient owner, long lead, int times) {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long pairStarted = System.nanoTime();
            long started = System.nanoTime();
            owner.get("/v1.0/leads/" + lead);
            latencies.add(System.nanoTime() - started);
            started = System.nanoTime();
            owner.get("/v1.0/leads?limit=20");
            latencies.add(System.nanoTime() - started);
            long rest = PROBE_PAIR_MILLIS - (System.nanoTime() - pairStarted) / 1_000_000;
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return latencies;
                }
            }
        }
        return latencies;
    }

    private static void write(Path csv, int rows) throws IOException {
        String[] first = {"Maria", "John", "Ann", "Li", "Omar", "Grace", "Ivan", "Zoe", "Pedro", "Hana"};
        String[] last = {"Garcia", "Smith", "Nguyen", "Okafor", "Brown", "Lee", "Silva", "Tanaka"};
        String[] stages = {"Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer"};
        String[] sources = {"Zillow", "Website", "Referral", "Open House"};
        Random random = new Random(30);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("First Name,Last Name,Email,Phone Number,Lifecycle Stage,Original Source,City,Create Date\n");
            for (int i = 0; i < rows; i++) {
                int person = i > 20 && random.nextInt(100) < 5 ? random.nextInt(i) : i;
                out.write(first[person % first.length] + "," + last[person % last.length] + ",person" + person
                        + "@example.com," + (5_550_000_000L + person) + "," + stages[random.nextInt(stages.length)] + ","
                        + sources[random.nextInt(sources.length)] + ",\"Springfield, IL\","
                        + String.format("2025-%02d-%02d 09:30", 1 + random.nextInt(12), 1 + random.nextInt(28)) + "\n");
            }
        }
    }
}
