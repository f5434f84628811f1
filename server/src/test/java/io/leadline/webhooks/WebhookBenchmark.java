package io.leadline.webhooks;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.Application;
import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import io.leadline.testing.WebhookReceiver;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The webhook benchmark (LL issue 6), run by {@code bench/run webhooks}, on PostgreSQL with a local receiver:
 * commit-to-receipt latency at 200 lead writes/s; one subscription's delivery rate from a full outbox; a second server
 * process killed with SIGKILL mid-delivery; a receiver down for a while. Prints figures and asserts nothing.
 */
public final class WebhookBenchmark {

    private static final String DB = "leadline_webhook_bench";

    private WebhookBenchmark() {}

    public static void main(String[] args) throws Exception {
        int downSeconds = BenchServer.intOption(args, "--receiver-down-seconds=", 600);
        String url = BenchServer.freshPostgres(DB);
        new File("target/bench").mkdirs();
        try (ConfigurableApplicationContext node = BenchServer.start(url, "--leadline.webhooks.allow-insecure-targets=true");
                WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient owner = BenchServer.ownerOfNewTeam(node, "Webhook benchmark");
            latency(owner, receiver);
            throughput(owner, receiver, url, 20_000, 100);
            throughput(owner, receiver, url, 20_000, 1000);
            failover(owner, receiver, url);
            receiverDown(owner, receiver, downSeconds);
        }
        System.exit(0);
    }

    // --- 200 writes/s for 30 s: receipt time minus the event's own time stamp (taken before commit)

    private static void latency(ApiClient owner, WebhookReceiver receiver) throws Exception {
        long id = subscribe(owner, receiver, "/latency", 100);
        int writes = 6000;
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(16);
        long started = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            pacer.schedule(() -> owner.post("/v1.0/leads", aLead().build()), i * 5_000L, TimeUnit.MICROSECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(5, TimeUnit.MINUTES);
        double rate = writes / ((System.nanoTime() - started) / 1e9);
        List<WebhookReceiver.Received> posts = receiver.await(r -> items(r, "/latency") >= writes, Duration.ofMinutes(2));
        long[] lags = posts.stream().filter(p -> p.path().equals("/latency"))
                .flatMap(p -> stream(p.json().path("newLead")).map(item -> p.receivedAtMillis() - item.path("updateTime").asLong()))
                .mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%nCommit to receipt, %,d lead creates at %.0f/s, one subscription (limit 100): %,d events in %,d POSTs%n",
                writes, rate, lags.length, posts.stream().filter(p -> p.path().equals("/latency")).count());
        System.out.printf("  p50 %d ms   p95 %d ms   p99 %d ms   max %d ms%n", pct(lags, 50), pct(lags, 95), pct(lags, 99), lags[lags.length - 1]);
        owner.delete("/v1.0/webhook/" + id);
    }

    // --- a paused subscription fills its outbox; resumed, how fast does it drain?

    private static void throughput(ApiClient owner, WebhookReceiver receiver, String url, int events, int limit) throws Exception {
        String path = "/throughput-" + limit;
        long id = subscribe(owner, receiver, path, limit);
        owner.put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", true));
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO webhook_events (id, subscription_id, bucket, item, created_at) VALUES (?, ?, 'updatedLead', ?, ?)")) {
            connection.setAutoCommit(false);
            long base = System.nanoTime();
            for (int i = 0; i < events; i++) {
                insert.setLong(1, base + i);
                insert.setLong(2, id);
                insert.setString(3, "{\"leadId\":" + (1_000_000 + i) + ",\"updateTime\":" + System.currentTimeMillis() + "}");
                insert.setObject(4, OffsetDateTime.now());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
        long started = System.nanoTime();
        owner.put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", false));
        receiver.await(r -> items(r, path) >= events, Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nOne subscription draining %,d queued events with limit %d: %.2f s, %,.0f events/s%n",
                events, limit, seconds, events / seconds);
        owner.delete("/v1.0/webhook/" + id);
    }

    // --- a second server process, killed with SIGKILL while both nodes deliver to a slow receiver

    private static void failover(ApiClient owner, WebhookReceiver receiver, String url) throws Exception {
        String path = "/failover";
        long id = subscribe(owner, receiver, path, 20);
        owner.put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", true));
        List<Long> leads = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            leads.add(owner.post("/v1.0/leads", aLead().build()).leadId());
        }
        Process second = secondNode(url);
        receiver.delay(200);
        owner.put("/leadline/v1/webhooks/" + id + "/paused", Map.of("paused", false));
        Thread.sleep(3000);
        second.destroyForcibly().waitFor();
        receiver.delay(0);
        List<WebhookReceiver.Received> posts = receiver.await(r -> distinctLeads(r, path).size() >= leads.size(), Duration.ofMinutes(2));
        Set<Long> distinct = distinctLeads(posts, path);
        long total = items(posts, path);
        System.out.printf("%nTwo nodes, one killed with SIGKILL mid-delivery (limit 20, receiver answering in 200 ms):%n");
        System.out.printf("  %,d of %,d events delivered, %,d deliveries in all, %,d duplicates%n",
                distinct.stream().filter(leads::contains).count(), leads.size(), total, total - distinct.size());
        owner.delete("/v1.0/webhook/" + id);
    }

