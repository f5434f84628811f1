package io.leadline.leads;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.CpuTimes;
import io.leadline.testing.KeepAliveHttp;
import io.leadline.testing.Latencies;
import io.leadline.testing.StatementLog;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One lead at a time (LL-18), run by {@code bench/run lead-path [--seconds=10] [--warmup=20] [--clients=16]}: on one fresh
 * PostgreSQL database, the raw statements a minimal lead write and read need (a lead row and two tag rows in one
 * transaction; the row and its tags read back) next to the API: a request that reads nothing (the floor), create,
 * get by id and update, then a mixed load (creates, gets, lists) at twice the clients, on one node and then split
 * over two nodes on the same database, with where the CPU went (this JVM, PostgreSQL). Prints throughput,
 * p50/p95/p99, the statements one request runs (one client, background work off) and each API figure as a share of
 * the raw one; {@code --show-statements} also prints the SQL of one create, get and update. The API's clients hold
 * one HTTP/1.1 connection each and parse nothing but the created lead's id ({@link KeepAliveHttp}): they share this
 * JVM and its cores with the server, as the raw side's JDBC clients do. Asserts nothing.
 */
public final class LeadPathBenchmark {

    private static final List<String> TAGS = List.of("Hot Lead", "Zillow");

    /** Untimed seconds before each phase, doing what it does. */
    private static final int PHASE_WARMUP_SECONDS = 2;

    private LeadPathBenchmark() {}

    /** One phase's figures: operations per second and each operation's time. */
    record Figures(double perSecond, long[] nanos, CpuTimes.Used cpu) {

        /** CPU microseconds per operation of this JVM (server and clients) and of PostgreSQL. */
        String cpuPerOperation() {
            double operations = nanos.length;
            return String.format("%6.0f %6.0f", 1e6 * cpu.jvmSeconds() / operations, 1e6 * cpu.postgresSeconds() / operations);
        }
    }

    interface Operation {
        void run(int client) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = BenchServer.intOption(args, "--seconds=", 10);
        int clients = BenchServer.intOption(args, "--clients=", 16);
        String url = BenchServer.freshPostgres("leadline_lead_path_bench");
        String[] serverArgs = {"--leadline.webhooks.dispatch=false", "--leadline.messages.dispatch=false",
                "--leadline.tasks.reminder-sweep-interval=PT1H", "--leadline.routing.offer-sweep-interval=PT1H",
                "--leadline.webhooks.metrics-interval=PT1H", "--spring.datasource.hikari.maximum-pool-size=" + (2 * clients)};
        try (ConfigurableApplicationContext server = BenchServer.start(url, serverArgs)) {
            run(server, url, serverArgs, seconds, clients, args);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext server, String url, String[] serverArgs, int seconds, int clients,
                            String[] args) throws Exception {
        ApiClient owner = BenchServer.ownerOfNewTeam(server, "Lead path benchmark");
        Map<String, Object> lead = aLead().with("lastName", "Li").with("emails", List.of("jane.doe@example.com"))
                .with("phones", List.of("+14155551234")).with("tags", TAGS).with("source", "Open House").build();
        List<Long> leads = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 2000; i++) {
            leads.add(created(owner.post("/v1.0/leads", lead)));
        }
        RawLeads raw = new RawLeads(url, clients);
        raw.prepare(2000);
        raw.analyze();
        String leadJson = ApiClient.JSON.writeValueAsString(lead);
        Connections first = new Connections(BenchServer.baseUrl(server), owner.authorization(), 2 * clients);

        AtomicLong names = new AtomicLong();
        Operation floorRequest = client -> first.of(client).get(BenchServer.FLOOR_PATH).ok();
        Operation createRequest = client -> leads.add(createdId(first.of(client).post("/v1.0/leads", leadJson)));
        Operation getRequest = client -> first.of(client).get("/v1.0/leads/" + any(leads)).ok();
        Operation updateRequest = client -> first.of(client).put("/v1.0/leads/" + any(leads),
                "{\"firstName\":\"Renamed " + names.incrementAndGet() + "\"}").ok();
        Operation mixedRequest = client -> mixedStep(first.of(client), leadJson, leads);
        warmUp(clients, BenchServer.intOption(args, "--warmup=", 20),
                List.of(raw::write, raw::read, floorRequest, createRequest, getRequest, updateRequest, mixedRequest));

