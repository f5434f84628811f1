package io.leadline.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 31: a person's leads found by email or phone, and everything held about them exported, on both databases. */
abstract class PeopleTests extends ApiTestBase {

    @Test
    void aPersonsLeadsAreFoundLiveOrTrashedByTheirEmailOrPhoneAsTheSearchComparesThem() {
        TestTeam team = newTeam();
        long carla = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("Carla@Example.com"),
                "phones", List.of("(555) 000-1111")));
        long again = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "D", "emails",
                List.of("other@example.com", "carla@example.com")));
        team.createLead(team.owner(), Map.of("firstName", "Dana", "emails", List.of("dana@example.com")));
        assertThat(team.owner().delete("/v1.0/leads/" + again + "?reason=test").status()).isEqualTo(200);

        JsonNode byEmail = team.owner().get("/leadline/v1/people?email=%20CARLA@example.com").json();
        assertThat(byEmail.path("list").asString()).isEqualTo("email");
        assertThat(byEmail.path("leads")).extracting(lead -> lead.path("leadId").asLong()).containsExactly(carla, again);
        assertThat(byEmail.path("leads")).extracting(lead -> lead.path("trashed").asBoolean()).containsExactly(false, true);
        assertThat(team.owner().get("/leadline/v1/people?phone=555-000-1111").json().path("leads"))
                .extracting(lead -> lead.path("leadId").asLong()).containsExactly(carla);
        assertThat(newTeam().owner().get("/leadline/v1/people?email=carla@example.com").json().path("leads"))
                .as("another team's leads are not its").isEmpty();
    }

    @Test
    void anExportHoldsEveryFeaturesRowsOfThePersonsLeads() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com"),
                "phones", List.of("5550001111"), "tags", List.of("buyer")));
        team.addOneRecordOfEachKind(lead, "5550001111");

        ApiResponse exported = team.owner().get("/leadline/v1/people/export?email=carla@example.com");
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        JsonNode export = exported.json();
        assertThat(export.path("exportedAt").asString()).isNotBlank();
        assertThat(export.path("leads")).hasSize(1);
        JsonNode tables = export.path("leads").get(0).path("tables");
        assertThat(tables.path("leads").get(0).path("first_name").asString()).isEqualTo("Carla");
        assertThat(tables.path("lead_list_items").toString()).contains("carla@example.com").contains("5550001111");
        assertThat(tables.path("lead_tags")).hasSize(1);
        assertThat(tables.path("notes").get(0).path("content").asString()).isEqualTo("Wants a garden, \"big\" one");
        assertThat(tables.path("tasks").get(0).path("content").asString()).isEqualTo("Call back");
        assertThat(tables.path("communications")).hasSize(1);
        assertThat(tables.path("lead_transactions").toString()).contains("12 Oak St");
        assertThat(tables.path("timeline_entries").size()).isGreaterThanOrEqualTo(3);
        assertThat(tables.path("lead_terms").toString()).contains("carla");
        assertThat(tables.path("routing_decisions").isArray()).isTrue();
    }

    @Test
    void onlyOwnersAndAdminsAskAndThePersonIsNamedByOneAddress() {
        TestTeam team = newTeam();
        team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com")));
        assertThat(team.agent(null).client().get("/leadline/v1/people?email=carla@example.com").status()).isEqualTo(403);
        assertThat(team.agent(null).client().get("/leadline/v1/people/export?email=carla@example.com").status()).isEqualTo(403);

        ApiResponse neither = team.owner().get("/leadline/v1/people");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.message()).contains("email or phone is required");
        ApiResponse both = team.owner().get("/leadline/v1/people/export?email=a@example.com&phone=5550001111");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.message()).contains("both given");
        ApiResponse nothing = team.owner().get("/leadline/v1/people?phone=call-me");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.message()).contains("phone").contains("holds nothing to compare");
    }
}
