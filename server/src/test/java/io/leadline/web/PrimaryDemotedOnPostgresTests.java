package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.Application;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.PostgresDatabase;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 33, what one PostgreSQL can show of a failover: the primary turns read-only under a running server (as a
 * demoted primary does) and writable again. Writes meanwhile answer 503 quickly, never 500; afterwards every pooled
 * connection that still leads to a read-only session is dropped at its first refused write, so writes work again
 * within a few requests, and the webhook dispatchers deliver what is written after, by themselves.
 */
class PrimaryDemotedOnPostgresTests {

    private static final int POOL = 4;

    private static String database;
    private static WebhookReceiver receiver;
    private static ConfigurableApplicationContext server;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        String url = PostgresDatabase.freshDatabase();
        database = url.substring(url.lastIndexOf('/') + 1);
        receiver = new WebhookReceiver();
        server = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=" + PostgresDatabase.password(),
                "--spring.datasource.hikari.maximum-pool-size=" + POOL,
                "--leadline.bootstrap.api-key=" + ApiTestBase.SERVER_ADMIN_KEY,
                "--leadline.webhooks.allow-insecure-targets=true",
                "--leadline.webhooks.poll-interval=PT0.05S",
                "--leadline.webhooks.max-retry=PT0.3S",
                "--leadline.duplicates.sweep-interval=PT0S",
                "--logging.level.io.leadline=ERROR",
                "--logging.level.com.zaxxer=OFF");
        baseUrl = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.close();
        PostgresDatabase.administer("ALTER DATABASE " + database + " RESET default_transaction_read_only");
    }

    private static void readOnly(boolean on) {
        PostgresDatabase.administer("ALTER DATABASE " + database + (on ? " SET default_transaction_read_only = on"
                : " RESET default_transaction_read_only"));
    }

    /** Ends every session of the database, as a primary going away does; the pool reconnects by itself. */
    private static void dropSessions() {
        PostgresDatabase.administer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    @Test
    void writesAnswer503WhileThePrimaryIsReadOnlyAndWorkAgainAfterwardsWithDeliveriesResumed() {
        ApiClient admin = new ApiClient(baseUrl, "token " + ApiTestBase.SERVER_ADMIN_KEY);
        ApiResponse team = admin.post("/leadline/v1/teams", Map.of("name", "Failover",
                "owner", Map.of("email", "owner@failover.example", "firstName", "Fay", "lastName", "Lover")));
        ApiClient owner = admin.as("token " + team.json().path("apiKey").path("key").asString());
        assertThat(owner.post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/hook"))).status()).isEqualTo(200);

        readOnly(true);
        dropSessions();
        for (int i = 0; i < POOL + 2; i++) {
            long started = System.nanoTime();
            ApiResponse refused = owner.post("/v1.0/leads", Map.of("firstName", "During" + i));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(millis).as("answered quickly").isLessThan(5_000);
        }

        readOnly(false); // the sessions opened meanwhile stay read-only, as connections to a demoted primary would
        int refusedAfter = 0;
        ApiResponse created = owner.post("/v1.0/leads", Map.of("firstName", "After"));
        while (created.status() == 503 && refusedAfter <= POOL) {
            refusedAfter++;
            created = owner.post("/v1.0/leads", Map.of("firstName", "After"));
        }
        assertThat(created.status()).as("each read-only connection is dropped at its first refused write").isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(owner.post("/v1.0/leads", Map.of("firstName", "Steady" + i)).status()).isEqualTo(200);
        }
        long leadId = created.leadId();
        List<WebhookReceiver.Received> posts = receiver.await(received -> received.stream()
                .anyMatch(post -> post.body().contains("\"leadId\":" + leadId)), Duration.ofSeconds(15));
        assertThat(posts).anyMatch(post -> post.body().contains("\"leadId\":" + leadId));
    }
}
