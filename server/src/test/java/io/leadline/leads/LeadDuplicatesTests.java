package io.leadline.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 31: a lead's likely duplicates, strong by email or phone, weak by name and address, as the caller sees them. */
abstract class LeadDuplicatesTests extends ApiTestBase {

    @Test
    void leadsSharingAnEmailOrPhoneAreStrongAndTheSameNameAtTheSameAddressIsWeak() {
        TestTeam team = newTeam();
        long carla = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz",
                "emails", List.of("carla@example.com"), "phones", List.of("(555) 000-1111"),
                "streetAddress", "1 Main St", "zipCode", "62701"));
        long byEmail = team.createLead(team.owner(), Map.of("firstName", "C.", "emails", List.of(" CARLA@example.com")));
        long byBoth = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com"),
                "phones", List.of("555.000.1111")));
        long byAddress = team.createLead(team.owner(), Map.of("firstName", "carla", "lastName", "DIAZ",
                "streetAddress", "1 main st", "zipCode", "62701"));
        long trashed = team.createLead(team.owner(), Map.of("firstName", "Old", "emails", List.of("carla@example.com")));
        team.owner().delete("/v1.0/leads/" + trashed + "?reason=test");
        team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "streetAddress", "9 Elm St",
                "zipCode", "62701"));

        JsonNode duplicates = team.owner().get("/leadline/v1/leads/" + carla + "/duplicates").json().path("duplicates");
        assertThat(duplicates).extracting(lead -> lead.path("leadId").asLong()).containsExactly(byEmail, byBoth, byAddress);
        assertThat(duplicates.get(0).path("matchedBy")).extracting(JsonNode::asString).containsExactly("email");
        assertThat(duplicates.get(1).path("matchedBy")).extracting(JsonNode::asString).containsExactly("email", "phone");
        assertThat(duplicates).extracting(lead -> lead.path("signal").asString()).containsExactly("strong", "strong", "weak");
        assertThat(duplicates.get(2).path("matchedBy")).extracting(JsonNode::asString).containsExactly("name and address");
        assertThat(duplicates.get(0).path("createTime").asString()).isNotBlank();
        assertThat(team.owner().get("/leadline/v1/leads/" + byEmail + "/duplicates").json().path("duplicates"))
                .extracting(lead -> lead.path("leadId").asLong()).containsExactly(carla, byBoth);
    }

    @Test
    void onlyLeadsTheCallerSeesAreNamedAndAnInvisibleLeadIsNotFound() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long mine = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com"),
                "assignedUserId", agent.userId()));
        long alsoMine = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com"),
                "assignedUserId", agent.userId()));
        long ownersOwn = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com"),
                "ownershipScope", "PERSONAL", "ownershipId", team.ownerUserId()));

        assertThat(agent.client().get("/leadline/v1/leads/" + mine + "/duplicates").json().path("duplicates"))
                .extracting(lead -> lead.path("leadId").asLong()).containsExactly(alsoMine);
        assertThat(team.owner().get("/leadline/v1/leads/" + mine + "/duplicates").json().path("duplicates"))
                .extracting(lead -> lead.path("leadId").asLong()).containsExactly(alsoMine, ownersOwn);
        assertThat(agent.client().get("/leadline/v1/leads/" + ownersOwn + "/duplicates").status()).isEqualTo(404);
        assertThat(newTeam().owner().get("/leadline/v1/leads/" + mine + "/duplicates").status()).isEqualTo(404);
    }
}
