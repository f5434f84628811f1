package io.leadline.transactions;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Transactions V2 search and pipelines, transaction custom fields and property addresses (LL issue 17). */
abstract class TransactionsV2ApiTests extends ApiTestBase {

    @Test
    void searchListsTheCallersVisibleTransactionsByTypeLeadAndKey() {
        TestTeam team = newTeam();
        long office = team.office("North", null);
        TestTeam.TestMember agent = team.agent(office);
        long agentsLead = team.createLead(team.owner(), aLead().with("firstName", "Ann").with("lastName", "Archer")
                .with("assignedUserId", agent.userId()).build());
        long hiddenLead = team.createLead(team.owner(), aLead().with("firstName", "Hal").with("isHidden", true).build());
        long trashedLead = team.createLead(team.owner(), aLead().with("firstName", "Tom").build());
        long purchase = transaction(team.owner(), agentsLead, Map.of("transactionName", "Buying on Elm", "homePrice", 500000));
        long listing = transaction(team.owner(), agentsLead, Map.of("transactionName", "Selling on Oak Street", "transactionType", "Listing"));
        long hidden = transaction(team.owner(), hiddenLead, Map.of("transactionName", "Secret deal"));
        transaction(team.owner(), trashedLead, Map.of("transactionName", "Gone deal"));
        assertThat(team.owner().delete("/v1.0/leads/" + trashedLead + "?reason=test").status()).isEqualTo(200);

        ApiResponse purchases = team.owner().get("/v2.0/transactions");
        assertThat(purchases.status()).as(purchases.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("TransactionV2PageResponse", purchases.json())).isEmpty();
        assertThat(ids(purchases)).containsExactly(hidden, purchase);
        assertThat(purchases.json().path("totalCount").asLong()).isEqualTo(2);
        assertThat(purchases.json().path("pageSize").asInt()).isEqualTo(20);
        JsonNode item = purchases.json().path("pageData").get(1);
        assertThat(item.path("leadName").asString()).isEqualTo("Ann Archer");
        assertThat(item.path("agentName").asString()).startsWith("Agent ");
        assertThat(item.path("assignedAgent").asLong()).isEqualTo(agent.userId());
        assertThat(item.path("transactionStatus").asString()).isEqualTo("Pre-Approval");
        assertThat(item.path("homePrice").decimalValue()).isEqualByComparingTo("500000");

        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=all"))).containsExactly(hidden, listing, purchase);
        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=LISTING"))).containsExactly(listing);
        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=All&leadId=" + agentsLead))).containsExactly(listing, purchase);
        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=All&queryKey=archer"))).containsExactly(listing, purchase);
        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=All&queryKey=on%20oak"))).containsExactly(listing);
        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=All&queryKey=50%25"))).isEmpty();
        assertThat(ids(team.owner().get("/v2.0/transactions?transactionType=All&queryKey=Selling%20on%20Oak%20XYZ"))).containsExactly(listing);
        ApiResponse paged = team.owner().get("/v2.0/transactions?transactionType=All&pageSize=2&pageNum=1");
        assertThat(ids(paged)).containsExactly(purchase);
        assertThat(paged.json().path("totalCount").asLong()).isEqualTo(3);
        assertThat(paged.json().path("pageNum").asInt()).isEqualTo(1);

        assertThat(ids(agent.client().get("/v2.0/transactions?transactionType=All"))).containsExactly(listing, purchase);
        assertThat(ids(newTeam().owner().get("/v2.0/transactions?transactionType=All"))).isEmpty();
    }

