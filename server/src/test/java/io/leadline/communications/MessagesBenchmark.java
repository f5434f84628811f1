package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The communications benchmark (LL-16), run by {@code bench/run messages [--h2] [--emails=N] [--sends=N] [--history=N]}:
 * two server nodes on a fresh database, both delivering to an SMTP server in this JVM (GreenMail). First N emails
 * (10,000) queued at once (one SQL transaction, as a burst of sends would leave them): the time until the SMTP server
 * holds all of them, and how many it got twice. Then M sends (2,000) through the API by 16 clients across both nodes:
 * their throughput and when the last one was delivered. Then a lead with 5,000 communications (by SQL batch) and the
 * first page of its history. Prints figures and asserts nothing.
 */
public final class MessagesBenchmark {

    private static final int TIMED = 500;
    private static final long BULK_IDS = 7_000_000_000_000_000L;

    private MessagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = Arrays.asList(args).contains("--h2");
        int emails = BenchServer.intOption(args, "--emails=", 10_000);
        int sends = BenchServer.intOption(args, "--sends=", 2_000);
        int history = BenchServer.intOption(args, "--history=", 5_000);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "messages-h2")) : BenchServer.freshPostgres("leadline_messages_bench");
        String[] node = {"--leadline.messages.email=smtp", "--leadline.messages.smtp.host=127.0.0.1",
                "--leadline.messages.smtp.port=" + port, "--leadline.messages.smtp.security=none",
                "--leadline.messages.smtp.from=agents@bench.example"};
        try (ConfigurableApplicationContext server = BenchServer.start(url, node);
                ConfigurableApplicationContext second = BenchServer.start(url, node)) {
            System.out.printf("%nCommunications benchmark on %s%n", h2 ? "H2 (embedded, file)" : "PostgreSQL");
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Messages benchmark");
            ApiClient ownerOnSecond = owner.at(BenchServer.baseUrl(second));
            List<Long> leads = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                leads.add(owner.post("/v1.0/leads", aLead().with("emails", List.of("lead" + i + "@bench.example")).build()).leadId());
            }
            long teamId = owner.get("/v1.0/me").json().path("teamId").asLong();
            long ownerId = owner.get("/v1.0/me").json().path("memberUserId").asLong();
            burst(server.getBean(DataSource.class), teamId, ownerId, leads, emails, smtp);
            smtp.purgeEmailFromAllMailboxes();
            emails(owner, ownerOnSecond, leads, sends, smtp);
            history(server, owner, leads.getFirst(), history);
        } finally {
            smtp.stop();
        }
        System.exit(0);
    }

    /** N queued emails committed at once, as N sends would leave them (the team's leads' addresses, carrier smtp). */
    private static void burst(DataSource db, long teamId, long ownerId, List<Long> leads, int count, GreenMail smtp) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO communications (id, team_id, lead_id, channel, direction, type, agent_id, status, lead_address, subject,
                    body, provider, occurred_at, created_at, next_attempt_at)
                VALUES (?, ?, ?, 'EMAIL', 'Outbound', 'MANUAL', ?, 'Queued', ?, ?, ?, 'smtp', ?, ?, ?)""")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                insert.setLong(1, BULK_IDS + 100_000 + i);
                insert.setLong(2, teamId);
                insert.setLong(3, leads.get(i % leads.size()));
                insert.setLong(4, ownerId);
                insert.setString(5, "lead" + (i % leads.size()) + "@bench.example");
                insert.setString(6, "Listing " + i);
                insert.setString(7, "<p>New listing " + i + "</p>");
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        long started = System.nanoTime();
        while (smtp.getReceivedMessages().length < count && System.nanoTime() - started < 300e9) {
            Thread.sleep(20);
        }
        double delivered = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3000);
        Map<String, Integer> ids = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.merge(message.getMessageID(), 1, Integer::sum);
        }
        System.out.printf("%,d emails queued at once, two nodes: the SMTP server held %,d distinct emails %.1f s after the commit"
                + " (%.0f/s); %d received more than once%n", count, ids.size(), delivered, ids.size() / delivered,
                ids.values().stream().filter(v -> v > 1).count());
    }

    private static void emails(ApiClient first, ApiClient second, List<Long> leads, int count, GreenMail smtp) throws Exception {
        List<Callable<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApiClient node = i % 2 == 0 ? first : second;
            long lead = leads.get(i % leads.size());
            int n = i;
            sends.add(() -> node.post("/v1.0/message/email/send", Map.of("leadId", lead, "subject", "Listing " + n,
                    "content", "<p>New listing " + n + "</p>")).status());
        }
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> status : pool.invokeAll(sends)) {
                if (status.get() != 200) {
                    throw new IllegalStateException("a send answered " + status.get());
                }
            }
        }
        double queued = (System.nanoTime() - started) / 1e9;
        while (smtp.getReceivedMessages().length < count && System.nanoTime() - started < 300e9) {
            Thread.sleep(50);
        }
        double delivered = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3000);
        Map<String, Integer> ids = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.merge(message.getMessageID(), 1, Integer::sum);
        }
        long twice = ids.values().stream().filter(v -> v > 1).count();
        System.out.printf("%,d emails sent through the API by 16 clients over two nodes: all answered after %.1f s (%.0f/s);"
                        + " the SMTP server held %,d distinct emails %.1f s after the first send; %d received more than once%n",
                count, queued, count / queued, ids.size(), delivered, twice);
    }

    private static void history(ConfigurableApplicationContext server, ApiClient owner, long leadId, int count) throws Exception {
        long teamId = owner.get("/v1.0/me").json().path("teamId").asLong();
        DataSource db = server.getBean(DataSource.class);
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO communications (id, team_id, lead_id, channel, direction, type, status, lead_address, body, occurred_at,
                    created_at)
                VALUES (?, ?, ?, ?, 'Outbound', 'LOGGED', 'Completed', '5125550101', 'call notes', ?, ?)""")) {
            c.setAutoCommit(false);
            Instant start = Instant.now().minusSeconds(3600L * 24 * 365);
            for (int i = 0; i < count; i++) {
                insert.setLong(1, BULK_IDS + i);
                insert.setLong(2, teamId);
                insert.setLong(3, leadId);
                insert.setString(4, i % 3 == 0 ? "EMAIL" : i % 3 == 1 ? "CALL" : "TEXT");
                Timestamp at = Timestamp.from(start.plusSeconds(6000L * i));
                insert.setTimestamp(5, at);
                insert.setTimestamp(6, at);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
            if (c.getMetaData().getURL().startsWith("jdbc:postgresql")) {
                try (var statement = c.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
        }
        for (int i = 0; i < 300; i++) {
            owner.getBody("/v1.0/communication/call?leadId=" + leadId);
        }
        System.out.printf("%nA lead with %,d communications (a third each calls, emails, texts); one client (ms)     p50      p95      p99%n", count);
        Latencies.print("calls, first page (limit 10)", timed(owner, "/v1.0/communication/call?leadId=" + leadId));
        Latencies.print("emails, first page (limit 100)", timed(owner, "/v1.0/communication/email?leadId=" + leadId + "&limit=100"));
        Latencies.print("call records with total (limit 10)", timed(owner, "/v1.0/calls?leadId=" + leadId));
    }

    private static long[] timed(ApiClient client, String path) {
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long started = System.nanoTime();
            client.getBody(path);
            nanos[i] = System.nanoTime() - started;
        }
        return nanos;
    }
}
