package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import org.junit.jupiter.api.Test;

/** The server describes itself: the OpenAPI document is served and names every feature's endpoints. */
@OnH2
class OpenApiDocumentOnH2Tests extends ApiTestBase {

    @Test
    void theDocumentListsLeadsRoutingAndWebhookEndpoints() {
        ApiResponse document = serverAdmin().get("/v3/api-docs");

        assertThat(document.status()).as(document.raw().length() > 300 ? document.raw().substring(0, 300) : document.raw()).isEqualTo(200);
        assertThat(document.json().path("paths").propertyNames()).contains(
                "/v1.0/leads", "/v1.0/leads/{leadId}/assignment", "/v1.0/leads/assignee", "/v1.0/routing/rule/list/{type}",
                "/v1.0/team-features/lead-ponds", "/v1.0/webhook", "/leadline/v1/routing/rules",
                "/leadline/v1/webhooks/{subscribeId}/deliveries", "/v1.0/leads/{leadId}/activity",
                "/v1.0/leads/{leadId}/activities", "/v2.0/leads/{leadId}/activities", "/v1.0/systemLogs", "/v1.0/logType",
                "/v1.0/logType/{logTypeId}", "/leadline/v1/users/{userId}/role", "/v1.0/users/{userId}",
                "/v1.0/org/permission/profiles", "/v2.0/agents/{agentId}/deactivate", "/v2.0/agents/{agentId}/reactivate");
        assertThat(document.json().path("paths").propertyNames()).as("the error page is not the API").doesNotContain("/error");
    }
}
