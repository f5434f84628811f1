package io.leadline.leads;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** leadline.value-lists.strict=true refuses values outside Lofty's lists, as Lofty does; near-misses still match. */
@OnH2
@TestPropertySource(properties = "leadline.value-lists.strict=true")
class StrictValueListsOnH2Tests extends ApiTestBase {

    @Test
    void refusesValuesOutsideTheListsAndWritesNothing() {
        TestTeam team = newTeam();

        assertRefused(team.owner().post("/v1.0/leads", aLead().with("language", "klingon").build()), "language");
        assertRefused(team.owner().post("/v1.0/leads", aLead().with("preQual", "Maybe").build()), "preQual");
        assertRefused(team.owner().post("/v1.0/leads", aLead().with("buyingTimeFrame", "soon").build()), "buyingTimeFrame");
        assertRefused(team.owner().post("/v1.0/leads", aLead().with("inquiry", Map.of("propertyType", List.of("Condo", "Castle"))).build()),
                "inquiry.propertyType[1]");
        assertRefused(team.owner().post("/v1.0/leads", aLead().with("property", Map.of("city", "Austin", "propertyType", "Yurt")).build()),
                "property.propertyType");
        assertThat(team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isZero();

        long leadId = team.createLead(team.owner(), aLead().with("buyingTimeFrame", "3 to 6 months").with("language", "French").build());
        var lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("buyingTimeFrame").asString()).isEqualTo("3-6");
        assertThat(lead.path("language").asString()).isEqualTo("fr");
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo(20012);
        assertThat(response.message()).startsWith(field).contains("must be one of");
    }
}
