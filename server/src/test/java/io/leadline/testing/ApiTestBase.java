package io.leadline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server on a random port. Subclasses pick the database with {@link OnH2} or {@link OnPostgres}; every
 * test makes its own team through the administration API, so tests never see each other's data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "leadline.bootstrap.api-key=" + ApiTestBase.SERVER_ADMIN_KEY,
            "leadline.http.max-body-bytes=65536",
            "leadline.rate-limit.default-per-minute=100000",
            // sent emails and texts are recorded, not sent, on both databases (PostgreSQL has no default transport)
            "leadline.messages.email=capture",
            "leadline.messages.sms=capture",
            // many servers live side by side in one test JVM: small pools keep them under PostgreSQL's 100 connections
            "spring.datasource.hikari.maximum-pool-size=10",
            "spring.datasource.hikari.minimum-idle=2",
            // the tests that list duplicates sweep their own team; a sweep of every team of the shared database each
            // minute would only load it
            "leadline.duplicates.sweep-interval=PT0S",
            "logging.level.io.leadline=WARN"
        })
@ExtendWith(IndexConsistencyCheck.class)
public abstract class ApiTestBase {

    public static final String SERVER_ADMIN_KEY = "test-server-admin-key";

    @LocalServerPort
    int port;

    protected ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    protected ApiClient serverAdmin() {
        return new ApiClient(baseUrl(), "token " + SERVER_ADMIN_KEY);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected TestTeam newTeam() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = serverAdmin().post("/leadline/v1/teams", Map.of(
                "name", "Team " + suffix,
                "owner", Map.of("email", "owner-" + suffix + "@example.com", "firstName", "Olive", "lastName", "Owner")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        IndexConsistencyCheck.made(getClass(), created.json().path("team").path("teamId").asLong());
        return new TestTeam(
                created.json().path("team").path("teamId").asLong(),
                created.json().path("owner").path("userId").asLong(),
                new ApiClient(baseUrl(), "token " + created.json().path("apiKey").path("key").asString()));
    }
}