        Figures rawWrite = load(clients, seconds, raw::write);
        Figures rawRead = load(clients, seconds, raw::read);
        Figures floor = load(clients, seconds, floorRequest);
        Figures create = load(clients, seconds, createRequest);
        Figures get = load(clients, seconds, getRequest);
        Figures update = load(clients, seconds, updateRequest);
        Figures mixed = load(2 * clients, seconds, mixedRequest);
        Figures twoNodes;
        // The second node's pool is sized like the first's; PostgreSQL's 100 connections fit both and the raw side
        try (ConfigurableApplicationContext second = BenchServer.start(url, serverArgs);
                Connections onSecond = new Connections(BenchServer.baseUrl(second), owner.authorization(), 2 * clients)) {
            twoNodes = load(2 * clients, seconds, client -> mixedStep(client % 2 == 0 ? first.of(client) : onSecond.of(client),
                    leadJson, leads));
        }
        first.close();
        raw.close();
        Map<String, Object> leadOwner = server.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT team_id, creator_user_id FROM leads WHERE id = :id").param("id", leads.getFirst()).query().singleRow();
        String auditCost = io.leadline.audit.AuditCost.measure(server.getBean(io.leadline.audit.AccessAudit.class),
                ((Number) leadOwner.get("team_id")).longValue(), ((Number) leadOwner.get("creator_user_id")).longValue(), leads);

        StatementLog statements = server.getBean(StatementLog.class);
        double createStatements = perRequest(statements, client -> created(owner.post("/v1.0/leads", lead)));
        double getStatements = perRequest(statements, client -> ok(owner.get("/v1.0/leads/" + any(leads))));
        double updateStatements = perRequest(statements, client -> ok(owner.put("/v1.0/leads/" + any(leads),
                Map.of("firstName", "Again " + names.incrementAndGet()))));

        if (java.util.Arrays.asList(args).contains("--show-statements")) {
            show(statements, "create", client -> created(owner.post("/v1.0/leads", lead)));
            show(statements, "get", client -> ok(owner.get("/v1.0/leads/" + any(leads))));
            show(statements, "update", client -> ok(owner.put("/v1.0/leads/" + any(leads), Map.of("firstName", "Shown"))));
        }
        System.out.printf("%nOne lead at a time, PostgreSQL, %d clients (mixed: %d), %d s per phase%n", clients, 2 * clients, seconds);
        System.out.printf("%-44s %9s %8s %8s %8s %11s %7s %6s %6s%n", "", "per s", "p50 ms", "p95 ms", "p99 ms", "statements",
                "of raw", "JVM us", "PG us");
        row("raw write: lead row + 2 tags, 1 transaction", rawWrite, "3 + commit", "");
        row("raw read: lead row + its tags", rawRead, "2", "");
        row("API floor (authenticated, reads nothing)", floor, "0", share(floor, rawRead));
        row("API create (POST /v1.0/leads)", create, String.format("%.1f", createStatements), share(create, rawWrite));
        row("API get by id (GET /v1.0/leads/{id})", get, String.format("%.1f", getStatements), share(get, rawRead));
        row("API update (PUT /v1.0/leads/{id})", update, String.format("%.1f", updateStatements), share(update, rawWrite));
        row("API mixed: 20% create, 60% get, 20% list", mixed, "", "");
        row("the same mixed load over two nodes", twoNodes, "", String.format("%.2fx", twoNodes.perSecond() / mixed.perSecond()));
        System.out.println(auditCost);
        System.out.println("one node, mixed: " + mixed.cpu().describe());
        System.out.println("two nodes, mixed: " + twoNodes.cpu().describe());
        System.out.println("statements: executed JDBC statements per request (a batch counts once), one client, averaged"
                + " over 200 requests; the raw side's are what it sends");
        System.out.println("JVM us, PG us: CPU microseconds per operation of this JVM (server, HTTP or JDBC clients) and of"
                + " PostgreSQL's processes, over the phase");
    }

