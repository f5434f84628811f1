package io.leadline.idempotency;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency-Key on creates (LL issue 3). */
abstract class IdempotentCreatesApiTests extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetriedCreateReturnsTheFirstLeadAndCreatesNothing() {
        TestTeam team = newTeam();
        ApiClient client = team.owner().withHeader("Idempotency-Key", "form-submission-1");
        Map<String, Object> body = aLead().with("emails", List.of("retry@example.com")).build();

        long first = client.post("/v1.0/leads", body).leadId();
        ApiResponse retry = client.post("/v1.0/leads", body);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.leadId()).isEqualTo(first);
        assertThat(leadCount(team)).isEqualTo(1);
        assertThat(team.owner().post("/v1.0/leads", body).leadId()).isNotEqualTo(first);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        TestTeam team = newTeam();
        ApiClient client = team.owner().withHeader("Idempotency-Key", "k-1");
        client.post("/v1.0/leads", aLead().with("firstName", "Ann").build());

        ApiResponse reused = client.post("/v1.0/leads", aLead().with("firstName", "Bea").build());

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo(900422);
        assertThat(reused.message()).contains("k-1");
        assertThat(client.post("/v1.0/notes", Map.of("leadId", 1, "content", "x", "isPin", false)).status()).isEqualTo(422);
        assertThat(leadCount(team)).isEqualTo(1);
    }

    @Test
    void keysBelongToOneCredential() {
        TestTeam team = newTeam();
        TestTeam.TestMember admin = team.member("ADMIN", null);
        Map<String, Object> body = aLead().build();

        long byOwner = team.owner().withHeader("Idempotency-Key", "shared").post("/v1.0/leads", body).leadId();
        long byAdmin = admin.client().withHeader("Idempotency-Key", "shared").post("/v1.0/leads", body).leadId();

        assertThat(byAdmin).isNotEqualTo(byOwner);
    }

    @Test
    void aRejectedCreateDoesNotUseUpItsKey() {
        TestTeam team = newTeam();
        ApiClient client = team.owner().withHeader("Idempotency-Key", "fix-and-retry");

        assertThat(client.post("/v1.0/leads", Map.of("lastName", "NoFirst")).status()).isEqualTo(400);
        ApiResponse fixed = client.post("/v1.0/leads", aLead().build());

        assertThat(fixed.status()).isEqualTo(200);
        assertThat(leadCount(team)).isEqualTo(1);
        assertThat(team.owner().withHeader("Idempotency-Key", "x".repeat(256)).post("/v1.0/leads", aLead().build()).message())
                .contains("Idempotency-Key");
    }

    @Test
    void concurrentRetriesCreateExactlyOneLead() throws Exception {
        TestTeam team = newTeam();
        ApiClient client = team.owner().withHeader("Idempotency-Key", "burst");
        Map<String, Object> body = aLead().with("firstName", "Burst").build();
        List<Callable<ApiResponse>> calls = IntStream.range(0, 8).<Callable<ApiResponse>>mapToObj(i -> () -> client.post("/v1.0/leads", body)).toList();

        List<Long> ids;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<ApiResponse>> results = pool.invokeAll(calls);
            ids = results.stream().map(f -> {
                try {
                    ApiResponse response = f.get();
                    assertThat(response.status()).as(response.toString()).isEqualTo(200);
                    return response.leadId();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
        }

        assertThat(ids).hasSize(1);
        assertThat(leadCount(team)).isEqualTo(1);
    }

    @Test
    void notesAndTransactionsAreIdempotentToo() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        ApiClient client = team.owner().withHeader("Idempotency-Key", "sub-1");
        Map<String, Object> note = Map.of("leadId", leadId, "content", "once", "isPin", false);

        long noteId = client.post("/v1.0/notes", note).json().path("noteId").asLong();
        assertThat(client.post("/v1.0/notes", note).json().path("noteId").asLong()).isEqualTo(noteId);
        assertThat(team.owner().get("/v1.0/notes?leadId=" + leadId).json().path("notes")).hasSize(1);

        ApiClient other = team.owner().withHeader("Idempotency-Key", "sub-2");
        Map<String, Object> deal = Map.of("transactionName", "Once");
        long transactionId = other.post("/v1.0/leads/" + leadId + "/transaction", deal).json().path("transactionId").asLong();
        ApiResponse again = other.post("/v1.0/leads/" + leadId + "/transaction", deal);
        assertThat(again.json().path("transactionId").asLong()).isEqualTo(transactionId);
        assertThat(again.json().path("transactionName").asString()).isEqualTo("Once");
        assertThat(team.owner().get("/v1.0/leads/" + leadId + "/transactions").json()).hasSize(1);
    }

    private long leadCount(TestTeam team) {
        return jdbc.sql("SELECT COUNT(*) FROM leads WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single();
    }
}