    @Test
    void searchRejectsBadPaging() {
        ApiClient owner = newTeam().owner();
        assertThat(owner.get("/v2.0/transactions?pageSize=0").code()).isEqualTo(20042);
        assertThat(owner.get("/v2.0/transactions?pageSize=101").code()).isEqualTo(20042);
        ApiResponse negative = owner.get("/v2.0/transactions?pageNum=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.code()).isEqualTo(20012);
        assertThat(negative.message()).contains("pageNum");
        ApiResponse type = owner.get("/v2.0/transactions?transactionType=Rental");
        assertThat(type.code()).isEqualTo(20012);
        assertThat(type.message()).contains("transactionType");
        assertThat(owner.get("/v2.0/transactions?leadId=abc").code()).isEqualTo(20012);
    }

    @Test
    void pipelinesListEveryTypeWithStableStageIds() {
        ApiResponse response = newTeam().owner().get("/v2.0/transactions/pipelines");
        assertThat(response.status()).isEqualTo(200);
        assertThat(LoftySchema.problems("TransactionPipelinesV2Response", response.json())).isEmpty();
        JsonNode pipelines = response.json().path("pipelines");
        assertThat(pipelines.valueStream().map(p -> p.path("transactionType").asString()).toList())
                .containsExactly("Purchase", "Listing", "Lease", "Other");
        JsonNode purchase = pipelines.get(0).path("stages");
        assertThat(purchase.get(0).path("name").asString()).isEqualTo("Pre-Approval");
        assertThat(purchase.get(0).path("default").asBoolean()).isTrue();
        assertThat(purchase.get(1).path("default").asBoolean()).isFalse();
        assertThat(purchase.get(0).path("id").asLong()).isEqualTo(101);
        assertThat(pipelines.get(1).path("stages").get(1).path("id").asLong()).isEqualTo(202);
    }

    @Test
    void customFieldsAreDefinedListedAndCheckedOnTransactions() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        assertThat(team.owner().get("/v1.0/transaction/customfields").json()).isEmpty();
        long escrow = define(team.owner(), Map.of("name", "Escrow company", "type", "text"));
        long fee = define(team.owner(), Map.of("name", "Fee", "type", "CURRENCY"));
        long source = define(team.owner(), Map.of("name", "Deal source", "type", "single-select",
                "options", List.of("Referral", Map.of("label", "Open house", "value", "oh"))));
        long perks = define(team.owner(), Map.of("name", "Perks", "type", "MULTI_SELECT", "options", List.of("Pool", "Garage")));

        JsonNode listed = agent.client().get("/v1.0/transaction/customfields").json();
        assertThat(listed).hasSize(4);
        listed.forEach(f -> assertThat(LoftySchema.problems("CustomFieldResponse", f)).isEmpty());
        assertThat(listed.get(2).path("type").asString()).isEqualTo("Single-Select");
        assertThat(ApiClient.JSON.readTree(listed.get(2).path("params").asString()).get(1).path("value").asString()).isEqualTo("oh");
        assertThat(listed.get(0).path("params").isNull()).isTrue();

        long leadId = team.createLead(team.owner(), aLead().build());
        ApiResponse created = team.owner().post("/v1.0/leads/" + leadId + "/transaction", Map.of("transactionName", "Deal",
                "customFields", List.of(Map.of("id", escrow, "value", "First Escrow"), Map.of("id", fee, "value", 1250.5),
                        Map.of("id", source, "value", "Open house"), Map.of("id", perks, "value", "[\"Pool\",\"Garage\"]"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode values = created.json().path("customFields");
        assertThat(values.get(1).path("value").asString()).isEqualTo("1250.5");
        assertThat(values.get(3).path("value").asString()).isEqualTo("[\"Pool\",\"Garage\"]");

        String path = "/v1.0/leads/" + leadId + "/transaction/" + created.json().path("transactionId").asLong();
        assertRefused(team.owner().put(path, Map.of("customFields", List.of(Map.of("id", 4503599627370001L, "value", "x")))),
                "customFields[0].id");
        assertRefused(team.owner().put(path, Map.of("customFields", List.of(Map.of("id", fee, "value", "cheap")))), "customFields[0].value");
        assertRefused(team.owner().put(path, Map.of("customFields", List.of(Map.of("id", source, "value", "Billboard")))),
                "customFields[0].value");
        assertRefused(team.owner().put(path, Map.of("customFields", List.of(Map.of("id", perks, "value", List.of("Pool", "Moat"))))),
                "customFields[0].value[1]");
        assertRefused(team.owner().put(path, Map.of("customFields", List.of(Map.of("id", escrow), Map.of("id", escrow)))),
                "customFields[1].id");
        assertThat(team.owner().get(path).json().path("customFields")).isEqualTo(values);

        ApiResponse replaced = team.owner().put(path, Map.of("customFields", List.of(Map.of("id", perks, "value", List.of("Garage")))));
        assertThat(replaced.json().path("customFields")).hasSize(1);
        assertThat(replaced.json().path("customFields").get(0).path("value").asString()).isEqualTo("[\"Garage\"]");
    }

    @Test
    void customFieldDefinitionsAreForOwnersAndAdminsAndChecked() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        ApiResponse byAgent = agent.client().post("/leadline/v1/transaction-custom-fields", Map.of("name", "X", "type", "TEXT"));
        assertThat(byAgent.status()).isEqualTo(403);
        assertRefused(team.owner().post("/leadline/v1/transaction-custom-fields", Map.of("type", "TEXT")), "name");
        assertRefused(team.owner().post("/leadline/v1/transaction-custom-fields", Map.of("name", "X", "type", "COLOR")), "type");
        assertRefused(team.owner().post("/leadline/v1/transaction-custom-fields", Map.of("name", "X", "type", "Single-Select")), "options");
        assertRefused(team.owner().post("/leadline/v1/transaction-custom-fields",
                Map.of("name", "X", "type", "TEXT", "options", List.of("a"))), "options");
        assertRefused(team.owner().post("/leadline/v1/transaction-custom-fields",
                Map.of("name", "X", "type", "Multi-Select", "options", List.of("a", "a"))), "options[1]");
        long field = define(team.owner(), Map.of("name", "Lender", "type", "TEXT"));
        assertThat(team.owner().post("/leadline/v1/transaction-custom-fields", Map.of("name", "lender", "type", "TEXT")).status())
                .isEqualTo(409);
        assertThat(team.owner().get("/v1.0/transaction/customfields").json()).hasSize(1);

        assertThat(team.owner().delete("/leadline/v1/transaction-custom-fields/" + field).status()).isEqualTo(200);
        assertThat(team.owner().delete("/leadline/v1/transaction-custom-fields/" + field).status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/transaction/customfields").json()).isEmpty();
    }

    @Test
    void aTransactionsPropertyAddressIsSetReplacedAndRead() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long transactionId = transaction(team.owner(), leadId, Map.of("transactionName", "Deal"));
        String address = "/v1.0/leads/" + leadId + "/transaction/" + transactionId + "/property/address";
        assertThat(team.owner().get(address).code()).isEqualTo(20007);
        long before = team.owner().get("/v1.0/leads/" + leadId + "/transaction/" + transactionId).json().path("updated").asLong();

        ApiResponse set = team.owner().post("/v1.0/leads/" + leadId + "/transaction/property/address", Map.of(
                "transactionId", transactionId, "streetAddress", " 12 Elm St ", "unit", "4B", "city", "Austin", "state", "TX",
                "zipCode", "78701", "county", "Travis", "label", "Primary Residence"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("TransactionCallbackResponse", set.json())).isEmpty();
        assertThat(set.json().path("code").asInt()).isZero();

        JsonNode read = team.owner().get(address).json();
        assertThat(LoftySchema.problems("LeadTransactionPropertyAddress", read)).isEmpty();
        assertThat(read.path("transactionId").asLong()).isEqualTo(transactionId);
        assertThat(read.path("streetAddress").asString()).isEqualTo("12 Elm St");
        assertThat(read.path("label").asString()).isEqualTo("Primary Residence");
        assertThat(team.owner().get("/v1.0/leads/" + leadId + "/transaction/" + transactionId).json().path("updated").asLong())
                .isGreaterThanOrEqualTo(before);
        assertThat(ids(team.owner().get("/v2.0/transactions?queryKey=elm%20st"))).containsExactly(transactionId);

        team.owner().post("/v1.0/leads/" + leadId + "/transaction/property/address", Map.of("transactionId", transactionId, "city", "Dallas"));
        JsonNode replaced = team.owner().get(address).json();
        assertThat(replaced.path("city").asString()).isEqualTo("Dallas");
        assertThat(replaced.path("streetAddress").isNull()).isTrue();
    }

    @Test
    void propertyAddressRefusesBadInputAndForeignIds() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long otherLead = team.createLead(team.owner(), aLead().build());
        long transactionId = transaction(team.owner(), leadId, Map.of("transactionName", "Deal"));
        String post = "/v1.0/leads/" + leadId + "/transaction/property/address";

        assertRefused(team.owner().post(post, Map.of("city", "Austin")), "transactionId");
        assertThat(team.owner().post(post, Map.of("transactionId", transactionId, "county", "Travis")).code()).isEqualTo(200057);
        assertRefused(team.owner().post(post, Map.of("transactionId", transactionId, "zipCode", "1".repeat(21))), "zipCode");
        assertThat(team.owner().post("/v1.0/leads/" + otherLead + "/transaction/property/address",
                Map.of("transactionId", transactionId, "city", "Austin")).code()).isEqualTo(200060);
        assertThat(team.owner().post("/v1.0/leads/4503599627370001/transaction/property/address",
                Map.of("transactionId", transactionId, "city", "Austin")).code()).isEqualTo(20006);
        assertThat(team.owner().get("/v1.0/leads/" + otherLead + "/transaction/" + transactionId + "/property/address").code())
                .isEqualTo(200060);
        assertThat(newTeam().owner().post(post, Map.of("transactionId", transactionId, "city", "Austin")).code()).isEqualTo(20006);
        assertThat(team.owner().get("/v1.0/leads/" + leadId + "/transaction/" + transactionId + "/property/address").code())
                .isEqualTo(20007);
    }

    private static long transaction(ApiClient client, long leadId, Map<String, Object> body) {
        ApiResponse created = client.post("/v1.0/leads/" + leadId + "/transaction", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("transactionId").asLong();
    }

    private static long define(ApiClient owner, Map<String, Object> body) {
        ApiResponse created = owner.post("/leadline/v1/transaction-custom-fields", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static List<Long> ids(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("pageData").valueStream().map(t -> t.path("transactionId").asLong()).toList();
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).as(response.toString()).contains(field);
    }
}