    private static void mixedStep(KeepAliveHttp http, String leadJson, List<Long> leads) {
        int pick = ThreadLocalRandom.current().nextInt(10);
        if (pick < 2) {
            leads.add(createdId(http.post("/v1.0/leads", leadJson)));
        } else if (pick < 8) {
            http.get("/v1.0/leads/" + any(leads)).ok();
        } else {
            http.get("/v1.0/leads?limit=10").ok();
        }
    }

    /** One kept-alive connection per client thread to one node. */
    private static final class Connections implements AutoCloseable {

        private final KeepAliveHttp[] perClient;

        Connections(String baseUrl, String authorization, int clients) {
            perClient = new KeepAliveHttp[clients];
            for (int c = 0; c < clients; c++) {
                perClient[c] = new KeepAliveHttp(baseUrl, authorization);
            }
        }

        KeepAliveHttp of(int client) {
            return perClient[client];
        }

        @Override
        public void close() {
            for (KeepAliveHttp http : perClient) {
                http.close();
            }
        }
    }

    /** The SQL one request runs, in order, for reading where the round trips go. */
    private static void show(StatementLog statements, String what, Operation request) throws Exception {
        statements.record();
        request.run(0);
        List<StatementLog.Executed> executed = statements.recorded();
        System.out.printf("%n-- %s: %d statements%n", what, executed.size());
        executed.forEach(e -> System.out.println(e.sql().replaceAll("\\s+", " ")));
    }

    private static void row(String label, Figures figures, String statements, String share) {
        System.out.printf("%-44s %9.0f %8.2f %8.2f %8.2f %11s %7s %s%n", label, figures.perSecond(),
                Latencies.percentile(figures.nanos(), 50) / 1e6, Latencies.percentile(figures.nanos(), 95) / 1e6,
                Latencies.percentile(figures.nanos(), 99) / 1e6, statements, share, figures.cpuPerOperation());
    }

    private static String share(Figures api, Figures raw) {
        return String.format("%.0f%%", 100 * api.perSecond() / raw.perSecond());
    }

    /**
     * Every phase's operation, interleaved at random, untimed. Without it the JIT compilers took 14-20% of the JVM's
     * CPU in every API phase (a profile, LL-18): each phase runs code, and takes branches, the ones before it did not.
     */
    private static void warmUp(int clients, int seconds, List<Operation> operations) throws Exception {
        runFor(clients, seconds, client -> operations.get(ThreadLocalRandom.current().nextInt(operations.size())).run(client),
                new ArrayList<>());
    }

    /** {@code clients} threads doing the operation back to back for the given seconds, after a short warm-up. */
    private static Figures load(int clients, int seconds, Operation operation) throws Exception {
        runFor(clients, PHASE_WARMUP_SECONDS, operation, new ArrayList<>());
        List<long[]> perClient = new ArrayList<>();
        CpuTimes cpu = CpuTimes.now();
        double elapsed = runFor(clients, seconds, operation, perClient);
        CpuTimes.Used used = CpuTimes.since(cpu);
        long[] all = perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Figures(all.length / elapsed, all, used);
    }

