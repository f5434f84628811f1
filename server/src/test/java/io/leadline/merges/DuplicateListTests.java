package io.leadline.merges;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Issue 31: the team's sets of live leads sharing an email or phone, as each caller sees them, in pages with a total. */
abstract class DuplicateListTests extends ApiTestBase {

    @Autowired
    DuplicateSweep sweep;

    @Test
    void setsOfLiveVisibleLeadsSharingAnEmailOrPhoneAreListedInPagesWithTheirTotal() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long ann = team.createLead(team.owner(), Map.of("firstName", "Ann", "emails", List.of("ann@example.org")));
        long annAgain = team.createLead(team.owner(), Map.of("firstName", "Ann", "emails", List.of("ANN@example.org ")));
        long trashed = team.createLead(team.owner(), Map.of("firstName", "Ann", "emails", List.of("ann@example.org")));
        assertThat(team.owner().delete("/v1.0/leads/" + trashed + "?reason=test").status()).isEqualTo(200);
        long bo = team.createLead(team.owner(), Map.of("firstName", "Bo", "phones", List.of("(555) 000-4444")));
        long boAgain = team.createLead(team.owner(), Map.of("firstName", "Bo", "phones", List.of("555-000-4444")));
        long agents = team.createLead(agent.client(), Map.of("firstName", "Cy", "emails", List.of("cy@example.org")));
        long owners = team.createLead(team.owner(), Map.of("firstName", "Cy", "emails", List.of("cy@example.org"),
                "assignedUserId", team.ownerUserId()));
        team.createLead(team.owner(), Map.of("firstName", "Dee", "emails", List.of("dee@example.org")));
        assertThat(team.owner().get("/leadline/v1/duplicates").json().path("duplicates")).as("before a sweep").isEmpty();

        sweep.sweep(team.teamId());
        JsonNode first = team.owner().get("/leadline/v1/duplicates?limit=2").json();
        assertThat(first.path("_metadata").path("total").asLong()).isEqualTo(3);
        assertThat(first.path("_metadata").path("sweptAt").asString()).isNotBlank();
        List<String> sets = new ArrayList<>();
        JsonNode page = first;
        while (true) {
            page.path("duplicates").forEach(set -> {
                assertThat(set.path("signal").asString()).isEqualTo("strong");
                List<Long> ids = new ArrayList<>();
                set.path("leads").forEach(lead -> ids.add(lead.path("leadId").asLong()));
                sets.add(set.path("matchedBy").toString() + " " + set.path("values").toString() + " " + ids);
            });
            String next = page.path("_metadata").path("next").asString(null);
            if (next == null) {
                break;
            }
            page = team.owner().get("/leadline/v1/duplicates?limit=2&after=" + next).json();
        }
        assertThat(sets).containsExactly("[\"email\"] [\"ann@example.org\"] " + List.of(ann, annAgain),
                "[\"phone\"] [\"5550004444\"] " + List.of(bo, boAgain),
                "[\"email\"] [\"cy@example.org\"] " + List.of(agents, owners));

        assertThat(agent.client().get("/leadline/v1/duplicates").json().path("_metadata").path("total").asLong())
                .as("the agent sees one lead of each set").isZero();
        assertThat(team.owner().put("/v1.0/leads/" + annAgain, Map.of("emails", List.of("other@example.org"))).status())
                .isEqualTo(200);
        JsonNode beforeSweep = team.owner().get("/leadline/v1/duplicates").json();
        assertThat(beforeSweep.path("duplicates").toString()).as("a set no longer shared is not shown, even before the"
                + " next sweep").doesNotContain("ann@example.org").contains("cy@example.org");
        assertThat(beforeSweep.path("_metadata").path("total").asLong()).as("the total is the last sweep's").isEqualTo(3);
        sweep.sweep(team.teamId());
        assertThat(team.owner().get("/leadline/v1/duplicates").json().path("_metadata").path("total").asLong()).isEqualTo(2);
        assertThat(newTeam().owner().get("/leadline/v1/duplicates").json().path("duplicates")).isEmpty();
    }

    @Test
    void aLeadSharingAnEmailWithOneLeadAndAPhoneWithAnotherJoinsTheirSets() {
        TestTeam team = newTeam();
        long first = team.createLead(team.owner(), Map.of("firstName", "Gil", "emails", List.of("gil@example.org")));
        long both = team.createLead(team.owner(), Map.of("firstName", "Gil", "emails", List.of("gil@example.org"),
                "phones", List.of("5550005555")));
        long third = team.createLead(team.owner(), Map.of("firstName", "Gil", "phones", List.of("5550005555")));
        sweep.sweep(team.teamId());
        JsonNode sets = team.owner().get("/leadline/v1/duplicates").json().path("duplicates");
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).path("leads")).extracting(lead -> lead.path("leadId").asLong()).containsExactly(first, both);
        assertThat(sets.get(1).path("leads")).extracting(lead -> lead.path("leadId").asLong()).containsExactly(both, third);
        assertThat(sets.get(1).path("matchedBy")).extracting(JsonNode::asString).containsExactly("phone");
    }

    @Test
    void theWeakerLikenessTheSameNameAtTheSameStreetAndZipOrCityIsItsOwnList() {
        TestTeam team = newTeam();
        long first = team.createLead(team.owner(), Map.of("firstName", "Hal", "lastName", "Ito",
                "streetAddress", "3 Pine St", "city", "Austin", "zipCode", "78701"));
        long second = team.createLead(team.owner(), Map.of("firstName", "HAL", "lastName", "ito",
                "streetAddress", "3 pine st", "city", "AUSTIN"));
        team.createLead(team.owner(), Map.of("firstName", "Hal", "lastName", "Ito", "streetAddress", "3 Pine St",
                "city", "Dallas", "zipCode", "75201"));
        sweep.sweep(team.teamId());

        JsonNode weak = team.owner().get("/leadline/v1/duplicates?signal=weak").json();
        assertThat(weak.path("_metadata").path("total").asLong()).isEqualTo(1);
        JsonNode set = weak.path("duplicates").get(0);
        assertThat(set.path("signal").asString()).isEqualTo("weak");
        assertThat(set.path("matchedBy")).extracting(JsonNode::asString).containsExactly("name and address");
        assertThat(set.path("values")).as("the address is not echoed").isEmpty();
        assertThat(set.path("leads")).extracting(lead -> lead.path("leadId").asLong())
                .as("the same street in another city and zip is not alike").containsExactly(first, second);
        assertThat(team.owner().get("/leadline/v1/duplicates").json().path("duplicates")).as("nothing strong").isEmpty();
        ApiResponse badSignal = team.owner().get("/leadline/v1/duplicates?signal=maybe");
        assertThat(badSignal.status()).isEqualTo(400);
        assertThat(badSignal.message()).contains("signal");
    }

    @Test
    void aBadPageIsRefusedNamingTheParameter() {
        TestTeam team = newTeam();
        ApiResponse badLimit = team.owner().get("/leadline/v1/duplicates?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.message()).contains("limit");
        ApiResponse badCursor = team.owner().get("/leadline/v1/duplicates?after=not-a-set");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.message()).contains("after");
    }
}
