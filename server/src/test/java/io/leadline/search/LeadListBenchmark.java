package io.leadline.search;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.KeepAliveHttp;
import io.leadline.testing.StatementLog;
import io.leadline.web.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lead-search benchmark (LL issue 4), run by {@code bench/run}: {@code generate N} loads N leads into a fresh
 * benchmark database; {@code search} runs every query shape through the HTTP API as the owner and as an agent, next
 * to the statements that request ran, run again directly, and scrolls the whole team. It prints figures and asserts
 * nothing.
 */
public final class LeadListBenchmark {

    private static final String ADMIN_KEY = BenchServer.ADMIN_KEY;
    private static final Path STATE_DIR = Path.of("target", "bench");

    private LeadListBenchmark() {}

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "search";
        boolean h2 = Arrays.asList(args).contains("--h2");
        int iterations = BenchServer.intOption(args, "--iterations=", 40);
        String only = Arrays.stream(args).filter(a -> a.startsWith("--only=")).findFirst().map(a -> a.substring(7)).orElse("");
        switch (command) {
            case "generate" -> generate(args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000, h2);
            case "search" -> search(h2, iterations, only);
            case "scroll" -> scroll(h2, BenchServer.intOption(args, "--pages=", Integer.MAX_VALUE));
            default -> throw new IllegalArgumentException(
                    "usage: generate N [--h2] | search [--h2] [--iterations=40] [--only=shape,…] | scroll [--h2] [--pages=N]");
        }
        System.exit(0);
    }

    // --- generate

    private static void generate(int leads, boolean h2) throws Exception {
        String url = freshDatabase(h2);
        try (ConfigurableApplicationContext server = start(url)) {
            ApiClient admin = new ApiClient(baseUrl(server), "token " + ADMIN_KEY);
            ApiResponse team = admin.post("/leadline/v1/teams", Map.of("name", "Benchmark",
                    "owner", Map.of("email", "owner@bench.example", "firstName", "Bench", "lastName", "Owner")));
            ApiClient owner = admin.as("token " + team.json().path("apiKey").path("key").asString());
            long teamId = team.json().path("team").path("teamId").asLong();
            long ownerId = team.json().path("owner").path("userId").asLong();
            List<Long> offices = new ArrayList<>();
            offices.add(owner.post("/leadline/v1/offices", Map.of("name", "North")).json().path("id").asLong());
            offices.add(owner.post("/leadline/v1/offices", Map.of("name", "South")).json().path("id").asLong());
            offices.add(owner.post("/leadline/v1/offices", Map.of("name", "North Downtown", "parentId", offices.get(0))).json().path("id").asLong());
            offices.add(owner.post("/leadline/v1/offices", Map.of("name", "North Lakes", "parentId", offices.get(0))).json().path("id").asLong());
            offices.add(owner.post("/leadline/v1/offices", Map.of("name", "South Coast", "parentId", offices.get(1))).json().path("id").asLong());
            List<Long> agents = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                agents.add(owner.post("/leadline/v1/users", Map.of("email", "agent" + i + "@bench.example", "firstName", "Agent",
                        "lastName", String.valueOf(i), "role", "AGENT", "officeId", offices.get(i % offices.size())))
                        .json().path("userId").asLong());
            }
            String agentKey = owner.post("/leadline/v1/api-keys", Map.of("userId", agents.get(2), "name", "bench agent"))
                    .json().path("key").asString();
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            List<Long> stages = jdbc.sql("SELECT id FROM stages WHERE team_id = :t ORDER BY position").param("t", teamId).query(Long.class).list();
            List<Integer> sources = new ArrayList<>();
            for (String name : List.of("Zillow", "Realtor.com", "Website", "Open House", "Referral", "Facebook", "Google",
                    "Redfin", "Trulia", "Manual")) {
                jdbc.sql("INSERT INTO sources (id, team_id, name, created_at) VALUES (nextval('source_ids'), :t, :n, CURRENT_TIMESTAMP)")
                        .param("t", teamId).param("n", name).update();
                sources.add(jdbc.sql("SELECT id FROM sources WHERE team_id = :t AND name = :n").param("t", teamId).param("n", name)
                        .query(Integer.class).single());
            }
            List<String> tagNames = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "tag-" + i).toList();
            List<io.leadline.teamfeatures.Tag> tags = server.getBean(io.leadline.teamfeatures.TeamFeaturesService.class)
                    .tagsNamed(teamId, tagNames, ownerId);
            long started = System.nanoTime();
            long rows;
            try (Connection connection = connect(server)) {
                LeadDataGenerator generator = new LeadDataGenerator(connection, 42);
                rows = generator.load(new LeadDataGenerator.Team(teamId, agents, offices, stages, sources,
                        tags.stream().map(io.leadline.teamfeatures.Tag::id).toList(),
                        tags.stream().map(tag -> tag.bit() == null ? 0L : tag.bit()).toList(), ownerId), leads);
                if (!h2) {
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("VACUUM ANALYZE");
                    }
                } else {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("ANALYZE");
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Properties state = new Properties();
            state.setProperty("url", url);
            state.setProperty("ownerKey", team.json().path("apiKey").path("key").asString());
            state.setProperty("agentKey", agentKey);
            state.setProperty("agentId", String.valueOf(agents.get(2)));
            state.setProperty("teamId", String.valueOf(teamId));
            state.setProperty("leads", String.valueOf(leads));
            Files.createDirectories(STATE_DIR);
            try (var out = Files.newBufferedWriter(stateFile(h2))) {
                state.store(out, "written by LeadListBenchmark generate");
            }
            System.out.printf("%nGenerated %,d leads (%,d rows in all) into %s in %.1f s: %,.0f leads/s%n",
                    leads, rows, h2 ? "H2" : "PostgreSQL", seconds, leads / seconds);
        }
    }

    // --- search

    /** {@code only}: comma-separated shape names to time (all when empty), e.g. "anyTags,key name". */
    private static void search(boolean h2, int iterations, String only) throws Exception {
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(stateFile(h2))) {
            state.load(in);
        }
        try (ConfigurableApplicationContext server = start(state.getProperty("url"));
                Connection connection = connect(server)) {
            ApiClient owner = new ApiClient(baseUrl(server), "token " + state.getProperty("ownerKey"));
            ApiClient agent = owner.as("token " + state.getProperty("agentKey"));
            KeepAliveHttp ownerHttp = new KeepAliveHttp(baseUrl(server), owner.authorization());
            KeepAliveHttp agentHttp = new KeepAliveHttp(baseUrl(server), agent.authorization());
            long teamId = Long.parseLong(state.getProperty("teamId"));
            Caller ownerCaller = new Caller(teamId, 0, "OWNER", null, List.of(), false, 0, "test", 0);
            Caller agentCaller = agentCaller(connection, teamId, Long.parseLong(state.getProperty("agentId")));
            Map<String, String> shapes = shapes(connection, teamId, state.getProperty("agentId"));
            LeadSearch leadSearch = server.getBean(LeadSearch.class);
            System.out.printf("%n%s, %s leads, %d timed requests per shape after warm-up (milliseconds)%n",
                    h2 ? "H2" : "PostgreSQL", String.format("%,d", Long.parseLong(state.getProperty("leads"))), iterations);
            StatementLog statements = server.getBean(StatementLog.class);
            Connection raw = connection.unwrap(Connection.class);
            System.out.printf("%-22s %-6s %8s %8s %8s %8s %5s | %8s %8s %6s | %8s | %9s%n", "shape", "caller",
                    "api p50", "api p95", "api p99", "req/s", "stmts", "sql p50", "sql p95", "api/sql", "search", "total");
            List<String> wanted = only.isEmpty() ? List.of() : List.of(only.split(","));
            warmUp(shapes, wanted, ownerHttp, agentHttp);
            printFloor(ownerHttp, statements, iterations);
            for (var shape : shapes.entrySet()) {
                if (!wanted.isEmpty() && !wanted.contains(shape.getKey())) {
                    continue;
                }
                for (boolean asAgent : List.of(false, true)) {
                    ApiClient client = asAgent ? agent : owner;
                    KeepAliveHttp http = asAgent ? agentHttp : ownerHttp;
                    Caller caller = asAgent ? agentCaller : ownerCaller;
                    String path = "/v1.0/leads?" + shape.getValue();
                    ApiResponse probe = client.get(path);
                    if (probe.status() != 200) {
                        throw new IllegalStateException(shape.getKey() + ": " + probe);
                    }
                    Timing api = time(iterations, () -> body(http, path));
                    double statementsPerRequest = statementsPerRequest(statements, () -> body(http, path));
                    statements.record();
                    body(http, path);
                    List<StatementLog.Executed> requestSql = statements.recorded();
                    Timing sql = time(iterations, () -> replay(raw, requestSql));
                    Timing found = time(iterations, () -> search(leadSearch, caller, shape.getValue()));
                    System.out.printf("%-22s %-6s %8.1f %8.1f %8.1f %8.0f %5.1f | %8.1f %8.1f %6.1f | %8.1f | %,9d%n",
                            shape.getKey(), asAgent ? "agent" : "owner", api.p(50), api.p(95), api.p(99), api.perSecond(),
                            statementsPerRequest, sql.p(50), sql.p(95), api.p(50) / sql.p(50), found.p(50),
                            probe.json().path("_metadata").path("total").asLong());
                }
            }
            if (wanted.isEmpty()) {
                scrollEverything(owner, Integer.MAX_VALUE);
            }
        }
    }

    private static void printFloor(KeepAliveHttp owner, StatementLog statements, int iterations) {
        for (int i = 0; i < WARM_UP_PAGES; i++) {
            body(owner, BenchServer.FLOOR_PATH);
        }
        Timing floor = time(iterations * 5, () -> body(owner, BenchServer.FLOOR_PATH));
        System.out.printf("%-22s %-6s %8.1f %8.1f %8.1f %8.0f %5.1f   (GET %s: authentication, no other SQL)%n",
                "floor", "owner", floor.p(50), floor.p(95), floor.p(99), floor.perSecond(),
                statementsPerRequest(statements, () -> body(owner, BenchServer.FLOOR_PATH)), BenchServer.FLOOR_PATH);
    }

    /** Counted apart from the timed calls, which run on unwrapped connections. */
    private static double statementsPerRequest(StatementLog statements, Runnable request) {
        statements.startCounting();
        for (int i = 0; i < COUNTED_CALLS; i++) {
            request.run();
        }
        return (double) statements.stopCounting() / COUNTED_CALLS;
    }

    private static final int COUNTED_CALLS = 20;

    private static final int WARM_UP_PAGES = 2_000;

    /**
     * Runs every shape a few times before anything is timed, and the request path itself a few thousand times, so no
     * shape is timed while the JIT is still compiling it: a server that has served 100 requests lists the default page
     * in ~13 ms, one that has served 2,000 in ~5 ms, and a run of one or two shapes used to stop warming at 100.
     */
    private static void warmUp(Map<String, String> shapes, List<String> wanted, KeepAliveHttp owner, KeepAliveHttp agent) {
        for (int page = 0; page < WARM_UP_PAGES; page++) {
            body(page % 2 == 0 ? owner : agent, "/v1.0/leads?offset=" + (page % 50) * 25);
        }
        for (int round = 0; round < 10; round++) {
            for (var shape : shapes.entrySet()) {
                if (wanted.isEmpty() || wanted.contains(shape.getKey())) {
                    body(owner, "/v1.0/leads?" + shape.getValue());
                    body(agent, "/v1.0/leads?" + shape.getValue());
                }
            }
        }
    }

    /** The whole body of a GET on the kept-alive connection, failing unless it answered 200. */
    private static String body(KeepAliveHttp http, String path) {
        return http.get(path).ok().body();
    }

    /** {@code pages}: stop after that many pages (a quick reading of the page rate) instead of scrolling to the end. */
    private static void scroll(boolean h2, int pages) throws Exception {
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(stateFile(h2))) {
            state.load(in);
        }
        try (ConfigurableApplicationContext server = start(state.getProperty("url"))) {
            scrollEverything(new ApiClient(baseUrl(server), "token " + state.getProperty("ownerKey")), pages);
        }
    }

    private static void scrollEverything(ApiClient owner, int maxPages) {
        long started = System.nanoTime();
        String scrollId = null;
        long pages = 0;
        long leads = 0;
        double first = 0;
        double last = 0;
        do {
            long pageStart = System.nanoTime();
            byte[] body = owner.getBody("/v1.0/leads?limit=100" + (scrollId == null ? "" : "&scrollId=" + scrollId));
            double millis = (System.nanoTime() - pageStart) / 1e6;
            if (pages == 0) {
                first = millis;
            }
            last = millis;
            ScrollPage page = ScrollPage.read(body);
            leads += page.leads();
            pages++;
            scrollId = page.scrollId();
        } while (scrollId != null && pages < maxPages);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nScrolled %,d leads in %,d pages of 100%s: %.1f s (%.1f ms per page); first page %.1f ms, last page %.1f ms%n",
                leads, pages, scrollId == null ? "" : " (stopped early)", seconds, seconds * 1000 / pages, first, last);
    }

    /**
     * What a sync client needs from a page — how many leads, and the next scrollId — read by one pass over the bytes
     * that tracks nesting and strings: the client shares this machine's two cores with the server and the database,
     * and a JSON parser's tokenising cost the client a third of the scroll's CPU, which is not the server's cost.
     */
    private record ScrollPage(int leads, String scrollId) {

        private static final byte[] SCROLL_ID = "\"scrollId\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private static final byte[] LEADS = "\"leads\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        static ScrollPage read(byte[] body) {
            int depth = 0;
            int leads = 0;
            boolean inLeads = false;
            String scrollId = null;
            for (int i = 0; i < body.length; i++) {
                byte b = body[i];
                if (b == '"') {
                    if (depth == 1 && startsAt(body, i, LEADS)) {
                        inLeads = true;
                    } else if (depth == 2 && startsAt(body, i, SCROLL_ID)) {
                        scrollId = stringAfterColon(body, i + SCROLL_ID.length);
                    }
                    i = endOfString(body, i);
                } else if (b == '{' || b == '[') {
                    depth++;
                    if (inLeads && depth == 3 && b == '{') {
                        leads++;
                    }
                } else if (b == '}' || b == ']') {
                    depth--;
                    inLeads &= depth > 1;
                }
            }
            return new ScrollPage(leads, scrollId);
        }

        private static boolean startsAt(byte[] body, int at, byte[] text) {
            return java.util.Arrays.equals(body, at, Math.min(body.length, at + text.length), text, 0, text.length);
        }

        private static int endOfString(byte[] body, int quote) {
            int i = quote + 1;
            while (body[i] != '"') {
                i += body[i] == '\\' ? 2 : 1;
            }
            return i;
        }

        /** The string value after {@code "name"}, or null when the value is null; scroll ids need no unescaping. */
        private static String stringAfterColon(byte[] body, int afterName) {
            int i = afterName;
            while (body[i] == ':' || body[i] == ' ') {
                i++;
            }
            if (body[i] != '"') {
                return null;
            }
            return new String(body, i + 1, endOfString(body, i) - i - 1, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> shapes(Connection connection, long teamId, String agentId) throws SQLException {
        String email = single(connection, "SELECT item FROM lead_list_items WHERE team_id = ? AND list_name = 'email' ORDER BY lead_id LIMIT 1 OFFSET 5000", teamId);
        String phone = single(connection, "SELECT item_key FROM lead_list_items WHERE team_id = ? AND list_name = 'phone' ORDER BY lead_id LIMIT 1 OFFSET 7000", teamId);
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("default", "");
        shapes.put("stage", "stage=Contacted");
        shapes.put("assignedUserId", "assignedUserId=" + agentId);
        shapes.put("anyTags", "anyTags=tag-3,tag-40");
        shapes.put("allTags", "allTags=tag-0,tag-1");
        shapes.put("key name", "key=johns");
        shapes.put("key email", "key=maria.garcia");
        shapes.put("key phone", "key=" + phone.substring(3, 8));
        shapes.put("precise email", "email=" + email + "&preciseSearchFlag=true");
        shapes.put("precise phone", "phone=" + phone + "&preciseSearchFlag=true");
        shapes.put("three filters", "stage=New+Lead&anyTags=tag-0&languages=es");
        for (String sort : List.of("CreateTime", "AssignTime", "Score", "LastActivity", "LastContact", "LastCall", "LastEmail", "DeleteTime")) {
            shapes.put("sort " + sort, "sort=" + sort);
        }
        return shapes;
    }

    /**
     * The statements one API request for this query ran, run again directly on one connection, one after another,
     * every row read: the raw SQL of the request, without HTTP, authentication's Java, assembling and JSON.
     */
    private static Object replay(Connection connection, List<StatementLog.Executed> requestSql) {
        try {
            StatementLog.replay(connection, requestSql);
            return requestSql;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The search the API runs for this query ({@link LeadSearch#find}: name, word and tag lookups, the total and the
     * page of ids), called in-process on the same database, without HTTP, authentication and the Lofty lead shape.
     */
    private static Object search(LeadSearch search, Caller caller, String queryString) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(
                UriComponentsBuilder.fromUriString("/?" + queryString).build(true).getQueryParams());
        params.replaceAll((name, values) -> values.stream().map(v -> java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8)).toList());
        return search.find(caller, LeadQueryParser.parse(params, ApiClient.JSON));
    }

    private static Caller agentCaller(Connection connection, long teamId, long agentId) throws SQLException {
        long office = Long.parseLong(single(connection, "SELECT office_id FROM users WHERE team_id = ? AND id = " + agentId, teamId));
        List<Long> subtree = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                WITH RECURSIVE s (id) AS (SELECT id FROM offices WHERE id = ? UNION ALL
                SELECT o.id FROM offices o JOIN s ON o.parent_id = s.id) SELECT id FROM s""")) {
            statement.setLong(1, office);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    subtree.add(rs.getLong(1));
                }
            }
        }
        return new Caller(teamId, agentId, "AGENT", office, subtree, false, 0, "test", 0);
    }

    private static String single(Connection connection, String sql, long teamId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, teamId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return rs.getString(1);
            }
        }
    }

    private record Timing(double[] millis, double seconds) {
        double p(int percentile) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        double perSecond() {
            return millis.length / seconds;
        }
    }

    /** Calls before each timed series, so its first timed call does not pay for a cold statement or cache. */
    private static final int UNTIMED_CALLS = 5;

    private static Timing time(int iterations, Supplier<Object> work) {
        for (int i = 0; i < UNTIMED_CALLS; i++) {
            work.get();
        }
        double[] millis = new double[iterations];
        long started = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Timing(millis, (System.nanoTime() - started) / 1e9);
    }

    // --- plumbing

    private static String freshDatabase(boolean h2) throws SQLException, IOException {
        return h2 ? BenchServer.freshH2(STATE_DIR.resolve("h2")) : BenchServer.freshPostgres("leadline_bench");
    }

    private static ConfigurableApplicationContext start(String url) {
        return BenchServer.start(url);
    }

    private static Connection connect(ConfigurableApplicationContext server) throws SQLException {
        return server.getBean(javax.sql.DataSource.class).getConnection();
    }

    private static String baseUrl(ConfigurableApplicationContext server) {
        return BenchServer.baseUrl(server);
    }

    private static Path stateFile(boolean h2) {
        return STATE_DIR.resolve(h2 ? "h2.properties" : "postgres.properties");
    }
}
