package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.database.NodeNotifications;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.PostgresDatabase;
import io.leadline.testing.PostgresServer;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 33, what one PostgreSQL can show of a failover: the primary turns read-only under a running server (as a
 * demoted primary does) and writable again. Writes meanwhile answer 503 quickly, never 500; afterwards every pooled
 * connection that still leads to a read-only session is dropped at its first refused write, so writes work again
 * within a few requests, and the webhook dispatchers deliver what is written after, by themselves. And the primary
 * dropping every session, as a failover does: both nodes listen again by themselves, and a key revoked on one while
 * the other was not listening is refused by the other (its authentication cache was dropped across the gap).
 */
class PrimaryDemotedOnPostgresTests {

    private static final int POOL = 4;

    private static String database;
    private static WebhookReceiver receiver;
    private static ConfigurableApplicationContext server;
    private static ConfigurableApplicationContext secondNode;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        String url = PostgresDatabase.freshDatabase();
        database = url.substring(url.lastIndexOf('/') + 1);
        receiver = new WebhookReceiver();
        server = PostgresServer.start(url,
                "--spring.datasource.hikari.maximum-pool-size=" + POOL,
                "--leadline.webhooks.allow-insecure-targets=true",
                "--leadline.webhooks.poll-interval=PT0.05S",
                "--leadline.webhooks.max-retry=PT0.3S");
        baseUrl = PostgresServer.baseUrl(server);
        secondNode = PostgresServer.start(url,
                "--spring.datasource.hikari.maximum-pool-size=" + POOL,
                "--leadline.webhooks.dispatch=false");
    }

    @AfterAll
    static void stop() {
        secondNode.close();
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
    void bothNodesListenAgainAfterThePrimaryDroppedThemAndAKeyRevokedInTheGapStaysRevoked() throws InterruptedException {
        ApiClient admin = new ApiClient(baseUrl, "token " + ApiTestBase.SERVER_ADMIN_KEY);
        ApiResponse team = admin.post("/leadline/v1/teams", Map.of("name", "Gap",
                "owner", Map.of("email", "owner@gap.example", "firstName", "Gap", "lastName", "Owner")));
        ApiClient owner = admin.as("token " + team.json().path("apiKey").path("key").asString());
        long ownerId = owner.get("/v1.0/me").json().path("memberUserId").asLong();
        ApiResponse key = owner.post("/leadline/v1/api-keys", Map.of("userId", ownerId, "name", "revoked in the gap"));
        ApiClient onSecond = new ApiClient(PostgresServer.baseUrl(secondNode),
                "token " + key.json().path("key").asString());
        awaitListening(secondNode);
        assertThat(answerOnceConnected(onSecond)).as("the key works, and the second node keeps it").isEqualTo(200);

        dropSessions();
        ApiResponse revoked = owner.delete("/leadline/v1/api-keys/" + key.json().path("id").asLong());
        while (revoked.status() == 503) {
            revoked = owner.delete("/leadline/v1/api-keys/" + key.json().path("id").asLong());
        }
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(answerOnceConnected(onSecond)).as("revoked while the second node was not listening").isEqualTo(401);

        awaitListening(server);
        awaitListening(secondNode);
        assertThat(answerOnceConnected(onSecond)).isEqualTo(401);
    }

    /** The second node's pooled connections were ended too: a request may meet a dead one first (503, retry). */
    private static int answerOnceConnected(ApiClient client) {
        ApiResponse answer = client.get("/v1.0/me");
        for (int attempt = 0; answer.status() == 503 && attempt < 2 * POOL; attempt++) {
            answer = client.get("/v1.0/me");
        }
        return answer.status();
    }

    private static void awaitListening(ConfigurableApplicationContext node) throws InterruptedException {
        NodeNotifications notifications = node.getBean(NodeNotifications.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!notifications.listening()) {
            assertThat(System.nanoTime()).as("listening again within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
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
