package com.example.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.sandbox.junit.LeadlineSandbox;
import io.leadline.sandbox.junit.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The README's example: an integrator's tests of their own Lofty client, run against a sandbox that the extension
 * starts once, with the fixtures in src/test/resources/example-realty.json, and resets before each test.
 */
@LeadlineSandbox(fixtures = "classpath:example-realty.json")
class LoftyIntegrationExampleTests {

    private final Sandbox sandbox;
    private final LoftyClient lofty;

    LoftyIntegrationExampleTests(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.lofty = new LoftyClient(sandbox.baseUrl(), sandbox.key("olga@example-realty.test"));
    }

    @Test
    void aLeadWeCreateIsAnnouncedToOurWebhook() {
        long leadId = lofty.createLead("Maria", "Garcia", "maria.garcia@example.com");

        // the fixtures subscribe the receiver "crm-sync" to new leads
        List<JsonNode> deliveries = sandbox.awaitDeliveries("crm-sync",
                arrived -> arrived.stream().anyMatch(d -> d.path("body").asString().contains(Long.toString(leadId))),
                Duration.ofSeconds(20));
        assertThat(deliveries).last().satisfies(delivery -> {
            assertThat(delivery.path("body").asString()).contains("\"leadId\":" + leadId);
            assertThat(delivery.path("headers").path("webhook-id").isMissingNode()).isFalse();
        });
    }

    @Test
    void ourClientRidesOutARateLimit() {
        sandbox.addFault(Map.of("method", "POST", "path", "/v1.0/leads", "onCall", 1, "times", 1,
                "action", "rateLimit", "retryAfter", 1));

        long leadId = lofty.createLead("Raj", "Patel", "raj.patel@example.com");

        assertThat(lofty.lead(leadId).path("firstName").asString()).isEqualTo("Raj");
        // the journal shows what the client did: a POST answered 429, then the retry answered 200
        List<JsonNode> posts = sandbox.journal("method=POST&path=/v1.0/leads");
        assertThat(posts).extracting(entry -> entry.path("status").asInt()).containsExactly(200, 429);
    }

    @Test
    void aLeadNobodyClaimsGoesToTheFallbackAgentOnceTheOfferRunsOut() {
        long leadId = lofty.createLead("Lee", "Wong", "lee.wong@example.com");
        // the rule offers new leads to Ann for five minutes; until she claims one it has no agent
        assertThat(lofty.lead(leadId).path("assignedUserId").isNull()).isTrue();

        sandbox.advanceClock(Duration.ofMinutes(6));

        assertThat(lofty.lead(leadId).path("assignedUserId").asLong()).isEqualTo(sandbox.userId("fred@example-realty.test"));
    }
}
