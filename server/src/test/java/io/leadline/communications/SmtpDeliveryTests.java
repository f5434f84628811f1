package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadline.communications.delivery.MessageDispatcher;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.MovableClock;
import io.leadline.testing.TestTeam;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Emails through a real SMTP server in the test JVM (GreenMail). Delivery is driven by hand here (dispatch off), so
 * each step is seen: the envelope and the message, a retry when the server is down, and a message a dead node had
 * claimed, sent once when its lease runs out (LL issue 16). Waits are the server's clock moved forward, not slept.
 */
@Import(MovableClock.class)
abstract class SmtpDeliveryTests extends ApiTestBase {

    static final int PORT = freePort();
    static GreenMail smtp = start();

    /** The server's own SMTP server: the GreenMail on this port, plain SMTP, the brokerage's sender. */
    static void serversSmtp(DynamicPropertyRegistry registry, int port) {
        registry.add("leadline.messages.email", () -> "smtp");
        registry.add("leadline.messages.smtp.host", () -> "127.0.0.1");
        registry.add("leadline.messages.smtp.port", () -> port);
        registry.add("leadline.messages.smtp.security", () -> "none");
        registry.add("leadline.messages.smtp.from", () -> "agents@brokerage.example");
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        serversSmtp(registry, PORT);
        registry.add("leadline.messages.smtp.from-name", () -> "Brokerage Agents");
        registry.add("leadline.messages.smtp.timeout", () -> "PT2S");
        registry.add("leadline.messages.first-retry", () -> "PT1M");
        registry.add("leadline.messages.lease", () -> "PT1S");
        registry.add("leadline.messages.dispatch", () -> "false");
        registry.add("leadline.secrets.key", () -> TEST_KEY);
        // the team's own server in these tests is another GreenMail on loopback, on a random port
        registry.add("leadline.messages.team-smtp.allow-private-hosts", () -> "true");
        registry.add("leadline.messages.team-smtp.ports", () -> "");
    }

    static final String TEST_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailbox() throws Exception {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("UPDATE communications SET next_attempt_at = NULL WHERE next_attempt_at IS NOT NULL").update();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void anEmailReachesTheSmtpServerWithItsEnvelopeHeadersAndBody() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        ApiResponse sent = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "Open house Saturday",
                "content", "<p>Hello <b>Bob</b>,</p><p>see you at 2.</p>"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        long id = sent.json().path("messageId").asLong();
        assertThat(outbox(team, id).path("status").asString()).isEqualTo("Queued");

        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("bob@example.com");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Brokerage Agents <agents@brokerage.example>");
        assertThat(mail.getSubject()).isEqualTo("Open house Saturday");
        assertThat(mail.getMessageID()).isEqualTo("<leadline-" + id + "@brokerage.example>");
        String body = parts(mail);
        assertThat(body).contains("<p>Hello <b>Bob</b>,</p>").contains("Hello Bob");
        JsonNode state = outbox(team, id);
        assertThat(state.path("status").asString()).isEqualTo("Sent");
        assertThat(state.path("attempts").asInt()).isEqualTo(1);
        assertThat(state.path("carrier").asString()).isEqualTo("smtp");
        assertThat(state.path("providerMessageId").asString()).isEqualTo(mail.getMessageID());
        assertThat(dispatcher.deliverBatch()).isZero();
    }

    @Test
    void aTeamsOwnSenderIsTheFromOfItsEmails() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        assertThat(team.owner().get("/leadline/v1/mail-settings").json().path("from").asString()).isEqualTo("agents@brokerage.example");
        ApiResponse set = team.owner().put("/leadline/v1/mail-settings", Map.of("from", "Team@Austin-Homes.example", "fromName", "Austin Homes"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("teamOwn").asBoolean()).isTrue();
        assertThat(team.agent(null).client().put("/leadline/v1/mail-settings", Map.of("from", "me@example.com")).status()).isEqualTo(403);
        assertThat(team.owner().put("/leadline/v1/mail-settings", Map.of("from", "nope")).message()).contains("from");
        assertThat(team.owner().put("/leadline/v1/mail-settings", Map.of("from", "a@b.example", "fromName", "Evil\r\nBcc: x@y.z"))
                .message()).contains("fromName");

        long id = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                .json().path("messageId").asLong();
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Austin Homes <team@austin-homes.example>");
        assertThat(mail.getMessageID()).isEqualTo("<leadline-" + id + "@austin-homes.example>");

        assertThat(team.owner().delete("/leadline/v1/mail-settings").json().path("teamOwn").asBoolean()).isFalse();
        assertThat(team.owner().delete("/leadline/v1/mail-settings").status()).isEqualTo(404);
    }

