package io.leadline.leads;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import io.leadline.testing.TestTeam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** leadline.strict=true turns Lofty's silent truncation into 400s naming the field (LL issue 2). */
@OnH2
@TestPropertySource(properties = "leadline.strict=true")
class StrictModeOnH2Tests extends ApiTestBase {

    @Test
    void rejectsValuesLoftyWouldTruncate() {
        TestTeam team = newTeam();

        assertTooLong(team.owner().post("/v1.0/leads", aLead().with("firstName", "F".repeat(31)).build()), "firstName");
        assertTooLong(team.owner().post("/v1.0/leads", aLead().with("segments", List.of("S".repeat(31))).build()), "segments[0]");
        assertTooLong(team.owner().post("/v1.0/leads", aLead().with("tagsAdd", List.of("T".repeat(65))).build()), "tagsAdd[0]");
        assertTooLong(team.owner().post("/v1.0/leads", aLead().with("content", "n".repeat(2001)).build()), "content");

        long leadId = team.createLead(team.owner(), aLead().with("firstName", "F".repeat(30)).build());
        assertThat(team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("firstName").asString()).hasSize(30);
    }

    private static void assertTooLong(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo(20043);
        assertThat(response.message()).startsWith(field);
    }
}