    private static double runFor(int clients, int seconds, Operation operation, List<long[]> perClient) throws Exception {
        long started = System.nanoTime();
        long until = started + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    long[] times = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < until) {
                        long t = System.nanoTime();
                        operation.run(client);
                        if (n == times.length) {
                            times = java.util.Arrays.copyOf(times, n * 2);
                        }
                        times[n++] = System.nanoTime() - t;
                    }
                    return java.util.Arrays.copyOf(times, n);
                }));
            }
            for (Future<long[]> result : results) {
                perClient.add(result.get());
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double perRequest(StatementLog statements, Operation request) throws Exception {
        long total = 0;
        for (int i = 0; i < 200; i++) {
            statements.startCounting();
            request.run(0);
            total += statements.stopCounting();
        }
        return total / 200.0;
    }

    private static long any(List<Long> leads) {
        return leads.get(ThreadLocalRandom.current().nextInt(leads.size()));
    }

    private static long created(ApiResponse response) {
        ok(response);
        return response.leadId();
    }

    private static final Pattern LEAD_ID = Pattern.compile("\"leadId\"\\s*:\\s*(\\d+)");

    private static long createdId(KeepAliveHttp.Answer answer) {
        Matcher id = LEAD_ID.matcher(answer.ok().body());
        if (!id.find()) {
            throw new IllegalStateException("no leadId in " + answer.body());
        }
        return Long.parseLong(id.group(1));
    }

    private static void ok(ApiResponse response) {
        if (response.status() != 200) {
            throw new IllegalStateException(response.toString());
        }
    }

    /** The raw side: its own two tables on the same database, one connection per client, prepared statements. */
    private static final class RawLeads implements AutoCloseable {

        private final List<Connection> connections = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();
        private volatile long written;

        RawLeads(String url, int clients) throws SQLException {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(url, "postgres", ""));
            }
        }

        void prepare(int rows) throws Exception {
            try (Statement ddl = connections.getFirst().createStatement()) {
                ddl.execute("""
                        CREATE TABLE raw_leads (id BIGINT PRIMARY KEY, team_id BIGINT NOT NULL, first_name VARCHAR(100),
                            last_name VARCHAR(100), emails VARCHAR(1000), phones VARCHAR(1000), source VARCHAR(100),
                            created_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
                ddl.execute("CREATE TABLE raw_lead_tags (lead_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (lead_id, tag_id))");
            }
            for (int i = 0; i < rows; i++) {
                write(0);
            }
        }

        /**
         * Planner statistics for every table, as autovacuum would gather them on a server where it runs (on this
         * machine's PostgreSQL it is off): without them the lookup by id chose a (team_id, next_task_at, id) index and
         * walked the team's entries, 1.2 ms instead of 0.02 ms.
         */
        void analyze() throws SQLException {
            try (Statement analyze = connections.getFirst().createStatement()) {
                analyze.execute("ANALYZE");
            }
        }

        void write(int client) throws SQLException {
            Connection connection = connections.get(client);
            long id = ids.incrementAndGet();
            connection.setAutoCommit(false);
            try (PreparedStatement lead = connection.prepareStatement("""
                    INSERT INTO raw_leads (id, team_id, first_name, last_name, emails, phones, source, created_at, updated_at)
                    VALUES (?, 1, 'Bob', 'Li', '["jane.doe@example.com"]', '["+14155551234"]', 'Open House', now(), now())""");
                    PreparedStatement tags = connection.prepareStatement("INSERT INTO raw_lead_tags (lead_id, tag_id) VALUES (?, 1), (?, 2)")) {
                lead.setLong(1, id);
                lead.executeUpdate();
                tags.setLong(1, id);
                tags.setLong(2, id);
                tags.executeUpdate();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            written = Math.max(written, id);
        }

        void read(int client) throws SQLException {
            Connection connection = connections.get(client);
            long id = 1 + ThreadLocalRandom.current().nextLong(written);
            try (PreparedStatement lead = connection.prepareStatement("SELECT * FROM raw_leads WHERE id = ? AND team_id = 1");
                    PreparedStatement tags = connection.prepareStatement("SELECT tag_id FROM raw_lead_tags WHERE lead_id = ?")) {
                lead.setLong(1, id);
                StatementLog.readAll(lead.executeQuery());
                tags.setLong(1, id);
                StatementLog.readAll(tags.executeQuery());
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
