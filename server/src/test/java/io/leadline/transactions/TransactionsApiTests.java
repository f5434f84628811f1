package io.leadline.transactions;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lofty's lead transactions (LL issue 3). */
abstract class TransactionsApiTests extends ApiTestBase {

    @Test
    void transactionsAreCreatedListedReadAndPartiallyUpdated() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long leadId = team.createLead(team.owner(), aLead().with("lastName", "Li").with("assignedUserId", agent.userId()).build());
        String base = "/v1.0/leads/" + leadId;

        ApiResponse created = team.owner().post(base + "/transaction", Map.of(
                "transactionName", "22 Regnart Rd", "transactionType", "Listing", "transactionStatus", "active",
                "homePrice", 750000, "commissionRate", 2.5, "expectedCloseDate", 1767225600000L,
                "commissions", Map.of("split", List.of(Map.of("payType", "AGENT", "value", 50)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode transaction = created.json();
        long transactionId = transaction.path("transactionId").asLong();
        assertThat(transactionId).isPositive();
        assertThat(transaction.path("transactionName").asString()).isEqualTo("22 Regnart Rd");
        assertThat(transaction.path("transactionType").asString()).isEqualTo("Listing");
        assertThat(transaction.path("transactionStatus").asString()).isEqualTo("Active");
        assertThat(transaction.path("homePrice").decimalValue()).isEqualByComparingTo("750000");
        assertThat(transaction.path("expectedCloseDate").asLong()).isEqualTo(1767225600000L);
        assertThat(transaction.path("leadName").asString()).isEqualTo("Bob Li");
        assertThat(transaction.path("assignedAgent").asLong()).isEqualTo(agent.userId());
        assertThat(transaction.path("created").asLong()).isPositive();
        assertThat(transaction.path("commissions").path("split").get(0).path("value").asInt()).isEqualTo(50);

        ApiResponse updated = team.owner().put(base + "/transaction/" + transactionId,
                Map.of("transactionStatus", "Under Contract", "gci", 18750));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("transactionStatus").asString()).isEqualTo("Under Contract");
        assertThat(updated.json().path("gci").decimalValue()).isEqualByComparingTo("18750");
        assertThat(updated.json().path("homePrice").decimalValue()).isEqualByComparingTo("750000");
        assertThat(updated.json().path("transactionName").asString()).isEqualTo("22 Regnart Rd");

        JsonNode read = team.owner().get(base + "/transaction/" + transactionId).json();
        assertThat(read.path("transactionStatus").asString()).isEqualTo("Under Contract");
        JsonNode list = team.owner().get(base + "/transactions").json();
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
    }

    @Test
    void unknownTypesAndStatusesFallBackOnCreateAndAreRejectedOnUpdate() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        String base = "/v1.0/leads/" + leadId;

        JsonNode created = team.owner().post(base + "/transaction",
                Map.of("transactionName", "Deal", "transactionType", "listing", "transactionStatus", "Nowhere")).json();
        assertThat(created.path("transactionType").asString()).isEqualTo("Purchase");
        assertThat(created.path("transactionStatus").asString()).isEqualTo("Pre-Approval");

        ApiResponse badStatus = team.owner().put(base + "/transaction/" + created.path("transactionId").asLong(),
                Map.of("transactionStatus", "Nowhere"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.code()).isEqualTo(200125);
        assertThat(badStatus.message()).contains("transactionStatus");
    }

    @Test
    void rejectsBadTransactionsAndForeignIds() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long otherLead = team.createLead(team.owner(), aLead().build());
        long foreignId = team.owner().post("/v1.0/leads/" + otherLead + "/transaction", Map.of("transactionName", "Other"))
                .json().path("transactionId").asLong();
        String base = "/v1.0/leads/" + leadId;

        assertThat(team.owner().post(base + "/transaction", Map.of("homePrice", 1)).code()).isEqualTo(200062);
        assertThat(team.owner().post(base + "/transaction", Map.of("transactionName", "<script>")).code()).isEqualTo(200062);
        assertThat(team.owner().post(base + "/transaction", Map.of("transactionName", "x", "homePrice", -1)).message())
                .contains("homePrice");
        assertThat(team.owner().post(base + "/transaction", Map.of("transactionName", "x", "closeDate", "tomorrow")).message())
                .contains("closeDate");
        ApiResponse crossLead = team.owner().get(base + "/transaction/" + foreignId);
        assertThat(crossLead.status()).isEqualTo(404);
        assertThat(crossLead.code()).isEqualTo(200060);
        assertThat(team.owner().put(base + "/transaction/" + foreignId, Map.of("gci", 1)).code()).isEqualTo(200060);
        assertThat(team.owner().get("/v1.0/leads/99/transactions").code()).isEqualTo(20006);
        assertThat(team.agent(null).client().get(base + "/transactions").code()).isEqualTo(20006);
    }

    @Test
    void leadTransactionOnLeadWritesGoesThroughTheSameRules() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("leadTransaction",
                Map.of("transactionName", "From create", "transactionType", "Lease", "transactionStatus", "leased")).build());
        String base = "/v1.0/leads/" + leadId;
        JsonNode list = team.owner().get(base + "/transactions").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("transactionStatus").asString()).isEqualTo("Leased");
        long transactionId = list.get(0).path("transactionId").asLong();

        team.owner().put(base, Map.of("leadTransaction", Map.of("transactionId", transactionId, "homePrice", 2400)));
        team.owner().put(base, Map.of("leadTransaction", Map.of("transactionName", "Second deal")));
        list = team.owner().get(base + "/transactions").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("homePrice").decimalValue()).isEqualByComparingTo("2400");
        assertThat(list.get(1).path("transactionName").asString()).isEqualTo("Second deal");

        ApiResponse bad = team.owner().put(base, Map.of("firstName", "Changed", "leadTransaction",
                Map.of("transactionId", transactionId, "transactionStatus", "Bogus")));
        assertThat(bad.code()).isEqualTo(200125);
        assertThat(bad.message()).contains("leadTransaction.transactionStatus");
        assertThat(team.owner().get(base).json().path("lead").path("firstName").asString()).isEqualTo("Bob");
        ApiResponse rejectedCreate = team.owner().post("/v1.0/leads", aLead().with("leadTransaction", Map.of("homePrice", 1)).build());
        assertThat(rejectedCreate.code()).isEqualTo(200062);
        assertThat(rejectedCreate.message()).contains("leadTransaction.transactionName");
    }
}
