package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.leadline.communications.delivery.InboundTexts;
import io.leadline.communications.delivery.MessageDispatcher;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.MovableClock;
import io.leadline.testing.TestTeam;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Texts through the Twilio-style adapter, against a local HTTP server standing in for the provider: the exact request
 * (path, Basic authentication, form fields), its error answers (throttled: tried again; invalid number: failed for
 * good), and the signed callback for texts leads send back (LL issue 16).
 */
@Import(MovableClock.class)
abstract class SmsDeliveryTests extends ApiTestBase {

    static final String INBOUND_BASE = "https://crm.example.com";
    static final Provider provider = new Provider();

    @DynamicPropertySource
    static void smsProvider(DynamicPropertyRegistry registry) {
        registry.add("leadline.messages.sms", () -> "twilio");
        registry.add("leadline.messages.twilio.base-url", () -> "http://127.0.0.1:" + provider.port());
        registry.add("leadline.messages.twilio.account-sid", () -> "AC123");
        registry.add("leadline.messages.twilio.auth-token", () -> "provider-secret");
        registry.add("leadline.messages.twilio.from", () -> "+15125550000");
        registry.add("leadline.messages.twilio.inbound-base-url", () -> INBOUND_BASE);
        registry.add("leadline.messages.first-retry", () -> "PT1M");
        registry.add("leadline.messages.dispatch", () -> "false");
    }

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void reset() {
        jdbc.sql("UPDATE communications SET next_attempt_at = NULL WHERE next_attempt_at IS NOT NULL").update();
        provider.requests.clear();
        provider.answers.clear();
    }

    @Test
    void aTextIsAFormPostToTheProvidersMessagesResource() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("phones", List.of("(512) 555-0101")).build());
        ApiResponse sent = team.owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId, "content", "Still looking? Reply YES & I'll call"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        long id = sent.json().path("messageId").asLong();

        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        assertThat(provider.requests).hasSize(1);
        Provider.Request request = provider.requests.peek();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
        assertThat(request.authorization())
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("AC123:provider-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "To", "+15125550101", "From", "+15125550000", "Body", "Still looking? Reply YES & I'll call"));
        JsonNode state = outbox(team, id);
        assertThat(state.path("status").asString()).isEqualTo("Sent");
        assertThat(state.path("carrier").asString()).isEqualTo("twilio");
        assertThat(state.path("providerMessageId").asString()).matches("SM\\d{4}");
        assertThat(team.owner().get("/v1.0/communication/text?leadId=" + leadId).json().path("texts").get(0)
                .path("textOutcome").asString()).isEqualTo("Sent");
    }

    @Test
    void aThrottledTextIsTriedAgainAndAnInvalidNumberFailsForGood() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("phones", List.of("5125550101")).build());
        provider.answers.add(new Provider.Answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}"));
        long throttled = team.owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId, "content", "a"))
                .json().path("messageId").asLong();
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        JsonNode waiting = outbox(team, throttled);
        assertThat(waiting.path("status").asString()).isEqualTo("Queued");
        assertThat(waiting.path("lastError").asString()).contains("20429");
        MovableClock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        assertThat(outbox(team, throttled).path("status").asString()).isEqualTo("Sent");

        provider.answers.add(new Provider.Answer(400, "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}"));
        long invalid = team.owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId, "content", "b"))
                .json().path("messageId").asLong();
        assertThat(dispatcher.deliverBatch()).isEqualTo(1);
        JsonNode failed = outbox(team, invalid);
        assertThat(failed.path("status").asString()).isEqualTo("Failed");
        assertThat(failed.path("lastError").asString()).contains("21211").contains("not a valid phone number");
        assertThat(failed.path("nextAttemptTime").isNull()).isTrue();
        MovableClock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.deliverBatch()).isZero();
        assertThat(provider.requests).hasSize(3);
    }

    @Test
    void aSignedReplyIsAttachedToTheLeadWithThatNumber() throws Exception {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("phones", List.of("512-555-0101")).build());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", "SM9");
        form.put("AccountSid", "AC123");
        form.put("From", "+15125550101");
        form.put("To", "+15125550000");
        form.put("Body", "Yes, call me after 5");
        String path = "/inbound/sms/" + team.teamId();

        HttpResponse<String> accepted = postForm(path, form, InboundTexts.sign("provider-secret", INBOUND_BASE + path, form));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("<Response>");
        JsonNode text = team.owner().get("/v1.0/communication/text?leadId=" + leadId).json().path("texts").get(0);
        assertThat(text.path("direction").asString()).isEqualTo("Inbound");
        assertThat(text.path("textContent").asString()).isEqualTo("Yes, call me after 5");
        assertThat(text.path("textOutcome").asString()).isEqualTo("Received");

        assertThat(postForm(path, form, "forged").statusCode()).isEqualTo(403);
        assertThat(postForm(path, form, null).statusCode()).isEqualTo(403);
        Map<String, String> tampered = new HashMap<>(form);
        tampered.put("Body", "Stop");
        assertThat(postForm(path, tampered, InboundTexts.sign("provider-secret", INBOUND_BASE + path, form)).statusCode()).isEqualTo(403);
        Map<String, String> stranger = new HashMap<>(form);
        stranger.put("From", "+19998887777");
        assertThat(postForm(path, stranger, InboundTexts.sign("provider-secret", INBOUND_BASE + path, stranger)).statusCode()).isEqualTo(200);
        assertThat(team.owner().get("/v1.0/communication/text?leadId=" + leadId).json().path("texts")).hasSize(1);
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static JsonNode outbox(TestTeam team, long id) {
        return team.owner().get("/leadline/v1/outbox/messages").json().path("messages").valueStream()
                .filter(m -> m.path("messageId").asLong() == id).findFirst().orElseThrow();
    }

    /**
     * A local stand-in for the SMS provider's API: records each request, answers 201 unless told otherwise. It serves
     * every test class of this JVM (H2 and PostgreSQL alike) and ends with the JVM.
     */
    static final class Provider {
        record Request(String method, String path, String authorization, String contentType, Map<String, String> form) {}

        record Answer(int status, String body) {}

        final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final HttpServer server;
        private int sids;

        Provider() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> form = new HashMap<>();
                for (String pair : body.split("&")) {
                    String[] kv = pair.split("=", 2);
                    form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"), form));
                Answer answer = answers.poll();
                if (answer == null) {
                    answer = new Answer(201, "{\"sid\":\"SM" + String.format("%04d", ++sids) + "\",\"status\":\"queued\"}");
                }
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }
    }
}
