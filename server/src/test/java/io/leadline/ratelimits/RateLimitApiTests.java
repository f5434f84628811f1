package io.leadline.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.FixedClock;
import io.leadline.testing.SecondNode;
import io.leadline.testing.TestTeam;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.Import;

/**
 * Rate limits shared by two server nodes on one database (LL issue 3). Time stands still (FixedClock) so the whole
 * burst falls in one window; the second node is a second application context on the same database.
 */
@Import(FixedClock.class)
abstract class RateLimitApiTests extends ApiTestBase {

    private static final long WINDOW_END = FixedClock.NOW.getEpochSecond() + 30;

    @RegisterExtension
    static final SecondNode secondNode = new SecondNode(new Class<?>[] {FixedClock.class});

    @Test
    void aBurstAcrossTwoNodesAdmitsExactlyTheLimit() throws Exception {
        TestTeam team = newTeam();
        ApiClient nodeA = keyWithLimit(team, 40);
        ApiClient nodeB = nodeA.at(secondNode.url());
        List<Callable<ApiResponse>> burst = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ApiClient node = i % 2 == 0 ? nodeA : nodeB;
            burst.add(() -> node.get("/v1.0/me"));
        }

        List<ApiResponse> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<ApiResponse> future : pool.invokeAll(burst)) {
                responses.add(future.get());
            }
        }

        assertThat(responses.stream().filter(r -> r.status() != 200 && r.status() != 429).toList()).isEmpty();
        List<ApiResponse> admitted = responses.stream().filter(r -> r.status() == 200).toList();
        List<ApiResponse> refused = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(admitted).hasSize(40);
        assertThat(refused).hasSize(80);
        for (ApiResponse response : responses) {
            assertThat(header(response, "X-RateLimit-Limit")).isEqualTo("40");
            assertThat(header(response, "X-RateLimit-Reset")).isEqualTo(String.valueOf(WINDOW_END));
            assertThat(Integer.parseInt(header(response, "X-RateLimit-Remaining"))).isBetween(0, 39);
        }
        for (ApiResponse response : refused) {
            assertThat(response.raw()).isEqualTo("{\"message\":\"Too Many Requests\"}");
            assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(header(response, "Retry-After")).isEqualTo("30");
        }
    }

    @Test
    void eachKeyHasItsOwnLimitWhichOwnersCanChangeOrSwitchOff() {
        TestTeam team = newTeam();
        ApiClient limited = keyWithLimit(team, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limited.get("/v1.0/me").status()).isEqualTo(200);
        }
        assertThat(limited.get("/v1.0/me").status()).isEqualTo(429);
        assertThat(team.owner().get("/v1.0/me").status()).as("another key, another budget").isEqualTo(200);

        long keyId = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> Integer.valueOf(3).equals(k.path("rateLimitPerMinute").asInt()))
                .findFirst().orElseThrow().path("id").asLong();
        ApiResponse off = team.owner().put("/leadline/v1/api-keys/" + keyId + "/rate-limit", Map.of("rateLimitPerMinute", 0));
        assertThat(off.json().path("rateLimitPerMinute").asInt()).isZero();
        ApiResponse unlimited = limited.get("/v1.0/me");
        assertThat(unlimited.status()).isEqualTo(200);
        assertThat(unlimited.headers().firstValue("X-RateLimit-Limit")).isEmpty();

        Map<String, Object> backToDefault = new HashMap<>();
        backToDefault.put("rateLimitPerMinute", null);
        team.owner().put("/leadline/v1/api-keys/" + keyId + "/rate-limit", backToDefault);
        assertThat(header(limited.get("/v1.0/me"), "X-RateLimit-Limit")).isEqualTo("100000");
        assertThat(team.owner().put("/leadline/v1/api-keys/" + keyId + "/rate-limit", Map.of("rateLimitPerMinute", -5))
                .message()).contains("rateLimitPerMinute");
    }

    private static ApiClient keyWithLimit(TestTeam team, int perMinute) {
        ApiResponse key = team.owner().post("/leadline/v1/api-keys", Map.of("name", "limited", "rateLimitPerMinute", perMinute));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return team.owner().as("token " + key.json().path("key").asString());
    }

    private static String header(ApiResponse response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(name + " missing: " + response));
    }
}
