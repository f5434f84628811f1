package io.leadline.leads;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /v1.0/leads/{leadId}/inquiry and /property (LL issue 3). */
abstract class LeadSubresourcesApiTests extends ApiTestBase {

    @Test
    void inquiryIsReplacedWhole() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead()
                .with("inquiry", Map.of("priceMin", 100, "priceMax", 200, "bedroomsMin", 2, "propertyType", List.of("Condo")))
                .build());

        ApiResponse replaced = team.owner().post("/v1.0/leads/" + leadId + "/inquiry", Map.of(
                "priceMax", 500000, "bathroomsMin", "1.5", "propertyType", List.of("Townhouse", "Condo"),
                "locations", List.of(Map.of("city", "Austin", "stateCode", "TX", "zipCode", "78701"))));

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.leadId()).isEqualTo(leadId);
        JsonNode inquiry = team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("leadInquiry");
        assertThat(inquiry.path("priceMin").asLong()).isEqualTo(-1);
        assertThat(inquiry.path("priceMax").asLong()).isEqualTo(500000);
        assertThat(inquiry.path("bedroomsMin").asInt()).isEqualTo(-1);
        assertThat(inquiry.path("bathroomsMin").asString()).isEqualTo("1.5");
        assertThat(LeadsApiTests.strings(inquiry.path("propertyType"))).containsExactly("Townhouse", "Condo");
        assertThat(inquiry.path("locations").get(0).path("zipCode").asString()).isEqualTo("78701");

        assertThat(team.owner().post("/v1.0/leads/" + leadId + "/inquiry", Map.of("propertyType", List.of("Y".repeat(51)))).message())
                .contains("inquiry.propertyType[0]");
        assertThat(team.owner().post("/v1.0/leads/" + leadId + "/inquiry", Map.of("bathroomsMin", "many")).message())
                .contains("inquiry.bathroomsMin");
        assertThat(team.owner().post("/v1.0/leads/424242/inquiry", Map.of("priceMin", 1)).code()).isEqualTo(20006);
    }

    @Test
    void propertyEndpointMergesUpdatesAndRejectsLikeLofty() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long otherLead = team.createLead(team.owner(), aLead().with("property", Map.of("city", "Dallas")).build());
        String path = "/v1.0/leads/" + leadId + "/property";

        assertThat(team.owner().post(path, Map.of("streetAddress", "9 Elm", "city", "Austin", "price", 300000)).leadId())
                .isEqualTo(leadId);
        team.owner().post(path, Map.of("streetAddress", "9 ELM", "city", "austin", "bedrooms", 3, "id", 0));
        JsonNode properties = team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("leadPropertyList");
        assertThat(properties).hasSize(1);
        assertThat(properties.get(0).path("price").asLong()).isEqualTo(300000);
        assertThat(properties.get(0).path("bedrooms").asInt()).isEqualTo(3);

        long propertyId = properties.get(0).path("id").asLong();
        team.owner().post(path, Map.of("id", propertyId, "state", "TX", "mailAddress", true));
        properties = team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("leadPropertyList");
        assertThat(properties).hasSize(1);
        assertThat(properties.get(0).path("state").asString()).isEqualTo("TX");
        assertThat(properties.get(0).path("mailAddress").asBoolean()).isTrue();

        ApiResponse blank = team.owner().post(path, Map.of("county", "Travis", "price", 1));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo(200057);
        long foreign = team.owner().get("/v1.0/leads/" + otherLead).json().path("lead").path("leadPropertyList").get(0).path("id").asLong();
        ApiResponse notHers = team.owner().post(path, Map.of("id", foreign, "city", "Waco"));
        assertThat(notHers.status()).isEqualTo(404);
        assertThat(notHers.code()).isEqualTo(200108);
        assertThat(team.owner().get("/v1.0/leads/" + otherLead).json().path("lead").path("leadPropertyList").get(0)
                .path("city").asString()).isEqualTo("Dallas");
        assertThat(team.agent(null).client().post(path, Map.of("city", "Austin")).code()).isEqualTo(20006);
    }
}
