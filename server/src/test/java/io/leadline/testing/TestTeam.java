package io.leadline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A team made for one test: its owner's client, and helpers to add offices and members with their own keys. */
public record TestTeam(long teamId, long ownerUserId, ApiClient owner) {

    public long office(String name, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        ApiResponse created = owner.post("/leadline/v1/offices", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    public TestMember member(String role, Long officeId) {
        return member(role, officeId, "Agent", null);
    }

    /** A member with a name (a page or screenshot shows it); the last name is made unique when not given. */
    public TestMember member(String role, Long officeId, String firstName, String lastName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("email", role.toLowerCase() + "-" + suffix + "@example.com");
        body.put("firstName", firstName);
        body.put("lastName", lastName == null ? suffix : lastName);
        body.put("role", role);
        body.put("officeId", officeId);
        ApiResponse user = owner.post("/leadline/v1/users", body);
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        long userId = user.json().path("userId").asLong();
        ApiResponse key = owner.post("/leadline/v1/api-keys", Map.of("userId", userId, "name", "test key"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return new TestMember(userId, user.json().path("email").asString(),
                owner.as("token " + key.json().path("key").asString()));
    }

    public TestMember agent(Long officeId) {
        return member("AGENT", officeId);
    }

    /**
     * Gives the lead one record of each kind a feature keeps, through the API: a note "Wants a garden, "big" one", a
     * call-back task, a logged call to {@code phone} and a transaction "12 Oak St".
     */
    public void addOneRecordOfEachKind(long leadId, String phone) {
        assertThat(owner.post("/v1.0/notes", Map.of("leadId", leadId, "content", "Wants a garden, \"big\" one")).status())
                .isEqualTo(200);
        ApiResponse task = owner.post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", "Call back",
                "assignedRole", "Agent", "endAt", "2099-01-05T09:30:00Z"));
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        assertThat(owner.post("/v1.0/logType", Map.of("leadId", leadId, "logType", "logCall", "leadPhoneNumber", phone,
                "content", "talked")).status()).isEqualTo(200);
        assertThat(owner.post("/v1.0/leads/" + leadId + "/transaction", Map.of("transactionName", "12 Oak St")).status())
                .isEqualTo(200);
    }

    public long createLead(ApiClient client, Map<String, ?> body) {
        ApiResponse created = client.post("/v1.0/leads", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.leadId();
    }

    public record TestMember(long userId, String email, ApiClient client) {}
}
