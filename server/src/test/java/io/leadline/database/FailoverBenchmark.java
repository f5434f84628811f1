package io.leadline.database;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The failover benchmark (LL issue 33), run by {@code bench/run failover [--runs=3] [--before=10] [--after=30]}: a
 * pg_auto_failover cluster on local ports ({@code bench/pg-cluster}: monitor, primary, synchronous standby), two
 * Leadline nodes on its multi-host URL, eight writers creating leads and sending emails across both nodes, a webhook
 * receiver and an SMTP server. The primary's node is killed ({@code SIGKILL} of its keeper and postmaster) while they
 * write; then every acknowledged write is looked for on the promoted standby, every acknowledged lead in the webhook
 * deliveries and every acknowledged email at the SMTP server. Prints figures and asserts nothing.
 */
public final class FailoverBenchmark {

    private static final String URL = BenchScripts.CLUSTER_URL;

    private FailoverBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = BenchServer.intOption(args, "--runs=", 3);
        Duration before = Duration.ofSeconds(BenchServer.intOption(args, "--before=", 10));
        Duration after = Duration.ofSeconds(BenchServer.intOption(args, "--after=", 30));
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createTempDirectory("leadline-failover", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            try {
                BenchScripts.startCluster(dir);
                System.out.printf("%nRun %d of %d%n", run, runs);
                once(dir, before, after);
            } finally {
                BenchScripts.cluster("stop", dir.toString());
            }
        }
        System.exit(0);
    }

    private static void once(Path dir, Duration before, Duration after) throws Exception {
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String[] settings = {"--leadline.webhooks.allow-insecure-targets=true", "--leadline.messages.email=smtp",
                "--leadline.messages.smtp.host=127.0.0.1", "--leadline.messages.smtp.port=" + smtpPort,
                "--leadline.messages.smtp.security=none", "--leadline.messages.smtp.from=agents@bench.example",
                "--logging.threshold.console=OFF", "--logging.file.name=target/bench/failover-nodes.log"};
        try (ConfigurableApplicationContext first = BenchServer.start(URL, settings);
                ConfigurableApplicationContext second = BenchServer.start(URL, settings);
                WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient owner = BenchServer.ownerOfNewTeam(first, "Failover benchmark");
            ApiClient ownerOnSecond = owner.at(BenchServer.baseUrl(second));
            owner.post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/failover"), "limit", 50));
            RevocationProbe revocation = RevocationProbe.issue(owner, ownerOnSecond);
            FailoverLoad load = new FailoverLoad(List.of(owner, ownerOnSecond), 8);
            load.start();
            Thread.sleep(before.toMillis());
            long killed = System.nanoTime();
            BenchScripts.cluster("kill", dir.toString(), String.valueOf(BenchScripts.FIRST_PRIMARY_PORT));
            load.awaitWriteSentAfter(killed, after);
            int revokedKeyAnswer = revocation.revokeThenUseElsewhere();
            Thread.sleep(Math.max(0, after.toMillis() - (System.nanoTime() - killed) / 1_000_000));
            load.stop();
            report(load, killed, receiver, smtp, revokedKeyAnswer);
        } finally {
            smtp.stop();
        }
    }

    private static void report(FailoverLoad load, long killed, WebhookReceiver receiver, GreenMail smtp, int revokedKeyAnswer) throws Exception {
        Set<Long> leads = load.acknowledgedLeads();
        Set<String> emails = load.acknowledgedEmails();
        Set<Long> stored = storedOf(leads);
        System.out.printf("  acknowledged writes: %,d lead creates and %,d email sends by 8 writers on two nodes%n", leads.size(), emails.size());
        System.out.printf("  lost writes: %d%n", leads.size() - stored.size());
        System.out.printf("  outage: %.1f s (the longest time without a successful write; the primary was killed %.1f s into it)%n",
                load.longestGapNanos() / 1e9, load.gapStartToKillNanos(killed) / 1e9);
        System.out.printf("  answers: %s; slowest 503 %d ms; requests failed other than 503: %d%s%n", load.statusCounts(),
                load.slowest503Millis(), load.otherFailures(), load.otherFailureSample());
        webhooks(leads, receiver);
        emails(emails, smtp, killed);
        System.out.printf("  an API key revoked right after the switch, used at once on the other node: %d (401 expected)%n", revokedKeyAnswer);
    }

    private static void webhooks(Set<Long> leads, WebhookReceiver receiver) {
        List<WebhookReceiver.Received> posts = receiver.await(r -> deliveredLeads(r).keySet().containsAll(leads), Duration.ofMinutes(2));
        Map<Long, List<String>> delivered = deliveredLeads(posts);
        long lost = leads.stream().filter(l -> !delivered.containsKey(l)).count();
        long duplicated = delivered.values().stream().mapToLong(ids -> ids.size() - 1).sum();
        long underNewIds = delivered.values().stream().filter(ids -> new HashSet<>(ids).size() > 1).count();
        System.out.printf("  webhook events: lost %d, duplicated %d (%d of them under a webhook-id other than the first delivery's)%n",
                lost, duplicated, underNewIds);
    }

    /** Each delivered lead with the webhook-id of every delivery that carried it. */
    private static Map<Long, List<String>> deliveredLeads(List<WebhookReceiver.Received> posts) {
        Map<Long, List<String>> delivered = new HashMap<>();
        for (WebhookReceiver.Received post : posts) {
            post.json().path("newLead").forEach(item ->
                    delivered.computeIfAbsent(item.path("leadId").asLong(), k -> new java.util.ArrayList<>()).add(post.header("webhook-id")));
        }
        return delivered;
    }

    /**
     * Waits up to 4 minutes: a send whose claim committed on the old primary while its answer was lost waits out its
     * lease ({@code leadline.messages.lease}, 2 minutes) before another attempt, as for a node that died mid-send.
     */
    private static void emails(Set<String> subjects, GreenMail smtp, long killed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        Map<String, Integer> received = receivedSubjects(smtp);
        while (!received.keySet().containsAll(subjects) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            received = receivedSubjects(smtp);
        }
        Map<String, Integer> finalReceived = received;
        long lost = subjects.stream().filter(s -> !finalReceived.containsKey(s)).count();
        long twice = received.values().stream().filter(n -> n > 1).count();
        System.out.printf("  emails: lost %d, received more than once %d; all there %.0f s after the kill (looked for once the load ended)%n",
                lost, twice, (System.nanoTime() - killed) / 1e9);
    }

    private static Map<String, Integer> receivedSubjects(GreenMail smtp) throws Exception {
        Map<String, Integer> subjects = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.merge(message.getSubject(), 1, Integer::sum);
        }
        return subjects;
    }

    /** The acknowledged leads the promoted primary holds. */
    private static Set<Long> storedOf(Set<Long> leads) throws Exception {
        Set<Long> stored = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
                PreparedStatement select = connection.prepareStatement("SELECT id FROM leads WHERE id = ANY (?)")) {
            Array ids = connection.createArrayOf("bigint", leads.toArray(Long[]::new));
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
        }
        return stored;
    }

    /** An API key used on the second node (so its authentication cache holds it), then revoked through the first. */
    private record RevocationProbe(ApiClient owner, ApiClient keyOnSecond, long keyId) {

        static RevocationProbe issue(ApiClient owner, ApiClient ownerOnSecond) {
            long ownerId = owner.get("/v1.0/me").json().path("memberUserId").asLong();
            ApiResponse issued = owner.post("/leadline/v1/api-keys", Map.of("userId", ownerId, "name", "revoked during failover"));
            ApiClient keyOnSecond = ownerOnSecond.as("token " + issued.json().path("key").asString());
            keyOnSecond.get("/v1.0/me");
            return new RevocationProbe(owner, keyOnSecond, issued.json().path("id").asLong());
        }

        /** Revoked as soon as the database takes it (the switch may still flicker for a request or two). */
        int revokeThenUseElsewhere() throws InterruptedException {
            ApiResponse revoked = owner.delete("/leadline/v1/api-keys/" + keyId);
            for (int attempt = 0; revoked.status() == 503 && attempt < 100; attempt++) {
                Thread.sleep(100);
                revoked = owner.delete("/leadline/v1/api-keys/" + keyId);
            }
            if (revoked.status() != 200) {
                throw new IllegalStateException("the key's revocation answered " + revoked);
            }
            return keyOnSecond.get("/v1.0/me").status();
        }
    }
}
