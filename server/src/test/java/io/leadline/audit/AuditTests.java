package io.leadline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Issue 31's access audit: reads of a lead's full record and exports, who and how, for the owner; trimmed by age. */
abstract class AuditTests extends ApiTestBase {

    @Autowired
    AccessAudit audit;

    @Autowired
    AuditRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsOfALeadsRecordAndExportsAreRecordedWithWhoAndWhichCredentialAndListsAreNot() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "emails", List.of("carla@example.com"),
                "assignedUserId", agent.userId()));
        assertThat(agent.client().get("/v1.0/leads/" + lead).status()).isEqualTo(200);
        assertThat(team.owner().get("/v1.0/leads/" + lead).status()).isEqualTo(200);
        assertThat(agent.client().get("/v1.0/leads?limit=10").status()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/exports/leads?stage=New%20Lead").status()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/people/export?email=carla@example.com").status()).isEqualTo(200);
        audit.write();

        JsonNode ofLead = team.owner().get("/leadline/v1/audit?leadId=" + lead).json().path("entries");
        assertThat(ofLead).extracting(entry -> entry.path("action").asString())
                .containsExactly("lead.read", "lead.read", "person.export");
        assertThat(ofLead.get(0).path("userId").asLong()).isEqualTo(agent.userId());
        assertThat(ofLead.get(0).path("credentialId").asLong()).isPositive();
        assertThat(ofLead.get(0).path("at").asString()).isNotBlank();
        assertThat(ofLead.get(2).path("detail").asString()).isEqualTo("by email");

        JsonNode byOwner = team.owner().get("/leadline/v1/audit?userId=" + team.ownerUserId()).json().path("entries");
        assertThat(byOwner).extracting(entry -> entry.path("action").asString())
                .containsExactly("lead.read", "leads.export", "person.export");
        assertThat(byOwner.get(1).path("detail").asString()).as("the export's parameters by name, never their values")
                .isEqualTo("format=csv; filtered by stage").doesNotContain("New Lead");
        assertThat(team.owner().get("/leadline/v1/audit?userId=" + team.ownerUserId() + "&limit=2").json().path("next")
                .asLong()).isEqualTo(byOwner.get(1).path("id").asLong());
        assertThat(newTeam().owner().get("/leadline/v1/audit?leadId=" + lead).json().path("entries"))
                .as("another team's owner sees none of it").isEmpty();
    }

    @Test
    void onlyTheOwnerReadsItAndNamesWhoseAccesses() {
        TestTeam team = newTeam();
        assertThat(team.member("ADMIN", null).client().get("/leadline/v1/audit?userId=1").status()).isEqualTo(403);
        assertThat(team.agent(null).client().get("/leadline/v1/audit?userId=1").status()).isEqualTo(403);
        ApiResponse neither = team.owner().get("/leadline/v1/audit");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.message()).contains("leadId or userId is required");
    }

    @Test
    void entriesPastTheRetentionAreTrimmedAndNewerOnesStay() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), Map.of("firstName", "Old"));
        team.owner().get("/v1.0/leads/" + lead);
        audit.write();
        jdbc.sql("INSERT INTO lead_access_audit (id, team_id, action, lead_id, user_id, credential_id, credential_name, at)"
                        + " VALUES (:id, :teamId, 'lead.read', :leadId, :userId, 0, 'old key', :at)")
                .param("id", 1L).param("teamId", team.teamId()).param("leadId", lead).param("userId", team.ownerUserId())
                .param("at", OffsetDateTime.now().minusDays(366)).update();
        assertThat(team.owner().get("/leadline/v1/audit?leadId=" + lead).json().path("entries")).hasSize(2);
        assertThat(retention.trim()).isGreaterThanOrEqualTo(1);
        JsonNode left = team.owner().get("/leadline/v1/audit?leadId=" + lead).json().path("entries");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).path("credentialName").asString()).isNotEqualTo("old key");
    }
}
