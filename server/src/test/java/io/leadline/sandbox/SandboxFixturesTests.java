package io.leadline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Fixtures (issue 28): the README's example file loaded at start, reset back to it, and fixtures posted over it. */
@TestPropertySource(properties = {"leadline.sandbox.enabled=true", "leadline.sandbox.fixtures=examples/sandbox-fixtures.json"})
abstract class SandboxFixturesTests extends ApiTestBase {

    static final String EXAMPLE = "examples/sandbox-fixtures.json";
    static final int EXAMPLE_LEADS = 2 + 50;

    @BeforeEach
    void startFromTheFixtures() {
        assertThat(serverAdmin().post("/leadline/v1/sandbox/reset", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void theFileIsLoadedAtStartWithItsMembersKeysAndLeads() {
        ApiClient ann = key("acme-ann-key-00001");
        JsonNode me = ann.get("/v1.0/me").json();
        assertThat(me.toString()).contains("ann@acme.example");
        ApiClient owner = key("acme-owner-key-0001");
        assertThat(total(owner)).isEqualTo(EXAMPLE_LEADS);

        JsonNode jane = owner.get("/v1.0/leads?email=jane.smith@example.com&preciseSearchFlag=true").json().path("leads").get(0);
        long janeId = jane.path("leadId").asLong();
        assertThat(jane.path("assignedUserId").asLong()).isEqualTo(memberId(owner, "ann@acme.example"));
        assertThat(jane.path("stage").asString()).isEqualTo("Showing Homes");
        assertThat(owner.get("/v1.0/notes?leadId=" + janeId).json().toString()).contains("Wants a yard");
        assertThat(owner.get("/v1.0/communication/call?leadId=" + janeId).json().path("calls")).hasSize(1);
        assertThat(owner.get("/v1.0/leads/" + janeId + "/transactions").json().toString()).contains("12 Oak Ave");
        assertThat(owner.get("/v1.0/webhooks").json().toString()).contains(baseUrl() + "/leadline/v1/sandbox/receivers/acme");
        assertThat(owner.get("/leadline/v1/routing/rules").json().toString()).contains("Zillow to Ann and Bob");
    }

    @Test
    void aResetReturnsToTheFilesState() {
        ApiClient owner = key("acme-owner-key-0001");
        owner.post("/v1.0/leads", Map.of("firstName", "Extra"));
        assertThat(total(owner)).isEqualTo(EXAMPLE_LEADS + 1);
        assertThat(serverAdmin().post("/leadline/v1/sandbox/reset", Map.of()).status()).isEqualTo(200);
        assertThat(total(owner)).isEqualTo(EXAMPLE_LEADS);
        assertThat(key("acme-bob-key-00001").get("/v1.0/me").status()).isEqualTo(200);
    }

    @Test
    void postedFixturesReplaceTheFileAndOnesThatFailChangeNothing() throws Exception {
        ApiResponse loaded = serverAdmin().post("/leadline/v1/sandbox/fixtures", Map.of("teams", List.of(Map.of(
                "name", "Beta Homes",
                "owner", Map.of("email", "bea@beta.example", "firstName", "Bea", "apiKey", "beta-owner-key-0001"),
                "leads", List.of(Map.of("firstName", "Only")),
                "generate", Map.of("leads", 5, "seed", 7)))));
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
        assertThat(loaded.json().path("teams").get(0).path("members").get(0).path("apiKey").asString()).isEqualTo("beta-owner-key-0001");
        assertThat(key("acme-owner-key-0001").get("/v1.0/me").status()).as("the file's teams are replaced").isEqualTo(401);
        assertThat(total(key("beta-owner-key-0001"))).isEqualTo(6);

        ApiResponse refused = serverAdmin().post("/leadline/v1/sandbox/fixtures", Map.of("teams", List.of(Map.of(
                "name", "Broken", "owner", Map.of("email", "x@broken.example", "firstName", "X"),
                "leads", List.of(Map.of("firstName", "Nobody's", "assignedUserId", "member:ghost@broken.example"))))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("teams[0].leads[0]").contains("ghost@broken.example");
        ApiResponse badLead = serverAdmin().post("/leadline/v1/sandbox/fixtures", Map.of("teams", List.of(Map.of(
                "name", "Broken", "owner", Map.of("email", "y@broken.example", "firstName", "Y"),
                "leads", List.of(Map.of("lastName", "No first name"))))));
        assertThat(badLead.message()).contains("teams[0].leads[0]").contains("400");
        assertThat(total(key("beta-owner-key-0001"))).as("a failed load leaves the fixtures as they were").isEqualTo(6);
        assertThat(serverAdmin().post("/leadline/v1/sandbox/fixtures", Map.of("people", List.of())).status()).isEqualTo(400);

        ApiResponse back = serverAdmin().postRaw("/leadline/v1/sandbox/fixtures", Files.readString(Path.of(EXAMPLE)));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(total(key("acme-owner-key-0001"))).isEqualTo(EXAMPLE_LEADS);
    }

    @Test
    void loadingFixturesSpendsNoneOfTheOwnersRateLimit() throws Exception {
        ApiResponse loaded = serverAdmin().post("/leadline/v1/sandbox/fixtures", Map.of("teams", List.of(Map.of(
                "name", "Gamma Homes",
                "owner", Map.of("email", "gil@gamma.example", "firstName", "Gil", "apiKey", "gamma-owner-key-0001"),
                "generate", Map.of("leads", 5, "seed", 3)))));
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);

        ApiResponse first = key("gamma-owner-key-0001").get("/v1.0/me");
        long limit = Long.parseLong(first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).as("the client's first call is the window's first")
                .hasValue(String.valueOf(limit - 1));
        assertThat(serverAdmin().postRaw("/leadline/v1/sandbox/fixtures", Files.readString(Path.of(EXAMPLE))).status()).isEqualTo(200);
    }

    @Test
    void thePythonExampleRunsAgainstTheSandbox() throws Exception {
        Process example = new ProcessBuilder("python3", "examples/sandbox_example.py", baseUrl(), SERVER_ADMIN_KEY)
                .redirectErrorStream(true).start();
        String output = new String(example.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(example.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(example.exitValue()).as(output).isZero();
        assertThat(output).contains("every check held");
        assertThat(serverAdmin().get("/leadline/v1/sandbox/journal?path=/v1.0/leads&method=POST").json().path("entries"))
                .as("the fixtures' own loading is not journaled, the example's calls are").hasSize(3);
    }

    private ApiClient key(String key) {
        return new ApiClient(baseUrl(), "token " + key);
    }

    private static long total(ApiClient owner) {
        return owner.get("/v1.0/leads?limit=1").json().path("_metadata").path("total").asLong();
    }

    private static long memberId(ApiClient owner, String email) {
        return owner.get("/v1.0/members/" + email).json().path("memberUserId").asLong();
    }
}
