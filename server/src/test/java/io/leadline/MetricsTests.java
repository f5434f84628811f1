package io.leadline;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** What {@code /actuator/prometheus} shows after real work (docs/operations.md "Management endpoints, metrics and logs"): names, tags, routes of refusals. */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.metrics-interval=PT0.2S",
    "leadline.messages.poll-interval=PT0.1S"
})
abstract class MetricsTests extends ApiTestBase {

    @Test
    void theServersWorkIsCountedAndRefusalsAreTaggedWithTheirRoute() throws Exception {
        TestTeam team = newTeam();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.delay(300);
            assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/hook"))).status())
                    .isEqualTo(200);
            long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("metrics@example.com")).build());
            assertThat(team.owner().put("/v1.0/leads/" + leadId, Map.of("firstName", "Renamed")).status()).isEqualTo(200);
            assertThat(team.owner().get("/v1.0/leads?limit=5").status()).isEqualTo(200);
            assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                    .status()).isEqualTo(200);
            assertThat(anonymous().as("token llk_not_a_key").get("/v1.0/leads/" + leadId).status()).isEqualTo(401);
            ApiClient limited = keyWithLimit(team, 1, "metrics-limited");
            assertThat(limited.get("/v1.0/me").status()).isEqualTo(200);
            assertThat(limited.get("/v1.0/leads/" + leadId).status()).isEqualTo(429);
            // LL-26 item 13: refusals answered before a controller ran
            assertThat(anonymous().get("/v1.0/leads/" + leadId).status()).isEqualTo(401);
            assertThat(team.owner().get("/actuator/prometheus").status()).isEqualTo(403);
            assertThat(team.owner().send("PATCH", "/v1.0/leads/" + leadId, "{}").status()).isEqualTo(405);
            assertThat(team.owner().withHeader("Content-Type", "text/plain").send("POST", "/v1.0/leads", "{}").status())
                    .isEqualTo(415);
            assertThat(team.owner().post("/v1.0/leads", Map.of("firstName", "x".repeat(70_000))).status()).isEqualTo(413);
            assertThat(team.owner().send("PUT", "/v1.0/leads/" + leadId, "{").status()).isEqualTo(400);

            String metrics = awaitMetrics(text -> text.contains("leadline_webhooks_attempts_total{outcome=\"delivered\"}")
                    && text.contains("leadline_messages_deliveries_total{channel=\"email\",outcome=\"sent\"}")
                    && text.contains("leadline_webhooks_backlog_events{"));

            assertThat(line(metrics, "http_server_requests_seconds_bucket{", "status=\"401\"", "uri=\"/v1.0/leads/{leadId}\""))
                    .isNotNull();
            assertThat(line(metrics, "http_server_requests_seconds_count{", "status=\"429\"", "uri=\"/v1.0/leads/{leadId}\""))
                    .isNotNull();
            assertThat(line(metrics, "http_server_requests_seconds_bucket{", "uri=\"/v1.0/leads\"", "le=\"+Inf\"")).isNotNull();
            assertThat(line(metrics, "http_server_requests_seconds_count{", "uri=\"UNKNOWN\"")).as("finished requests all have a route")
                    .isNull();
            assertThat(value(metrics, "leadline_leads_changes_total{change=\"created\"}")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "leadline_leads_changes_total{change=\"updated\"}")).isGreaterThanOrEqualTo(1);
            assertThat(line(metrics, "leadline_routing_decisions_total{", "outcome=")).isNotNull();
            assertThat(line(metrics, "leadline_ratelimit_rejections_total{", "name=\"metrics-limited\"")).isNotNull();
            assertThat(line(metrics, "leadline_search_seconds_bucket{", "filter=\"none\"", "path=")).isNotNull();
            assertThat(line(metrics, "leadline_webhooks_delivery_latency_seconds_count")).isNotNull();
            assertThat(line(metrics, "leadline_webhooks_backlog_events{", "list=\"2\"", "subscription=")).isNotNull();
            assertThat(line(metrics, "leadline_messages_queued_messages")).isNotNull();
            if (getClass().isAnnotationPresent(io.leadline.testing.OnPostgres.class)) {
                assertThat(line(metrics, "leadline_database_standbys ")).isNotNull();
                assertThat(line(metrics, "leadline_database_standby_lag_seconds ")).isNotNull();
                assertThat(line(metrics, "leadline_database_wal_archive_age_seconds ")).isNotNull();
                assertThat(line(metrics, "leadline_database_wal_archive_failures ")).isNotNull();
            }
        }
    }

    @Test
    void aScraperAskingForOpenMetricsGetsThem() {
        ApiResponse scraped = serverAdmin().withHeader("Accept", "application/openmetrics-text;version=1.0.0").get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.raw()).contains("# EOF");
    }

    private String awaitMetrics(Predicate<String> ready) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        String text = "";
        while (Instant.now().isBefore(deadline)) {
            ApiResponse scraped = serverAdmin().get("/actuator/prometheus");
            assertThat(scraped.status()).isEqualTo(200);
            text = scraped.raw();
            if (ready.test(text)) {
                return text;
            }
            Thread.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("metrics never showed the expected series:\n" + text);
    }

    /** The first sample line that starts with the prefix and contains every fragment, or null. */
    private static String line(String metrics, String prefix, String... fragments) {
        return metrics.lines().filter(l -> l.startsWith(prefix)).filter(l -> List.of(fragments).stream().allMatch(l::contains))
                .findFirst().orElse(null);
    }

    private static double value(String metrics, String series) {
        String found = line(metrics, series);
        assertThat(found).as(series).isNotNull();
        return Double.parseDouble(found.substring(found.lastIndexOf(' ') + 1));
    }

    private static ApiClient keyWithLimit(TestTeam team, int perMinute, String name) {
        ApiResponse key = team.owner().post("/leadline/v1/api-keys", Map.of("name", name, "rateLimitPerMinute", perMinute));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return team.owner().as("token " + key.json().path("key").asString());
    }
}
