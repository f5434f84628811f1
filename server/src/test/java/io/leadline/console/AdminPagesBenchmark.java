package io.leadline.console;

import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import io.leadline.testing.WebhookReceiver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 32's speed target ({@code bench/run console-admin}): each administration page's time with 200 routing rules,
 * 500 members (each with a key), 50 webhook subscriptions with 100,000 deliveries in their log and the routing log of
 * 2,000 leads, timed at the client on loopback (server time plus a few hundred microseconds). The leads, rules,
 * members, keys and subscriptions are made through the API; the deliveries are written straight into the log's tables
 * (finished, so the dispatchers leave them be), since making 100,000 real ones would only time the receiver.
 */
public final class AdminPagesBenchmark {

    private static final int OFFICES = 4;
    private static final long DELIVERY_IDS = 8_000_000_000_000_000L;

    private AdminPagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = java.util.Arrays.asList(args).contains("--h2");
        int iterations = BenchServer.intOption(args, "--iterations=", 60);
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "admin-h2")) : BenchServer.freshPostgres("leadline_admin_bench");
        try (WebhookReceiver receiver = new WebhookReceiver();
                ConfigurableApplicationContext server = BenchServer.start(url, "--leadline.webhooks.allow-insecure-targets=true")) {
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Administration benchmark");
            List<Long> offices = offices(owner);
            List<Long> members = members(owner, offices, 500);
            List<Long> rules = rules(owner, offices, members, 200);
            BenchServer.concurrently(2_000, i -> () -> owner.post("/v1.0/leads",
                    Map.of("firstName", "Routed", "lastName", String.valueOf(i), "source", "Source " + i % 40)).status());
            List<Long> subscriptions = subscriptions(owner, receiver, 50);
            writeDeliveries(url, h2, subscriptions, 2_000);

            long ownerId = owner.get("/v1.0/me").json().path("memberUserId").asLong();
            ConsoleClient browser = ConsoleBenchmark.signedIn(BenchServer.baseUrl(server), owner, ownerId);
            System.out.printf("%nAdministration pages, %s: 200 rules, 500 members with keys, 50 subscriptions with 100,000"
                    + " deliveries, the routing log of 2,000 leads; %d timed requests each after warm-up (milliseconds at"
                    + " the client)%n", h2 ? "H2" : "PostgreSQL", iterations);
            System.out.printf("%-46s %8s %8s %8s%n", "page", "p50", "p95", "p99");
            ConsoleBenchmark.time("routing: rules of every scope", iterations, () -> browser.get("/app/routing"));
            ConsoleBenchmark.time("routing: one rule's form", iterations, () -> browser.get("/app/routing/rules/" + rules.get(100)));
            ConsoleBenchmark.time("routing: test a lead", iterations, () -> browser.get("/app/routing/test?run=&source=Source+7&officeId=" + offices.get(1)));
            ConsoleBenchmark.time("routing: log, newest 50", iterations, () -> browser.get("/app/routing/log"));
            ConsoleBenchmark.time("routing: log of one member", iterations, () -> browser.get("/app/routing/log?member=" + members.get(7)));
            ConsoleBenchmark.time("team: members and offices", iterations, () -> browser.get("/app/team"));
            ConsoleBenchmark.time("team: API keys", iterations, () -> browser.get("/app/team/keys"));
            ConsoleBenchmark.time("webhooks: subscriptions with backlogs", iterations, () -> browser.get("/app/webhooks"));
            ConsoleBenchmark.time("webhooks: one delivery log (2,000 kept)", iterations, () -> browser.get("/app/webhooks/" + subscriptions.get(3)));
        }
        System.exit(0);
    }

    private static List<Long> offices(ApiClient owner) {
        List<Long> offices = new ArrayList<>();
        for (int i = 0; i < OFFICES; i++) {
            offices.add(owner.post("/leadline/v1/offices", Map.of("name", "Office " + i)).json().path("id").asLong());
        }
        return offices;
    }

    /** Members spread over the company and the offices, each with an API key. */
    private static List<Long> members(ApiClient owner, List<Long> offices, int count) throws Exception {
        List<Long> members = java.util.Collections.synchronizedList(new ArrayList<>());
        BenchServer.concurrently(count, i -> () -> {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("email", "member" + i + "@bench.example",
                    "firstName", "Member", "lastName", String.valueOf(i), "role", "AGENT"));
            if (i % (OFFICES + 1) > 0) {
                body.put("officeId", offices.get(i % (OFFICES + 1) - 1));
            }
            long id = owner.post("/leadline/v1/users", body).json().path("userId").asLong();
            members.add(id);
            return owner.post("/leadline/v1/api-keys", Map.of("userId", id, "name", "key of " + i)).status() == 201 ? 200 : 500;
        });
        return members.stream().sorted().toList();
    }

    /** Rules spread evenly over the company and each office, five members each. */
    private static List<Long> rules(ApiClient owner, List<Long> offices, List<Long> members, int count) {
        List<Long> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Map<String, Object>> weights = new ArrayList<>();
            for (int m = 0; m < 5; m++) {
                weights.add(Map.of("memberId", members.get((i * 5 + m) % members.size()), "weight", 1 + m % 2));
            }
            Map<String, Object> rule = new java.util.HashMap<>(Map.of("name", "Rule " + i, "sourceName", "Source " + i % 40,
                    "routingStrategy", Map.of("strategyType", 1, "memberWeights", weights)));
            if (i % (OFFICES + 1) > 0) {
                rule.put("officeId", offices.get(i % (OFFICES + 1) - 1));
            }
            rules.add(owner.post("/leadline/v1/routing/rules", rule).json().path("id").asLong());
        }
        return rules;
    }

    private static List<Long> subscriptions(ApiClient owner, WebhookReceiver receiver, int count) {
        List<Long> subscriptions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            subscriptions.add(owner.post("/v1.0/webhook", Map.of("listId", 2 + i % 11, "callbackUrl", receiver.url("/hook/" + i)))
                    .json().path("subscribeId").asLong());
        }
        return subscriptions;
    }

    private static void writeDeliveries(String url, boolean h2, List<Long> subscriptions, int each) throws Exception {
        try (Connection db = DriverManager.getConnection(url, h2 ? "sa" : "postgres", "");
                PreparedStatement message = db.prepareStatement("""
                        INSERT INTO webhook_messages (id, subscription_id, kind, payload, event_count, first_event_at, status,
                                                      attempts, next_attempt_at, created_at, finished_at)
                        VALUES (?, ?, 'EVENTS', ?, 1, ?, 'DELIVERED', 1, NULL, ?, ?)""");
                PreparedStatement attempt = db.prepareStatement("""
                        INSERT INTO webhook_attempts (id, message_id, attempted_at, http_status, latency_ms, error, response_excerpt)
                        VALUES (?, ?, ?, 200, 12, NULL, 'ok')""")) {
            db.setAutoCommit(false);
            long id = DELIVERY_IDS;
            Instant start = Instant.now().minusSeconds(3_600);
            for (long subscription : subscriptions) {
                for (int i = 0; i < each; i++) {
                    Timestamp at = Timestamp.from(start.plusMillis(i * 1_000L));
                    id++;
                    message.setLong(1, id);
                    message.setLong(2, subscription);
                    message.setString(3, "{\"listId\":2,\"newLead\":[{\"leadId\":" + i + ",\"updateTime\":" + at.getTime() + "}]}");
                    message.setTimestamp(4, at);
                    message.setTimestamp(5, at);
                    message.setTimestamp(6, at);
                    message.addBatch();
                    attempt.setLong(1, id + 1_000_000_000L);
                    attempt.setLong(2, id);
                    attempt.setTimestamp(3, at);
                    attempt.addBatch();
                }
                message.executeBatch();
                attempt.executeBatch();
                db.commit();
            }
            if (!h2) {
                db.createStatement().execute("ANALYZE");
                db.commit();
            }
        }
    }
}
