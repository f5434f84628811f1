package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.PostgresDatabase;
import io.leadline.testing.PostgresServer;
import io.leadline.testing.TcpProxy;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 33's read replica, on one PostgreSQL: the "replica" is the same database reached through a proxy, in
 * read-only sessions as a standby's are (the first lists go there, so a read path that writes fails), never behind;
 * but the server cannot tell — it samples it, routes by the rule, and keeps read-your-writes by WAL
 * position as it would for a real standby (bench/run replica runs one; ReplicaRoutingRuleTests has the rule). A
 * caller who just wrote lists on the replica once it shows the write replayed, and finds the lead; a caller who did
 * not lists there at once; a replica cut off sends every read to the primary without an error, and they return once
 * it is back.
 */
class ReadReplicaOnPostgresTests {

    private static TcpProxy replica;
    private static ConfigurableApplicationContext server;
    private static ApiClient owner;
    private static ApiClient agent;

    @BeforeAll
    static void start() {
        String url = PostgresDatabase.freshDatabase();
        replica = new TcpProxy(PostgresDatabase.host(), PostgresDatabase.port());
        // read-only sessions, as a standby's are: a read path that writes fails here as it would there
        String replicaUrl = "jdbc:postgresql://127.0.0.1:" + replica.port() + url.substring(url.lastIndexOf('/'))
                + "?options=-c%20default_transaction_read_only=on";
        server = PostgresServer.start(url, "--leadline.replica.url=" + replicaUrl);
        ApiClient admin = new ApiClient(PostgresServer.baseUrl(server), "token " + ApiTestBase.SERVER_ADMIN_KEY);
        ApiResponse team = admin.post("/leadline/v1/teams", Map.of("name", "Replica",
                "owner", Map.of("email", "owner@replica.example", "firstName", "Rae", "lastName", "Plica")));
        owner = admin.as("token " + team.json().path("apiKey").path("key").asString());
        long agentId = owner.post("/leadline/v1/users", Map.of("email", "agent@replica.example", "firstName", "Ag",
                "role", "AGENT")).json().path("userId").asLong();
        agent = owner.as("token " + owner.post("/leadline/v1/api-keys", Map.of("userId", agentId, "name", "agent"))
                .json().path("key").asString());
    }

    /** Closing the server closes the primary's pool behind the routing data source (no connections left open). */
    @AfterAll
    static void stop() throws java.sql.SQLException {
        com.zaxxer.hikari.HikariDataSource primary = server.getBean(javax.sql.DataSource.class)
                .unwrap(com.zaxxer.hikari.HikariDataSource.class);
        server.close();
        replica.close();
        assertThat(primary.isClosed()).as("the primary's pool closed with the server").isTrue();
    }

    @Test
    void theWriterReadsItsWriteAtOnceAndOthersReadTheReplica() throws InterruptedException {
        awaitReplicaServing(agent);

        owner.post("/v1.0/leads", Map.of("firstName", "Fresh", "lastName", "Earlier"));
        double replicaBeforeWrite = reads("replica");
        long leadId = owner.post("/v1.0/leads", Map.of("firstName", "Fresh", "lastName", "Write")).leadId();
        ApiResponse listed = owner.get("/v1.0/leads?key=Fresh&limit=1");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().path("leads").findValuesAsString("leadId")).contains(String.valueOf(leadId));
        assertThat(listed.json().path("_metadata").path("scrollId").asString()).as("a page that signs a scroll token").isNotBlank();
        assertThat(reads("replica")).as("the writer's list, once the replica showed the write replayed")
                .isEqualTo(replicaBeforeWrite + 1);

        double replicaBefore = reads("replica");
        agent.get("/v1.0/leads");
        assertThat(reads("replica")).as("a caller without a write reads the replica").isEqualTo(replicaBefore + 1);

        awaitReplicaServing(owner);
        assertThat(owner.get("/v1.0/leads?key=Fresh").json().path("_metadata").path("total").asLong()).isEqualTo(2);
        assertThat(owner.get("/v2.0/leads/" + leadId + "/activities").status()).isEqualTo(200);
    }

    @Test
    void aReplicaCutOffSendsReadsToThePrimaryWithoutAnError() throws InterruptedException {
        awaitReplicaServing(agent);
        replica.cut();
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(agent.get("/v1.0/leads").status()).isEqualTo(200);
                Thread.sleep(50);
            }
            double replicaDuring = reads("replica");
            Thread.sleep(300);
            assertThat(agent.get("/v1.0/leads").status()).isEqualTo(200);
            assertThat(reads("replica")).as("no read went to the replica while it was cut off").isEqualTo(replicaDuring);
        } finally {
            replica.restore();
        }
        awaitReplicaServing(agent);
    }

    /** Lists until one is served by the replica (within 5 s). */
    private static void awaitReplicaServing(ApiClient caller) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        double before = reads("replica");
        while (true) {
            assertThat(caller.get("/v1.0/leads").status()).isEqualTo(200);
            if (reads("replica") > before) {
                return;
            }
            assertThat(System.nanoTime()).as("a list served by the replica within 5 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static double reads(String on) {
        return server.getBean(MeterRegistry.class).get("leadline.replica.reads").tag("on", on).counter().count();
    }
}
