package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.accounts.directory.UserResponse;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lofty's organisation and agent writes, and the vendor list (LL issue 17). */
abstract class OrganizationApiTests extends ApiTestBase {

    @Test
    void officesAreAddedWithPutAndUpdatedWithPostAsLoftyDoes() {
        TestTeam team = newTeam();
        ApiResponse added = team.owner().put("/v1.0/org/office", Map.ofEntries(Map.entry("parentId", 0), Map.entry("name", " North "),
                Map.entry("phone", "(512) 555-0100"), Map.entry("phoneCode", "+1"), Map.entry("phoneCountry", "us"),
                Map.entry("email", "North@Example.com"), Map.entry("city", "Austin"), Map.entry("state", "TX"),
                Map.entry("zipcode", "78701"), Map.entry("streetAddress", "1 Congress Ave"), Map.entry("allowManageSub", true)));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("OrganizationOpResponse", added.json())).isEmpty();
        assertThat(added.json().path("code").asInt()).isZero();
        JsonNode office = added.json().path("data");
        assertThat(LoftySchema.problems("OfficeBo", office)).isEmpty();
        long north = office.path("id").asLong();
        assertThat(office.path("name").asString()).isEqualTo("North");
        assertThat(office.path("parentId").isNull()).isTrue();
        assertThat(office.path("phone").asString()).isEqualTo("5125550100");
        assertThat(office.path("phoneCode").asString()).isEqualTo("1");
        assertThat(office.path("phoneCountry").asString()).isEqualTo("US");
        assertThat(office.path("email").asString()).isEqualTo("north@example.com");
        assertThat(office.path("allowManageSub").asBoolean()).isTrue();

        long south = team.owner().put("/v1.0/org/office", Map.of("name", "South", "parentId", north)).json().path("data").path("id").asLong();
        ApiResponse updated = team.owner().post("/v1.0/org/office", Map.of("id", north, "city", "Dallas", "email", ""));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode after = updated.json().path("data");
        assertThat(after.path("name").asString()).isEqualTo("North");
        assertThat(after.path("city").asString()).isEqualTo("Dallas");
        assertThat(after.path("state").asString()).isEqualTo("TX");
        assertThat(after.path("email").isNull()).isTrue();

        JsonNode listed = team.owner().get("/leadline/v1/offices").json().path("offices");
        assertThat(listed.valueStream().filter(o -> o.path("id").asLong() == south).findFirst().orElseThrow()
                .path("parentId").asLong()).isEqualTo(north);
        TestTeam.TestMember agent = team.agent(north);
        JsonNode group = agent.client().get("/v1.0/me").json().path("group");
        assertThat(group.path("city").asString()).isEqualTo("Dallas");
        assertThat(group.path("phone").asString()).isEqualTo("5125550100");

