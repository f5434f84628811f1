package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.leadline.communications.delivery.MessageDispatcher;
import io.leadline.communications.delivery.SmtpCarrier;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import io.leadline.testing.TestTeam;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A team's own SMTP server is an address a team admin sets, so it follows the webhook rule: never inside the server's
 * network, only mail ports, and a failed connection tells the team nothing about what listens where (LL-26 item 3).
 * The server's own SMTP server (its operator's setting) is on loopback here and stays allowed.
 */
@OnH2
class TeamSmtpGuardTests extends ApiTestBase {

    static final int PORT = SmtpDeliveryTests.freePort();
    static final GreenMail smtp = SmtpDeliveryTests.startSmtp(PORT);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        SmtpDeliveryTests.serversSmtp(registry, PORT);
        registry.add("leadline.messages.smtp.timeout", () -> "PT2S");
        registry.add("leadline.messages.dispatch", () -> "false");
        registry.add("leadline.secrets.key", () -> SmtpDeliveryTests.TEST_KEY);
    }

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void aTeamCannotPointItsSmtpServerInsideTheServersNetworkNorAtAPortThatIsNotForMail() throws Exception {
        TestTeam team = newTeam();
        List<String> inside = new ArrayList<>(List.of("127.0.0.1", "169.254.169.254", "10.0.0.1", "192.168.1.10", "0.0.0.0",
                "metadata.google.internal", "localhost", "printer.local", "2130706433"));
        NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address).map(InetAddress::getHostAddress).forEach(inside::add);
        for (String host : inside) {
            ApiResponse refused = team.owner().put("/leadline/v1/mail-settings",
                    Map.of("from", "team@austin-homes.example", "host", host, "port", 587));
            assertThat(refused.status()).as(host + " " + refused).isEqualTo(400);
            assertThat(refused.message()).as(host).contains("host").contains("leadline.messages.team-smtp.allow-private-hosts");
        }
        for (int port : List.of(22, 80, 5432, 6379, 2526)) {
            ApiResponse refused = team.owner().put("/leadline/v1/mail-settings",
                    Map.of("from", "team@austin-homes.example", "host", "93.184.216.34", "port", port));
            assertThat(refused.status()).as(port + " " + refused).isEqualTo(400);
            assertThat(refused.message()).contains("port").contains("leadline.messages.team-smtp.ports");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM team_mail_settings WHERE team_id = :t").param("t", team.teamId())
                .query(Long.class).single()).isZero();
        for (int port : List.of(25, 465, 587, 2525)) {
            ApiResponse accepted = team.owner().put("/leadline/v1/mail-settings",
                    Map.of("from", "team@austin-homes.example", "host", "93.184.216.34", "port", port));
            assertThat(accepted.status()).as(port + " " + accepted).isEqualTo(200);
        }
    }

    @Test
    void aHostThatLandsInsideAfterItWasSavedReachesNothingAndTheOutboxSaysNothingOfWhatListens() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        assertThat(team.owner().put("/leadline/v1/mail-settings",
                Map.of("from", "team@austin-homes.example", "host", "93.184.216.34", "port", 587)).status()).isEqualTo(200);
        List<String> errors = new ArrayList<>();
        for (int port : List.of(PORT, SmtpDeliveryTests.freePort())) {
            // what a name that resolved outside when it was saved and inside now (DNS rebinding) amounts to
            jdbc.sql("UPDATE team_mail_settings SET smtp_host = '127.0.0.1', smtp_port = :port, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE team_id = :t").param("port", port).param("t", team.teamId()).update();
            long id = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                    .json().path("messageId").asLong();
            assertThat(dispatcher.deliverBatch()).isEqualTo(1);
            JsonNode state = team.owner().get("/leadline/v1/outbox/messages").json().path("messages").valueStream()
                    .filter(m -> m.path("messageId").asLong() == id).findFirst().orElseThrow();
            assertThat(state.path("status").asString()).isEqualTo("Queued");
            errors.add(state.path("lastError").asString());
        }
        assertThat(smtp.getReceivedMessages()).as("the listening server on loopback").isEmpty();
        assertThat(errors).containsOnly(SmtpCarrier.TEAM_SERVER_UNREACHABLE);
    }
}