    private static Process secondNode(String url) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--leadline.webhooks.allow-insecure-targets=true",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/bench/webhook-second-node.log"))
                .start();
        Thread.sleep(12_000);
        return process;
    }

    // --- the receiver answers 503 for a while, then comes back

    private static void receiverDown(ApiClient owner, WebhookReceiver receiver, int downSeconds) throws Exception {
        String path = "/down";
        long id = subscribe(owner, receiver, path, 100);
        receiver.failNext(Integer.MAX_VALUE, 503);
        List<Long> leads = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(downSeconds).toNanos();
        while (System.nanoTime() < end) {
            long leadId = owner.post("/v1.0/leads", aLead().build()).leadId();
            leads.add(leadId);
            owner.put("/v1.0/leads/" + leadId, Map.of("lastName", "Updated"));
            Thread.sleep(Math.max(1, downSeconds * 1000L / 200));
        }
        receiver.failNext(0, 503);
        long back = System.currentTimeMillis();
        List<WebhookReceiver.Received> posts = receiver.await(r -> items(r, path) >= 2L * leads.size(), Duration.ofMinutes(10));
        long caughtUp = posts.stream().filter(p -> p.path().equals(path)).mapToLong(WebhookReceiver.Received::receivedAtMillis).max().orElse(back);
        Map<Long, List<String>> perLead = new HashMap<>();
        for (WebhookReceiver.Received post : posts) {
            if (post.path().equals(path)) {
                for (String bucket : List.of("newLead", "updatedLead")) {
                    stream(post.json().path(bucket)).forEach(item -> perLead.computeIfAbsent(item.path("leadId").asLong(), k -> new ArrayList<>()).add(bucket));
                }
            }
        }
        long inOrder = leads.stream().filter(l -> List.of("newLead", "updatedLead").equals(perLead.get(l))).count();
        System.out.printf("%nReceiver down for %d s while %,d leads were created and updated, then back:%n", downSeconds, leads.size());
        System.out.printf("  all %,d events delivered %.1f s after it came back; %,d of %,d leads received new-then-update in order%n",
                items(posts, path), (caughtUp - back) / 1000.0, inOrder, leads.size());
        owner.delete("/v1.0/webhook/" + id);
    }

    // --- helpers

    private static long subscribe(ApiClient owner, WebhookReceiver receiver, String path, int limit) {
        return owner.post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url(path), "limit", limit))
                .json().path("subscribeId").asLong();
    }

    private static long items(List<WebhookReceiver.Received> posts, String path) {
        return posts.stream().filter(p -> p.path().equals(path))
                .mapToLong(p -> p.json().path("newLead").size() + p.json().path("updatedLead").size()).sum();
    }

    private static Set<Long> distinctLeads(List<WebhookReceiver.Received> posts, String path) {
        Set<Long> leads = new HashSet<>();
        posts.stream().filter(p -> p.path().equals(path)).forEach(p -> stream(p.json().path("newLead")).forEach(i -> leads.add(i.path("leadId").asLong())));
        return leads;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
