package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.SecondNode;
import io.leadline.testing.TestTeam;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two nodes deliver the same outbox to one SMTP server: every email arrives, none twice (LL issue 16). */
abstract class SmtpTwoNodesTests extends ApiTestBase {

    static final int EMAILS = 120;
    static final int PORT = SmtpDeliveryTests.freePort();
    static GreenMail smtp = start();

    @RegisterExtension
    static final SecondNode secondNode = new SecondNode(new Class<?>[0], "--leadline.messages.email=smtp",
            "--leadline.messages.smtp.host=127.0.0.1", "--leadline.messages.smtp.port=" + PORT,
            "--leadline.messages.smtp.security=none", "--leadline.messages.smtp.from=agents@brokerage.example",
            "--leadline.messages.poll-interval=PT0.1S");

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        SmtpDeliveryTests.serversSmtp(registry, PORT);
        registry.add("leadline.messages.poll-interval", () -> "PT0.1S");
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void everyEmailQueuedOnEitherNodeArrivesOnce() throws Exception {
        if (!smtp.isRunning()) {
            smtp = start();
        }
        smtp.purgeEmailFromAllMailboxes();
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        ApiClient nodeB = team.owner().at(secondNode.url());
        List<Callable<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < EMAILS; i++) {
            ApiClient node = i % 2 == 0 ? team.owner() : nodeB;
            int n = i;
            sends.add(() -> node.post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "Email " + n, "content", "body"))
                    .status());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : pool.invokeAll(sends)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (smtp.getReceivedMessages().length < EMAILS && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1, Integer::sum);
        }
        assertThat(received).hasSize(EMAILS);
        assertThat(received.values()).containsOnly(1);
    }

    private static GreenMail start() {
        return SmtpDeliveryTests.startSmtp(PORT);
    }
}