        assertThat(team.owner().post("/v1.0/org/office", Map.of("id", north, "parentId", south)).message()).contains("parentId");
        assertThat(team.owner().post("/v1.0/org/office", Map.of("id", north, "parentId", north)).message()).contains("parentId");
        ApiResponse toTop = team.owner().post("/v1.0/org/office", Map.of("id", south, "parentId", 0));
        assertThat(toTop.json().path("data").path("parentId").isNull()).isTrue();
    }

    @Test
    void officeWritesRefuseBadInputAndOthers() {
        TestTeam team = newTeam();
        long office = team.office("HQ", null);
        TestTeam.TestMember agent = team.agent(office);
        ApiResponse byAgent = agent.client().put("/v1.0/org/office", Map.of("name", "Mine"));
        assertThat(byAgent.status()).isEqualTo(400);
        assertThat(byAgent.code()).isEqualTo(20017);
        assertThat(agent.client().post("/v1.0/org/office", Map.of("id", office, "name", "Mine")).code()).isEqualTo(20017);

        assertRefused(team.owner().put("/v1.0/org/office", Map.of("city", "Austin")), "name");
        assertRefused(team.owner().put("/v1.0/org/office", Map.of("name", "X", "phone", "call me")), "phone");
        assertRefused(team.owner().put("/v1.0/org/office", Map.of("name", "X", "email", "nope")), "email");
        assertRefused(team.owner().put("/v1.0/org/office", Map.of("name", "X", "phoneCountry", "USA")), "phoneCountry");
        assertRefused(team.owner().put("/v1.0/org/office", Map.of("name", "X", "parentId", newTeam().office("Theirs", null))), "parentId");
        assertRefused(team.owner().post("/v1.0/org/office", Map.of("name", "X")), "id");
        ApiResponse missing = team.owner().post("/v1.0/org/office", Map.of("id", 4503599627370001L, "name", "X"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(team.owner().get("/leadline/v1/offices").json().path("offices")).hasSize(1);
    }

    @Test
    void theCompanyIsSetPartiallyAndReadBack() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        assertThat(team.owner().get("/leadline/v1/company").json().path("name").isNull()).isTrue();

        ApiResponse set = team.owner().post("/v1.0/org/company", Map.of("name", "Acme Realty", "phone", "5125550199",
                "email", "hello@acme.example", "streetAddress", "9 Main St", "city", "Austin", "state", "TX", "zipcode", "78701",
                "header", "https://acme.example/banner.png"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("OrganizationOpResponse", set.json())).isEmpty();
        assertThat(set.json().path("data").path("name").asString()).isEqualTo("Acme Realty");

        team.owner().post("/v1.0/org/company", Map.of("city", "Dallas", "header", ""));
        JsonNode company = agent.client().get("/leadline/v1/company").json();
        assertThat(company.path("name").asString()).isEqualTo("Acme Realty");
        assertThat(company.path("city").asString()).isEqualTo("Dallas");
        assertThat(company.path("header").isNull()).isTrue();

        assertThat(agent.client().post("/v1.0/org/company", Map.of("name", "Mine")).code()).isEqualTo(20017);
        assertRefused(team.owner().post("/v1.0/org/company", Map.of("email", "not-an-email")), "email");
        assertRefused(team.owner().post("/v1.0/org/company", Map.of("name", "N".repeat(201))), "name");
        assertThat(team.owner().get("/leadline/v1/company").json().path("email").asString()).isEqualTo("hello@acme.example");
    }

    @Test
    void vendorsAreTheTeamsWorkingKeys() {
        TestTeam team = newTeam();
        team.owner().post("/v1.0/org/company", Map.of("name", "Acme Realty", "streetAddress", "9 Main St", "city", "Austin",
                "state", "TX", "zipcode", "78701"));
        TestTeam.TestMember agent = team.agent(null);
        TestTeam.TestMember leaver = team.agent(null);
        long zapier = issue(team.owner(), agent.userId(), "Zapier sync");
        long revoked = issue(team.owner(), agent.userId(), "Old script");
        team.owner().delete("/leadline/v1/api-keys/" + revoked);
        team.owner().post("/v2.0/agents/" + leaver.userId() + "/deactivate", Map.of());

        ApiResponse listed = team.owner().get("/v1.0/vendor/list");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        listed.json().forEach(v -> assertThat(LoftySchema.problems("VendorInfo", v)).isEmpty());
        List<Long> ids = listed.json().valueStream().map(v -> v.path("id").asLong()).toList();
        assertThat(ids).contains(zapier).doesNotContain(revoked);
        assertThat(listed.json().valueStream().noneMatch(v -> v.path("agentUserId").asLong() == leaver.userId())).isTrue();
        JsonNode vendor = listed.json().valueStream().filter(v -> v.path("id").asLong() == zapier).findFirst().orElseThrow();
        assertThat(vendor.path("firstName").asString()).isEqualTo("Zapier sync");
        assertThat(vendor.path("agentUserId").asLong()).isEqualTo(agent.userId());
        assertThat(vendor.path("email").asString()).isEqualTo(agent.email());
        assertThat(vendor.path("roleName").asString()).isEqualTo("Agent");
        assertThat(vendor.path("companyName").asString()).isEqualTo("Acme Realty");
        assertThat(vendor.path("companyAddress").asString()).isEqualTo("9 Main St, Austin, TX 78701");

        ApiResponse byAgent = agent.client().get("/v1.0/vendor/list");
        assertThat(byAgent.status()).isEqualTo(400);
        assertThat(byAgent.code()).isEqualTo(20017);
    }

    @Test
    void anAgentProfileMakesAMemberWithItsRoleOfficeTagsAndAgentInfo() {
        TestTeam team = newTeam();
        long office = team.office("HQ", null);
        team.owner().post("/v1.0/agent/" + team.ownerUserId() + "/tag/add", Map.of("tagNames", List.of("Top producer"), "autoCreate", true));
        long tag = team.owner().get("/leadline/v1/member-tags").json().path("memberTags").get(0).path("id").asLong();

        ApiResponse added = team.owner().post("/v1.0/agent/profile/add", profile("new.agent@example.com", Map.of(
                "roleId", 4, "groupId", office, "phoneNumber", "5125550123", "tagIds", List.of(tag))));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("AddAgentResponse", added.json())).isEmpty();
        assertThat(added.json().path("errorCode").asInt()).isZero();
        long userId = added.json().path("data").asLong();

        ApiResponse user = team.owner().get("/v1.0/users/" + userId);
        assertThat(LoftySchema.problems("UserResponse", user.json())).isEmpty();
        assertThat(user.json().path("roleName").asString()).isEqualTo("Lender");
        assertThat(user.json().path("groupId").asLong()).isEqualTo(office);
        assertThat(user.json().path("phoneNumber").asString()).isEqualTo("5125550123");
        assertThat(user.json().path("agentInfo").path("licenseId").asString()).isEqualTo("TX-12345");
        assertThat(user.json().path("agentInfo").path("companyName").asString()).isEqualTo("Acme Realty");
        assertThat(user.json().path("agentInfo").path("agentPid").asString()).isEqualTo("pid-7");
        assertThat(tagsOf(team, userId)).containsExactly("Top producer");

        long byName = team.owner().post("/v1.0/agent/profile/add", profile("assistant@example.com", Map.of("roleName", "assistant")))
                .json().path("data").asLong();
        assertThat(team.owner().get("/v1.0/users/" + byName).json().path("roleName").asString()).isEqualTo("Assistant");
        long byDefault = team.owner().post("/v1.0/agent/profile/add", profile("plain@example.com", Map.of()))
                .json().path("data").asLong();
        assertThat(team.owner().get("/v1.0/users/" + byDefault).json().path("roleName").asString()).isEqualTo("Agent");
    }

    @Test
    void agentProfilesFollowTheRankRulesAndRefuseBadInput() {
        TestTeam team = newTeam();
        TestTeam.TestMember admin = team.member("ADMIN", null);
        TestTeam.TestMember agent = team.agent(null);
        assertThat(admin.client().post("/v1.0/agent/profile/add", profile("peer@example.com", Map.of("roleName", "Admin"))).code())
                .isEqualTo(20017);
        assertThat(agent.client().post("/v1.0/agent/profile/add", profile("friend@example.com", Map.of())).code()).isEqualTo(20017);
        assertThat(admin.client().post("/v1.0/agent/profile/add", profile("ok@example.com", Map.of())).status()).isEqualTo(200);

        assertRefused(team.owner().post("/v1.0/agent/profile/add", Map.of("accountType", 1)), "accountInfo");
        assertRefused(team.owner().post("/v1.0/agent/profile/add", Map.of("accountInfo", Map.of("firstName", "A"))), "accountType");
        assertRefused(team.owner().post("/v1.0/agent/profile/add", Map.of("accountType", 1,
                "accountInfo", Map.of("firstName", "A", "emailAddress", "a@example.com"))), "accountInfo.lastName");
        assertRefused(team.owner().post("/v1.0/agent/profile/add", profile("x@example.com", Map.of("roleId", 9))), "accountInfo.roleId");
        assertRefused(team.owner().post("/v1.0/agent/profile/add", profile("x@example.com", Map.of("roleId", 1))), "OWNER");
        assertRefused(team.owner().post("/v1.0/agent/profile/add", profile("x@example.com", Map.of("tagIds", List.of(42)))),
                "accountInfo.tagIds[0]");
        assertRefused(team.owner().post("/v1.0/agent/profile/add", profile("x@example.com", Map.of("groupId", 42))), "officeId");
        assertThat(team.owner().post("/v1.0/agent/profile/add", profile(agent.email(), Map.of())).status()).isEqualTo(409);
        assertThat(team.owner().get("/leadline/v1/users").json().path("users")).hasSize(4);
    }

    @Test
    void membersAreTaggedOnceEachAndOnlyByThoseWhoOutrankThem() {
        TestTeam team = newTeam();
        TestTeam.TestMember admin = team.member("ADMIN", null);
        TestTeam.TestMember agent = team.agent(null);
        String path = "/v1.0/agent/" + agent.userId() + "/tag/add";

        ApiResponse unknown = team.owner().post(path, Map.of("tagNames", List.of("Mentor")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("Mentor").contains("autoCreate");
        ApiResponse created = team.owner().post(path, Map.of("tagNames", List.of("Mentor", " mentor ", "Spanish"), "autoCreate", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("AddAgentTagResponse", created.json())).isEmpty();
        assertThat(created.json().path("data").asBoolean()).isTrue();
        assertThat(admin.client().post(path, Map.of("tagNames", List.of("SPANISH"))).status()).isEqualTo(200);
        assertThat(tagsOf(team, agent.userId())).containsExactly("Mentor", "Spanish");
        assertThat(team.owner().get("/leadline/v1/member-tags").json().path("memberTags")).hasSize(2);

        assertThat(admin.client().post("/v1.0/agent/" + team.ownerUserId() + "/tag/add", Map.of("tagNames", List.of("Mentor"))).code())
                .isEqualTo(20017);
        assertThat(agent.client().post(path, Map.of("tagNames", List.of("Mentor"))).code()).isEqualTo(20017);
        assertRefused(team.owner().post(path, Map.of("tagNames", List.of())), "tagNames");
        assertRefused(team.owner().post(path, Map.of("tagNames", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList(),
                "autoCreate", true)), "tagNames");
        assertRefused(team.owner().post(path, Map.of("tagNames", List.of("T".repeat(65)), "autoCreate", true)), "tagNames[0]");
        ApiResponse nobody = team.owner().post("/v1.0/agent/4503599627370001/tag/add", Map.of("tagNames", List.of("Mentor")));
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.code()).isEqualTo(20003);
        assertThat(newTeam().owner().post(path, Map.of("tagNames", List.of("Mentor"), "autoCreate", true)).code()).isEqualTo(20003);
        assertThat(team.owner().get("/leadline/v1/member-tags").json().path("memberTags")).hasSize(2);
    }

    private static List<String> tagsOf(TestTeam team, long userId) {
        return team.owner().get("/leadline/v1/users").json().path("users").valueStream()
                .filter(u -> u.path("userId").asLong() == userId).findFirst().orElseThrow()
                .path("tags").valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, Object> profile(String email, Map<String, Object> accountExtras) {
        Map<String, Object> account = new HashMap<>(Map.of("firstName", "New", "lastName", "Agent", "emailAddress", email));
        account.putAll(accountExtras);
        return Map.of("accountType", 1, "accountInfo", account, "agentPid", "pid-7",
                "workInfo", Map.of("licenseId", "TX-12345", "companyName", "Acme Realty", "position", "Buyer's agent"),
                "socialMedias", Map.of("linkedin", "https://linkedin.example/new-agent"));
    }

    private static long issue(ApiClient owner, long userId, String name) {
        ApiResponse issued = owner.post("/leadline/v1/api-keys", Map.of("userId", userId, "name", name));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().path("id").asLong();
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).as(response.toString()).contains(field);
    }
}
