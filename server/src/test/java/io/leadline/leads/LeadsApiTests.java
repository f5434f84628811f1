package io.leadline.leads;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestLeads;
import io.leadline.testing.TestTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The Lofty lead resource over HTTP (LL issue 2), run on H2 and on PostgreSQL by the subclasses. */
abstract class LeadsApiTests extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedCreatePayloadRoundTripsThroughGet() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        assertThat(team.owner().post("/leadline/v1/pipelines", Map.of("name", "Pending")).status()).isEqualTo(201);
        assertThat(team.owner().post("/v1.0/teamFeatures/custom-field",
                Map.of("attributeName", "Budget", "attributeType", "number")).json().asString()).isEqualTo("success");

        ApiResponse created = team.owner().post("/v1.0/leads", TestLeads.seedPayload(agent.userId(), team.ownerUserId()));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.json().path("leadId").isNumber()).isTrue();
        assertThat(created.leadId()).isPositive().isLessThanOrEqualTo((1L << 53) - 1);

        JsonNode lead = team.owner().get("/v1.0/leads/" + created.leadId()).json().path("lead");
        assertThat(lead.path("leadId").asLong()).isEqualTo(created.leadId());
        assertThat(lead.path("teamId").asLong()).isEqualTo(team.teamId());
        assertThat(lead.path("firstName").asString()).isEqualTo("Bob");
        assertThat(lead.path("lastName").asString()).isEqualTo("Li");
        assertThat(lead.path("cannotText").asBoolean()).isTrue();
        assertThat(lead.path("cannotCall").asBoolean()).isTrue();
        assertThat(lead.path("cannotEmail").asBoolean()).isTrue();
        assertThat(strings(lead.path("emails"))).containsExactly("jane.doe@example.com", "jdoe-work@company.com");
        assertThat(strings(lead.path("phones"))).containsExactly("+14155551234", "+12125559876");
        assertThat(lead.path("leadTypes").toString()).isEqualTo("[2,5]");
        assertThat(lead.path("assignedUserId").asLong()).isEqualTo(agent.userId());
        assertThat(lead.path("assignedUser").asString()).startsWith("Agent ");
        assertThat(lead.path("assignTime").asString()).isNotBlank();
        assertThat(lead.path("streetAddress").asString()).isEqualTo("The White House,1600 Pennsylvania Avenue NW");
        assertThat(lead.path("city").asString()).isEqualTo("Washington DC");
        assertThat(lead.path("state").asString()).isEqualTo("Washington DC");
        assertThat(lead.path("zipCode").asString()).isEqualTo("20500");
        assertThat(lead.path("referredBy").asString()).isEqualTo("Jeremy Kelly");
        assertThat(lead.path("stage").asString()).isEqualTo("Pending");
        assertThat(lead.path("stageId").asLong()).isPositive();
        assertThat(strings(lead.path("groups"))).containsExactly("VIP Clients", "Open House Feb");
        assertThat(strings(lead.path("segments"))).containsExactly("First-Time Buyers", "Downtown Area");
        assertThat(tagNames(lead)).containsExactly("Hot Lead", "Zillow", "Referral", "Pre-Approved");
        JsonNode tag = lead.path("tags").get(0);
        assertThat(tag.path("leadId").asLong()).isEqualTo(created.leadId());
        assertThat(tag.path("tagId").asLong()).isPositive();
        assertThat(tag.path("creatorUserId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(tag.has("createTime") && tag.has("updateTime") && tag.has("visibleType")).isTrue();
        assertThat(lead.path("source").asString()).isEqualTo("Open House");
        assertThat(lead.path("leadSource").asInt()).isPositive();
        assertThat(lead.path("unsubscription").asBoolean()).isTrue();
        assertThat(lead.path("birthday").asString()).isEqualTo("Jun 5, 2001");
        assertThat(lead.path("buyingTimeFrame").asString()).isEqualTo("6-12");
        assertThat(lead.path("sellingTimeFrame").asString()).isEqualTo("1-3");
        for (String yesNo : List.of("preQual", "houseToSell", "fthb", "withBuyerAgent", "mortgage", "buyHouse", "withListingAgent")) {
            assertThat(lead.path(yesNo).asString()).as(yesNo).isEqualTo("Yes");
        }
        assertThat(lead.path("language").asString()).isEqualTo("en");
        assertThat(lead.path("ownershipScope").asString()).isEqualTo("PERSONAL");
        assertThat(lead.path("ownershipId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(lead.path("hiddenFlag").asBoolean()).isFalse();

        JsonNode inquiry = lead.path("leadInquiry");
        assertThat(inquiry.path("priceMin").asLong()).isEqualTo(1);
        assertThat(inquiry.path("priceMax").asLong()).isEqualTo(10_000_000);
        assertThat(strings(inquiry.path("propertyType"))).containsExactly("Single Family Home", "Condo");
        assertThat(inquiry.path("bedroomsMin").asInt()).isEqualTo(1);
        assertThat(inquiry.path("bedroomsMax").asInt()).isEqualTo(123);
        assertThat(inquiry.path("bathroomsMin").asString()).isEqualTo("1");
        assertThat(inquiry.path("bathroomsMax").asString()).isEqualTo("3");
        assertThat(inquiry.path("locations").get(0).path("city").asString()).isEqualTo("Austin");
        assertThat(inquiry.path("locations").get(0).path("stateCode").asString()).isEqualTo("TX");
        assertThat(inquiry.path("modifyByAgent").asBoolean()).isTrue();
        assertThat(inquiry.path("leadUserId").asLong()).isEqualTo(lead.path("leadUserId").asLong());

        assertThat(lead.path("leadPropertyList")).hasSize(1);
        JsonNode property = lead.path("leadPropertyList").get(0);
        assertThat(property.path("id").asLong()).isPositive();
        assertThat(property.path("price").asLong()).isEqualTo(100_000);
        assertThat(property.path("streetAddress").asString()).isEqualTo("22348 Regnart RD");
        assertThat(property.path("city").asString()).isEqualTo("New York");
        assertThat(property.path("state").asString()).isEqualTo("California");
        assertThat(property.path("zipCode").asString()).isEqualTo("25401");
        assertThat(property.path("county").asString()).isEqualTo("Santa Clara");
        assertThat(property.path("propertyType").asString()).isEqualTo("Single Family Home");
        assertThat(property.path("bedrooms").asInt()).isEqualTo(3);
        assertThat(property.path("bathrooms").asDouble()).isEqualTo(2.0);
        assertThat(property.path("squareFeet").asLong()).isEqualTo(100);
        assertThat(property.path("lotSize").asDouble()).isEqualTo(26.33);
        assertThat(property.path("parkingSpace").asLong()).isEqualTo(1);
        assertThat(property.path("floors").asInt()).isEqualTo(1);
        assertThat(property.path("mailAddress").asBoolean()).isTrue();
        assertThat(property.path("listingId").asString()).isEqualTo("L-1");
        assertThat(property.path("priceMin").asLong()).isEqualTo(100_000);
        assertThat(property.path("priceMax").asLong()).isEqualTo(10_000_000);

        JsonNode attribute = lead.path("customAttributes").get(0);
        assertThat(attribute.path("attributeName").asString()).isEqualTo("Budget");
        assertThat(attribute.path("attributeType").asString()).isEqualTo("number");
        assertThat(attribute.path("value").asString()).isEqualTo("450000");

        JsonNode family = lead.path("leadFamilyMemberList").get(0);
        assertThat(family.path("firstName").asString()).isEqualTo("Ann");
        assertThat(family.path("relationship").asString()).isEqualTo("Wife");
        assertThat(strings(family.path("emails"))).containsExactly("spouse@example.com");
        assertThat(family.path("birthday").asString()).isEqualTo("Mar 3, 1999");

        assertThat(lead.path("customRoleList").size()).isGreaterThan(0);
        assertThat(lead.path("customRoleList").get(0).path("assigneeId").asLong()).isZero();
        assertThat(lead.path("createTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        String note = jdbc.sql("SELECT content FROM notes WHERE lead_id = :leadId")
                .param("leadId", created.leadId()).query(String.class).single();
        assertThat(note).isEqualTo("example_note");
    }

    @Test
    void truncatesNamesSegmentsGroupsAndTagsSilently() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead()
                .with("firstName", "F".repeat(40))
                .with("lastName", "L".repeat(31))
                .with("segments", List.of("S".repeat(35)))
                .with("groups", List.of("G".repeat(31)))
                .with("tags", List.of("T".repeat(70)))
                .build());

        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");

        assertThat(lead.path("firstName").asString()).isEqualTo("F".repeat(30));
        assertThat(lead.path("lastName").asString()).isEqualTo("L".repeat(30));
        assertThat(strings(lead.path("segments"))).containsExactly("S".repeat(30));
        assertThat(strings(lead.path("groups"))).containsExactly("G".repeat(30));
        assertThat(tagNames(lead)).containsExactly("T".repeat(64));
    }

    @Test
    void tagOperationsReplaceAddRemoveAndClear() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("tags", List.of("a", "b")).with("tagsAdd", List.of(7)).build());
        String path = "/v1.0/leads/" + leadId;
        assertThat(tagNames(team.owner().get(path).json().path("lead"))).containsExactly("a", "b", "7");

        team.owner().put(path, Map.of("tagsAdd", List.of("c", "a")));
        assertThat(tagNames(team.owner().get(path).json().path("lead"))).containsExactlyInAnyOrder("a", "b", "7", "c");

        team.owner().put(path, Map.of("tagsRemove", List.of("b", "*", "not-there")));
        assertThat(tagNames(team.owner().get(path).json().path("lead"))).containsExactlyInAnyOrder("a", "7", "c");

        String taggedA = tagRowCreatedAt(leadId, "a");
        team.owner().put(path, Map.of("tags", List.of(Map.of("tagName", "x"), "a"), "tagsRemove", List.of("x")));
        assertThat(tagNames(team.owner().get(path).json().path("lead"))).containsExactly("a");
        assertThat(tagRowCreatedAt(leadId, "a")).as("a tag the replace keeps keeps its row").isEqualTo(taggedA);

        team.owner().put(path, Map.of("clearAllTags", true, "tagsAdd", List.of("y"), "tags", List.of("z")));
        assertThat(team.owner().get(path).json().path("lead").path("tags")).isEmpty();

        List<String> catalogue = team.owner().get("/v1.0/teamFeatures/listTag").json().valueStream()
                .map(t -> t.path("tagName").asString()).toList();
        assertThat(catalogue).contains("a", "b", "7", "c", "x");
    }

    private String tagRowCreatedAt(long leadId, String tagName) {
        return jdbc.sql("SELECT lt.created_at FROM lead_tags lt JOIN tags t ON t.id = lt.tag_id"
                        + " WHERE lt.lead_id = :leadId AND t.name = :name")
                .param("leadId", leadId)
                .param("name", tagName)
                .query(String.class)
                .single();
    }

    /** Lofty ignores fields it does not know, including create-only ones sent to update. */
    @Test
    void updateChangesOnlyTheFieldsSent() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead()
                .with("lastName", "Li")
                .with("emails", List.of("bob@example.com"))
                .with("segments", List.of("VIP"))
                .with("preQual", "No")
                .build());

        ApiResponse updated = team.owner().put("/v1.0/leads/" + leadId,
                Map.of("firstName", "Robert", "preQual", "Yes", "welcomeEmail", true, "someFutureField", 1));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.leadId()).isEqualTo(leadId);
        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("firstName").asString()).isEqualTo("Robert");
        assertThat(lead.path("preQual").asString()).isEqualTo("Yes");
        assertThat(lead.path("lastName").asString()).isEqualTo("Li");
        assertThat(strings(lead.path("emails"))).containsExactly("bob@example.com");
        assertThat(strings(lead.path("segments"))).containsExactly("VIP");
        assertThat(lead.path("stage").asString()).isEqualTo("New Lead");
    }

    @Test
    void propertyMergesByAddressUpdatesByIdAndRejectsForeignIds() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("property", Map.of("streetAddress", "1 Main St", "city", "Austin")).build());
        long otherLead = team.createLead(team.owner(), aLead().with("property", Map.of("city", "Dallas")).build());
        String path = "/v1.0/leads/" + leadId;

        team.owner().put(path, Map.of("property", Map.of("streetAddress", "1 MAIN ST", "city", "austin", "bedrooms", 4)));
        JsonNode properties = team.owner().get(path).json().path("lead").path("leadPropertyList");
        assertThat(properties).hasSize(1);
        assertThat(properties.get(0).path("bedrooms").asInt()).isEqualTo(4);
        long propertyId = properties.get(0).path("id").asLong();

        team.owner().put(path, Map.of("property", Map.of("id", propertyId, "city", "Round Rock")));
        properties = team.owner().get(path).json().path("lead").path("leadPropertyList");
        assertThat(properties).hasSize(1);
        assertThat(properties.get(0).path("city").asString()).isEqualTo("Round Rock");
        assertThat(properties.get(0).path("bedrooms").asInt()).isEqualTo(4);

        team.owner().put(path, Map.of("property", Map.of("zipCode", "78701")));
        assertThat(team.owner().get(path).json().path("lead").path("leadPropertyList")).hasSize(2);

        long foreignPropertyId = team.owner().get("/v1.0/leads/" + otherLead).json()
                .path("lead").path("leadPropertyList").get(0).path("id").asLong();
        ApiResponse foreign = team.owner().put(path, Map.of("firstName", "Changed", "property", Map.of("id", foreignPropertyId, "city", "X")));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo(200108);

        ApiResponse blank = team.owner().put(path, Map.of("firstName", "Changed", "property", Map.of("city", " ", "county", "Travis")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo(200057);
        assertThat(team.owner().get(path).json().path("lead").path("firstName").asString()).isEqualTo("Bob");
    }

    @Test
    void customAttributesAreValidatedAndMergedByName() {
        TestTeam team = newTeam();
        team.owner().post("/v1.0/teamFeatures/custom-field", Map.of(
                "attributeName", "Color", "attributeType", "single_select", "params", "{\"option\":[\"Red\",\"Blue\"]}"));
        team.owner().post("/v1.0/teamFeatures/custom-field", Map.of(
                "attributeName", "Moved", "attributeType", "date"));
        long leadId = team.createLead(team.owner(), aLead().with("customAttributeList", List.of(
                Map.of("attributeName", "Color", "value", "Red"), Map.of("attributeName", "Moved", "value", "2024-02-29"))).build());
        String path = "/v1.0/leads/" + leadId;

        ApiResponse badOption = team.owner().put(path, Map.of("customAttributeList", List.of(Map.of("attributeName", "Color", "value", "Green"))));
        assertThat(badOption.status()).isEqualTo(400);
        assertThat(badOption.message()).contains("customAttributeList[0].value");
        ApiResponse unknown = team.owner().put(path, Map.of("customAttributeList", List.of(Map.of("attributeName", "Nope", "value", "1"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("Nope");

        team.owner().put(path, Map.of("customAttributeList", List.of(Map.of("attributeName", "color", "value", "Blue"))));
        JsonNode attributes = team.owner().get(path).json().path("lead").path("customAttributes");
        assertThat(attributes).hasSize(2);
        assertThat(attributes.get(0).path("attributeName").asString()).isEqualTo("Color");
        assertThat(attributes.get(0).path("value").asString()).isEqualTo("Blue");
        assertThat(attributes.get(1).path("value").asString()).isEqualTo("2024-02-29");
    }

    @Test
    void trashHidesTheLeadUntilRestored() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        String path = "/v1.0/leads/" + leadId;

        ApiResponse noReason = team.owner().delete(path);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo(20012);
        assertThat(noReason.message()).contains("reason");

        ApiResponse trashed = team.owner().delete(path + "?reason=duplicate");
        assertThat(trashed.status()).isEqualTo(200);
        // LL-17: Lofty's published answer, leadId as the string its example shows
        assertThat(trashed.json().path("deleted").asBoolean()).isTrue();
        assertThat(trashed.json().path("leadId").isString()).isTrue();
        assertThat(trashed.json().path("leadId").asString()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));

        assertThat(team.owner().get(path).code()).isEqualTo(20006);
        assertThat(team.owner().put(path, Map.of("firstName", "X")).status()).isEqualTo(404);
        assertThat(team.owner().delete(path + "?reason=again").status()).isEqualTo(404);
        ApiResponse withTrash = team.owner().get(path + "?withTrash=true");
        assertThat(withTrash.status()).isEqualTo(200);
        assertThat(withTrash.json().path("lead").path("leadId").asLong()).isEqualTo(leadId);
        JsonNode entry = team.owner().get("/leadline/v1/leads/" + leadId + "/trash").json();
        assertThat(entry.path("deleteReason").asString()).isEqualTo("duplicate");
        assertThat(entry.path("deletedByUserId").asLong()).isEqualTo(team.ownerUserId());

        assertThat(team.owner().post("/leadline/v1/leads/" + leadId + "/restore", Map.of()).leadId()).isEqualTo(leadId);
        assertThat(team.owner().get(path).status()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/leads/" + leadId + "/trash").status()).isEqualTo(404);
        assertThat(team.owner().post("/leadline/v1/leads/" + leadId + "/restore", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void unknownLeadIs404With20006() {
        TestTeam team = newTeam();
        ApiResponse missing = team.owner().get("/v1.0/leads/123456789");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo(20006);
        assertThat(team.owner().get("/v1.0/leads/not-a-number").status()).isEqualTo(400);
    }

    @Test
    void visibilityFollowsOwnershipOfficesAssignmentAndTeams() {
        TestTeam team = newTeam();
        long north = team.office("North", null);
        long northSub = team.office("North Downtown", north);
        long south = team.office("South", null);
        TestTeam.TestMember northAgent = team.agent(north);
        TestTeam.TestMember subAgent = team.agent(northSub);
        TestTeam.TestMember southAgent = team.agent(south);
        TestTeam otherTeam = newTeam();

        long personal = team.createLead(northAgent.client(), aLead().build());
        long northOwned = team.createLead(team.owner(), aLead().with("ownershipScope", "OFFICE").with("ownershipId", north).build());
        long subOwned = team.createLead(team.owner(), aLead().with("ownershipScope", "OFFICE").with("ownershipId", northSub).build());
        long teamOwned = team.createLead(team.owner(), aLead().with("ownershipScope", "TEAM").build());
        long assignedToSouth = team.createLead(team.owner(), aLead().with("assignedUserId", southAgent.userId()).build());
        long hidden = team.createLead(team.owner(), aLead().with("ownershipScope", "TEAM").build());
        team.owner().put("/v1.0/leads/" + hidden, Map.of("isHidden", true));

        assertVisible(northAgent, personal, northOwned, subOwned, teamOwned);
        assertInvisible(northAgent, assignedToSouth, hidden);
        assertVisible(subAgent, subOwned, teamOwned);
        assertInvisible(subAgent, personal, northOwned, assignedToSouth, hidden);
        assertVisible(southAgent, teamOwned, assignedToSouth);
        assertInvisible(southAgent, personal, northOwned, subOwned, hidden);
        for (long lead : List.of(personal, northOwned, subOwned, teamOwned, assignedToSouth, hidden)) {
            assertThat(team.owner().get("/v1.0/leads/" + lead).status()).isEqualTo(200);
            ApiResponse foreign = otherTeam.owner().get("/v1.0/leads/" + lead);
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.code()).isEqualTo(20006);
            assertThat(otherTeam.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Hijack")).status()).isEqualTo(404);
        }

        assertThat(subAgent.client().put("/v1.0/leads/" + personal, Map.of("firstName", "X")).status()).isEqualTo(404);
        assertThat(subAgent.client().delete("/v1.0/leads/" + personal + "?reason=x").status()).isEqualTo(404);
        assertThat(northAgent.client().put("/v1.0/leads/" + subOwned, Map.of("firstName", "Edited")).status()).isEqualTo(200);
        assertThat(team.owner().put("/v1.0/leads/" + hidden, Map.of("assignedUserId", subAgent.userId())).status()).isEqualTo(200);
        assertVisible(subAgent, hidden);
    }

    // LL-13: "+12", "0x10" and non-ASCII digits all read as ids, so one lead answered to many spellings
    @Test
    void pathIdsArePlainDecimalDigits() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        for (String spelling : List.of("+" + lead, "0x" + Long.toHexString(lead), "%2B" + lead, lead + ".0",
                String.valueOf(lead).chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0'))).reduce("", String::concat),
                "99999999999999999999")) {
            ApiResponse response = team.owner().get("/v1.0/leads/" + spelling);
            assertThat(response.status()).as(spelling).isEqualTo(400);
            assertThat(response.code()).as(spelling).isEqualTo(20012);
            assertThat(response.message()).as(spelling).contains("leadId");
        }
        ApiResponse assignee = team.owner().post("/v1.0/leads/" + lead + "/assignment",
                List.of(Map.of("role", "Agent", "assignee", "99999999999999999999")));
        assertThat(assignee.status()).isEqualTo(400);
        assertThat(assignee.message()).contains("assignee");
        assertThat(team.owner().get("/v1.0/leads/" + lead).status()).isEqualTo(200);
    }

    // LL-13: a hundred thousand tagsAdd overflowed the driver's IN list; a NUL reached PostgreSQL
    @Test
    void listsOverTheirLimitAndNulCharactersAreRefusedWithNothingWritten() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().with("firstName", "Before").build());
        List<String> tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "t" + i).toList();

        ApiResponse tags = team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "After", "tagsAdd", tooMany));
        assertThat(tags.status()).isEqualTo(400);
        assertThat(tags.message()).contains("tagsAdd").contains("100");
        ApiResponse emails = team.owner().post("/v1.0/leads", aLead().with("emails",
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "e" + i + "@example.com").toList()).build());
        assertThat(emails.message()).contains("emails");
        ApiResponse nul = team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Aft\u0000er"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.message()).contains("NUL");
        assertThat(team.owner().get("/v1.0/leads?key=x%00").status()).isEqualTo(400);

        JsonNode after = team.owner().get("/v1.0/leads/" + lead).json().path("lead");
        assertThat(after.path("firstName").asString()).isEqualTo("Before");
        assertThat(after.path("tags")).isEmpty();
        assertThat(team.owner().get("/v1.0/teamFeatures/listTag").json().valueStream()
                .noneMatch(tag -> tag.path("tagName").asString().equals("t0"))).isTrue();
    }

    // LL-13: isHidden on create was ignored, so every agent in scope could read and edit the lead until a PUT hid it
    @Test
    void aLeadCreatedHiddenIsHiddenFromTheStart() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long hidden = team.createLead(team.owner(), aLead().with("firstName", "Secret").with("ownershipScope", "TEAM")
                .with("isHidden", true).with("content", "a note on it").build());
        long shown = team.createLead(team.owner(), aLead().with("firstName", "Shown").with("ownershipScope", "TEAM").build());

        assertThat(team.owner().get("/v1.0/leads/" + hidden).json().path("lead").path("hiddenFlag").asBoolean()).isTrue();
        assertVisible(agent, shown);
        assertInvisible(agent, hidden);
        ApiResponse list = agent.client().get("/v1.0/leads?limit=100");
        assertThat(list.json().path("leads").valueStream().map(l -> l.path("leadId").asLong())).containsExactly(shown);
        assertThat(list.json().path("_metadata").path("total").asLong()).isEqualTo(1);
        assertThat(agent.client().get("/v1.0/leads?key=Secret").json().path("_metadata").path("total").asLong()).isZero();
        assertThat(agent.client().get("/v1.0/notes?leadId=" + hidden).status()).isEqualTo(404);
        assertThat(agent.client().get("/v1.0/leads/" + hidden + "/transactions").status()).isEqualTo(404);
        assertThat(agent.client().put("/v1.0/leads/" + hidden, Map.of("firstName", "Edited")).status()).isEqualTo(404);
        assertThat(agent.client().delete("/v1.0/leads/" + hidden + "?reason=x").status()).isEqualTo(404);
        assertThat(team.owner().get("/v1.0/leads/" + hidden).json().path("lead").path("firstName").asString()).isEqualTo("Secret");
    }

    @Test
    void valueListsTakeNearMissesAsTheDocumentedValueAndKeepOtherValuesAsGiven() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead()
                .with("buyingTimeFrame", "1-3 months").with("sellingTimeFrame", "Within a year")
                .with("preQual", "y").with("fthb", "Maybe").with("language", "Spanish")
                .with("inquiry", Map.of("propertyType", List.of("Single Family", "Castle")))
                .with("property", Map.of("streetAddress", "1 Main St", "propertyType", "townhome"))
                .build());

        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("buyingTimeFrame").asString()).isEqualTo("1-3");
        assertThat(lead.path("sellingTimeFrame").asString()).isEqualTo("Within a year");
        assertThat(lead.path("preQual").asString()).isEqualTo("Yes");
        assertThat(lead.path("fthb").asString()).isEqualTo("Maybe");
        assertThat(lead.path("language").asString()).isEqualTo("es");
        assertThat(strings(lead.path("leadInquiry").path("propertyType"))).containsExactly("Single Family Home", "Castle");
        assertThat(lead.path("leadPropertyList").path(0).path("propertyType").asString()).isEqualTo("Townhouse");

        team.owner().put("/v1.0/leads/" + leadId, Map.of("language", "Klingon", "preQual", "No"));
        JsonNode updated = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(updated.path("language").asString()).isEqualTo("Klingon");
        assertThat(updated.path("preQual").asString()).isEqualTo("No");
        assertThat(updated.path("sellingTimeFrame").asString()).isEqualTo("Within a year");
        JsonNode listed = team.owner().get("/v1.0/leads?languages=Klingon").json().path("leads");
        assertThat(listed.valueStream().map(l -> l.path("leadId").asLong()).toList()).containsExactly(leadId);
    }

    @Test
    void rejectsBadInputWithACodeAndTheFieldName() {
        TestTeam team = newTeam();
        TestTeam outsider = newTeam();
        long otherTeamsOffice = outsider.office("Elsewhere", null);

        assertRejected(team, Map.of("lastName", "NoFirst"), 20012, "firstName");
        assertRejected(team, Map.of("firstName", "  "), 20012, "firstName");
        assertRejected(team, aLead().with("emails", "not-a-list").build(), 20012, "emails");
        assertRejected(team, aLead().with("emails", List.of("nope")).build(), 20012, "emails[0]");
        assertRejected(team, aLead().with("phones", List.of("1".repeat(21))).build(), 20043, "phones[0]");
        assertRejected(team, aLead().with("leadTypes", List.of(2, 4)).build(), 20012, "leadTypes[1]");
        assertRejected(team, aLead().with("language", "K".repeat(51)).build(), 20043, "language");
        assertRejected(team, aLead().with("birthday", "2001-06-05").build(), 20012, "birthday");
        assertRejected(team, aLead().with("stage", "Nonexistent").build(), 20012, "stage");
        assertRejected(team, aLead().with("assignedUserId", outsider.ownerUserId()).build(), 20012, "assignedUserId");
        assertRejected(team, aLead().with("assignedUserId", "abc").build(), 20012, "assignedUserId");
        assertRejected(team, aLead().with("ownershipScope", "GALAXY").build(), 20012, "ownershipScope");
        assertRejected(team, aLead().with("ownershipScope", "OFFICE").build(), 20012, "ownershipId");
        assertRejected(team, aLead().with("ownershipScope", "OFFICE").with("ownershipId", otherTeamsOffice).build(), 20012, "ownershipId");
        assertRejected(team, aLead().with("ownershipScope", "PERSONAL").with("ownershipId", outsider.ownerUserId()).build(), 20012, "ownershipId");
        assertRejected(team, aLead().with("leadFamilyMemberList", List.of(
                Map.of("firstName", "A"), Map.of("firstName", "B"), Map.of("firstName", "C"), Map.of("firstName", "D"),
                Map.of("firstName", "E"))).build(), 20012, "leadFamilyMemberList");
        assertRejected(team, aLead().with("inquiry", Map.of("priceMin", 10, "priceMax", 5)).build(), 20012, "inquiry.priceMin");
        assertRejected(team, aLead().with("property", Map.of("county", "Travis")).build(), 200057, "property");
        assertRejected(team, aLead().with("leadTransaction", Map.of("transactionName", "<b>x</b>")).build(), 200062, "transactionName");
        assertRejected(team, aLead().with("tags", List.of(List.of("nested"))).build(), 20012, "tags[0]");

        ApiResponse malformed = team.owner().postRaw("/v1.0/leads", "{\"firstName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo(20012);
        assertThat(malformed.message()).contains("Malformed JSON");

        ApiResponse oversized = team.owner().post("/v1.0/leads", aLead().with("referredBy", "x".repeat(70_000)).build());
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo(900413);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRejectedCreateWritesNothingAtAll() {
        TestTeam team = newTeam();

        ApiResponse rejected = team.owner().post("/v1.0/leads", aLead()
                .with("tags", List.of("only-in-failed-create"))
                .with("source", "Failed Source")
                .with("customAttributeList", List.of(Map.of("attributeName", "Undefined", "value", "1")))
                .build());

        assertThat(rejected.status()).isEqualTo(400);
        List<String> catalogue = team.owner().get("/v1.0/teamFeatures/listTag").json().valueStream()
                .map(t -> t.path("tagName").asString()).toList();
        assertThat(catalogue).doesNotContain("only-in-failed-create");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sources WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single()).isZero();
    }

    @Test // LL-26 item 4
    void everyAnswerIsJsonWhateverAcceptAsksSoAWriteIsNeverAnsweredAsFailedAfterItCommitted() {
        TestTeam team = newTeam();
        for (String accept : List.of("application/xml", "text/html", "text/plain;q=1, image/png")) {
            ApiResponse created = team.owner().withHeader("Accept", accept).post("/v1.0/leads", aLead().build());
            assertThat(created.status()).as(accept + " " + created).isEqualTo(200);
            long leadId = created.json().path("leadId").asLong();
            assertThat(leadId).as(accept).isPositive();
            ApiResponse read = team.owner().withHeader("Accept", accept).get("/v1.0/leads/" + leadId);
            assertThat(read.json().path("lead").path("leadId").asLong()).as(accept).isEqualTo(leadId);
            ApiResponse refused = team.owner().withHeader("Accept", accept).get("/v1.0/leads/99999");
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo(20006);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single()).isEqualTo(3);
    }

    private static void assertRejected(TestTeam team, Map<String, ?> body, int code, String field) {
        ApiResponse response = team.owner().post("/v1.0/leads", body);
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.message()).as(response.toString()).contains(field);
    }

    private static void assertVisible(TestTeam.TestMember member, long... leadIds) {
        for (long leadId : leadIds) {
            assertThat(member.client().get("/v1.0/leads/" + leadId).status()).as("lead %d", leadId).isEqualTo(200);
        }
    }

    private static void assertInvisible(TestTeam.TestMember member, long... leadIds) {
        for (long leadId : leadIds) {
            ApiResponse response = member.client().get("/v1.0/leads/" + leadId);
            assertThat(response.status()).as("lead %d", leadId).isEqualTo(404);
            assertThat(response.code()).isEqualTo(20006);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    static List<String> tagNames(JsonNode lead) {
        List<String> names = new ArrayList<>();
        lead.path("tags").forEach(tag -> names.add(tag.path("tagName").asString()));
        return names;
    }
}