    @Test
    void aTeamWithItsOwnSmtpServerSendsThroughIt() throws Exception {
        int ownPort = freePort();
        GreenMail own = startSmtp(ownPort);
        own.setUser("team@austin-homes.example", "agent", "s3cret");
        try {
            TestTeam team = newTeam();
            long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
            ApiResponse set = team.owner().put("/leadline/v1/mail-settings", Map.of("from", "team@austin-homes.example",
                    "host", "127.0.0.1", "port", ownPort, "security", "none", "username", "agent", "password", "s3cret"));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().path("passwordSet").asBoolean()).isTrue();
            assertThat(set.raw()).doesNotContain("s3cret");
            assertThat(jdbc.sql("SELECT smtp_password FROM team_mail_settings WHERE team_id = :t").param("t", team.teamId())
                    .query(String.class).single()).doesNotContain("s3cret");
            assertThat(team.owner().get("/leadline/v1/mail-settings").raw()).doesNotContain("s3cret");
            assertThat(team.owner().put("/leadline/v1/mail-settings", Map.of("from", "a@b.example", "port", 25)).message()).contains("host");
            assertThat(team.owner().put("/leadline/v1/mail-settings", Map.of("from", "a@b.example", "host", "x", "password", "p"))
                    .message()).contains("username");
            assertThat(team.owner().put("/leadline/v1/mail-settings", Map.of("from", "a@b.example", "host", "x", "security", "tls"))
                    .message()).contains("security");

            long id = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                    .json().path("messageId").asLong();
            assertThat(dispatcher.deliverBatch()).isEqualTo(1);
            assertThat(own.getReceivedMessages()).as(outbox(team, id).toString()).hasSize(1);
            assertThat(smtp.getReceivedMessages()).isEmpty();
            assertThat(own.getReceivedMessages()[0].getFrom()[0].toString()).isEqualTo("team@austin-homes.example");
        } finally {
            own.stop();
        }
    }

    @Test
    void aServerThatIsDownIsTriedAgainUntilItTakesTheMessage() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        smtp.stop();
        long id = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                .json().path("messageId").asLong();
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        JsonNode waiting = outbox(team, id);
        assertThat(waiting.path("status").asString()).isEqualTo("Queued");
        assertThat(waiting.path("attempts").asInt()).isEqualTo(1);
        assertThat(waiting.path("lastError").asString()).isNotBlank();
        assertThat(waiting.path("nextAttemptTime").isNull()).isFalse();
        assertThat(dispatcher.deliverBatch()).as("not before its next attempt").isZero();

        smtp = start();
        MovableClock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox(team, id).path("status").asString()).isEqualTo("Sent");
        assertThat(outbox(team, id).path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aMessageADeadNodeHadClaimedIsSentOnceWhenItsLeaseRunsOut() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        long id = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                .json().path("messageId").asLong();
        jdbc.sql("UPDATE communications SET lease_token = 'a-node-that-died', leased_until = :until, attempts = 1 WHERE id = :id")
                .param("until", OffsetDateTime.ofInstant(MovableClock.now().plusSeconds(30), ZoneOffset.UTC))
                .param("id", id)
                .update();
        assertThat(dispatcher.deliverBatch()).as("the lease is still running").isZero();
        MovableClock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        assertThat(dispatcher.deliverBatch()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox(team, id).path("attempts").asInt()).isEqualTo(2);
    }

    private static JsonNode outbox(TestTeam team, long id) {
        return team.owner().get("/leadline/v1/outbox/messages").json().path("messages").valueStream()
                .filter(m -> m.path("messageId").asLong() == id).findFirst().orElseThrow();
    }

    private static String parts(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (!(content instanceof MimeMultipart multipart)) {
            return String.valueOf(content);
        }
        StringBuilder all = new StringBuilder();
        collect(multipart, all);
        return all.toString();
    }

    private static void collect(MimeMultipart multipart, StringBuilder all) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            if (part instanceof MimeMultipart nested) {
                collect(nested, all);
            } else {
                all.append(part).append('\n');
            }
        }
    }

    private static GreenMail start() {
        return startSmtp(PORT);
    }

    /** A GreenMail SMTP server on the port, started. */
    static GreenMail startSmtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
