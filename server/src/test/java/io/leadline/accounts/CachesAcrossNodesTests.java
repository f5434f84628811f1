package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.SecondNode;
import io.leadline.testing.TestTeam;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What each node keeps in memory (LL-18) — who a credential acts for, the team's catalogues — follows a change made
 * through another node: a key revoked, a role changed, a member deactivated within a second; a stage or custom field
 * added is usable on every node at once.
 */
abstract class CachesAcrossNodesTests extends ApiTestBase {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @RegisterExtension
    static final SecondNode secondNode = new SecondNode(new Class<?>[0]);

    /** Whether the nodes cache callers (PostgreSQL, where they hear each other); the embedded database reads each time. */
    abstract boolean caches();

    @Test
    void aKeyRevokedOnOneNodeStopsWorkingOnEveryNodeWithinASecond() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        ApiClient onB = agent.client().at(secondNode.url());
        for (int i = 0; i < 3; i++) {
            assertThat(onB.get("/v1.0/me").status()).isEqualTo(200);
        }
        long keyId = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("userId").asLong() == agent.userId()).findFirst().orElseThrow().path("id").asLong();

        assertThat(team.owner().delete("/leadline/v1/api-keys/" + keyId).status()).isEqualTo(200);

        assertThat(agent.client().get("/v1.0/me").status()).as("the node that revoked it, at once").isEqualTo(401);
        assertThat(awaitAnswer(onB, "/v1.0/me", r -> r.status() == 401)).as("the other node").isLessThan(WITHIN);
    }

    @Test
    void aRoleChangeAndADeactivationReachEveryNodeWithinASecond() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        ApiClient onB = agent.client().at(secondNode.url());
        assertThat(onB.get("/v1.0/me").json().path("roleName").asString()).isEqualTo("Agent");
        assertThat(onB.get("/v1.0/me").status()).isEqualTo(200);

        assertThat(team.owner().put("/leadline/v1/users/" + agent.userId() + "/role", Map.of("role", "LENDER")).status())
                .isEqualTo(200);
        assertThat(awaitAnswer(onB, "/v1.0/me", r -> "Lender".equals(r.json().path("roleName").asString()))).isLessThan(WITHIN);

        assertThat(team.owner().post("/v2.0/agents/" + agent.userId() + "/deactivate", Map.of()).status()).isEqualTo(200);
        assertThat(awaitAnswer(onB, "/v1.0/me", r -> r.status() == 401)).isLessThan(WITHIN);
    }

    @Test
    void aStageOrCustomFieldAddedThroughOneNodeIsUsableOnTheOtherAtOnce() {
        TestTeam team = newTeam();
        ApiClient onB = team.owner().at(secondNode.url());
        assertThat(onB.post("/v1.0/leads", io.leadline.testing.TestLeads.aLead().with("stage", "Contacted").build()).status())
                .as("B has read the team's stages").isEqualTo(200);
        assertThat(onB.get("/v1.0/teamFeatures/lead-pipelines").status()).isEqualTo(200);

        assertThat(team.owner().post("/leadline/v1/pipelines", Map.of("name", "Showing")).status()).isEqualTo(201);
        assertThat(team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Budget",
                "attributeType", "number")).status()).isEqualTo(200);

        ApiResponse created = onB.post("/v1.0/leads", io.leadline.testing.TestLeads.aLead().with("stage", "Showing")
                .with("customAttributeList", java.util.List.of(Map.of("attributeName", "Budget", "value", "500000"))).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode lead = onB.get("/v1.0/leads/" + created.leadId()).json().path("lead");
        assertThat(lead.path("stage").asString()).isEqualTo("Showing");
        assertThat(lead.path("customAttributes").toString()).contains("Budget").contains("500000");
        assertThat(onB.get("/v1.0/leads?stage=Showing").json().path("leads")).hasSize(1);
    }

    @Test
    void repeatedRequestsAreAnsweredFromTheCacheOnlyWhereNodesHearEachOther() {
        TestTeam team = newTeam();
        ApiClient onB = team.owner().at(secondNode.url());
        double before = hits(onB);
        for (int i = 0; i < 5; i++) {
            assertThat(onB.get("/v1.0/me").status()).isEqualTo(200);
        }
        double after = hits(onB);
        if (caches()) {
            assertThat(after - before).isGreaterThanOrEqualTo(4);
        } else {
            assertThat(after).isZero();
        }
    }

    private static double hits(ApiClient node) {
        String metrics = node.as("token " + SERVER_ADMIN_KEY).get("/actuator/prometheus").raw();
        return metrics.lines().filter(line -> line.startsWith("leadline_auth_cache_total{result=\"hit\"}"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    /** How long until the node answers as expected; fails after five seconds. */
    private static Duration awaitAnswer(ApiClient node, String path, Predicate<ApiResponse> expected) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < Duration.ofSeconds(5).toNanos()) {
            if (expected.test(node.get(path))) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(path + " never answered as expected: " + node.get(path));
    }
}
