package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.accounts.directory.UserResponse;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Authentication, Lofty's member and org reads, and the administration API (LL issue 2). */
abstract class AccountsApiTests extends ApiTestBase {

    @Test
    void missingOrUnknownCredentialsAre401WithAnErrorBody() {
        ApiResponse missing = anonymous().get("/v1.0/me");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.code()).isEqualTo(900401);
        assertThat(missing.message()).contains("Authorization");

        ApiResponse unknown = anonymous().as("token llk_not-a-real-key").get("/v1.0/me");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(anonymous().as("Basic abc").get("/v1.0/me").status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void managementEndpointsAnswerOnlyServerAdministratorsButHealthStaysOpen() {
        TestTeam team = newTeam();
        for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator")) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(401);
            ApiResponse owner = team.owner().get(path);
            assertThat(owner.status()).as(path).isEqualTo(403);
            assertThat(owner.code()).isEqualTo(20017);
            assertThat(serverAdmin().get(path).status()).as(path).isEqualTo(200);
        }
        JsonNode info = serverAdmin().get("/actuator/info").json();
        assertThat(info.path("build").path("version").asString()).isNotBlank();
        assertThat(info.path("git").path("commit").path("id").asString()).as(info.toString()).matches("[0-9a-f]{7,40}");
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    /** Backups of a database kept in files are EmbeddedBackupTests'; the suite's databases have none to take. */
    @Test
    void aBackupIsAServerAdministratorsAndPostgresqlsAreItsOwn() {
        TestTeam team = newTeam();
        assertThat(team.owner().get("/leadline/v1/backup").status()).isEqualTo(403);
        ApiResponse refused = serverAdmin().get("/leadline/v1/backup");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.message()).contains(getClass().getSimpleName().contains("Postgres") ? "pgBackRest" : "in memory");
    }

    @Test
    void theApiDocumentAndSwaggerUiAreOpenToEveryone() {
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/webjars/swagger-ui/swagger-ui-bundle.js")) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test // LL-26 item 1: Spring Security adds no header, cookie or session to what Lofty clients see
    void answersCarryNoSecurityHeadersCookiesOrSessions() {
        TestTeam team = newTeam();
        for (ApiResponse answer : List.of(team.owner().get("/v1.0/me"), anonymous().get("/v1.0/me"),
                team.owner().get("/actuator/prometheus"), team.owner().post("/v1.0/leads", Map.of("firstName", "Headers")))) {
            for (String added : List.of("X-Content-Type-Options", "X-Frame-Options", "X-XSS-Protection", "Cache-Control",
                    "Pragma", "Expires", "Set-Cookie", "Strict-Transport-Security")) {
                assertThat(answer.headers().firstValue(added)).as(added + " on " + answer).isEmpty();
            }
        }
    }

    @Test // LL-26 item 13
    void theRootSaysWhereTheApiDocumentIs() {
        ApiResponse root = anonymous().get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.json().path("apiDocument").asString()).isEqualTo("/v3/api-docs");
        assertThat(anonymous().get(root.json().path("swaggerUi").asString()).status()).isEqualTo(200);
    }

    @Test // LL-26 item 1
    void noSpellingOfAPathReachesAnEndpointPastItsRule() {
        TestTeam team = newTeam();
        for (String path : List.of("/%61ctuator/prometheus", "/%61ctuator/info", "/%61ctuator", "/actuator/%70rometheus",
                "/%61ctuator/prometheus/", "/actuator%2Fprometheus", "/actuator/health/..%2Fprometheus",
                "/actuator/health/%2E%2E/prometheus", "/actuator;x=1/prometheus", "/actuator/health/../prometheus",
                "//actuator/prometheus", "/actuator//prometheus", "/ACTUATOR/prometheus")) {
            for (ApiResponse refused : List.of(anonymous().get(path), team.owner().get(path))) {
                assertThat(refused.status()).as(path + " " + refused).isIn(400, 401, 403, 404);
                assertThat(refused.code()).as(path + " " + refused).isPositive();
                assertThat(refused.raw()).as(path).doesNotContain("jvm_");
            }
        }
        for (String path : List.of("/%761.0/me", "/v1.0/%6De", "/%6Ceadline/v1/api-keys", "/v2.0/%74asks")) {
            ApiResponse refused = anonymous().get(path);
            assertThat(refused.status()).as(path + " " + refused).isIn(400, 401);
        }
        assertThat(serverAdmin().get("/%61ctuator/prometheus").status()).as("the same endpoint, decoded").isEqualTo(200);
    }

    @Test
    void apiKeySentAsBearerGetsLoftys200058() {
        ApiResponse response = anonymous().as("Bearer " + SERVER_ADMIN_KEY).get("/v1.0/me");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo(200058);
        assertThat(response.message()).isEqualTo("User in token does not exist.");
    }

    @Test
    void accessTokensAuthenticateAsBearerOnly() {
        TestTeam team = newTeam();
        ApiResponse issued = team.owner().post("/leadline/v1/api-keys", Map.of("name", "sync job", "scheme", "bearer"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("key").asString();
        assertThat(token).startsWith("llt_");

        ApiResponse me = anonymous().as("Bearer " + token).get("/v1.0/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("memberUserId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(anonymous().as("token " + token).get("/v1.0/me").status()).isEqualTo(401);
    }

    @Test
    void revokedKeysStopWorkingAndSecretsAreNeverListed() {
        TestTeam team = newTeam();
        ApiResponse issued = team.owner().post("/leadline/v1/api-keys",
                Map.of("name", "temp", "expiresAt", OffsetDateTime.now().plusDays(1).toString()));
        String key = issued.json().path("key").asString();
        long keyId = issued.json().path("id").asLong();
        assertThat(anonymous().as("token " + key).get("/v1.0/me").status()).isEqualTo(200);

        JsonNode listed = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys");
        assertThat(listed.valueStream().map(k -> k.path("key")).allMatch(JsonNode::isNull)).isTrue();
        assertThat(listed.valueStream().anyMatch(k -> key.startsWith(k.path("keyPrefix").asString()) && k.path("keyPrefix").asString().length() == 12)).isTrue();

        assertThat(team.owner().delete("/leadline/v1/api-keys/" + keyId).json().path("revokedAt").isNull()).isFalse();
        assertThat(anonymous().as("token " + key).get("/v1.0/me").status()).isEqualTo(401);

        ApiResponse past = team.owner().post("/leadline/v1/api-keys",
                Map.of("name", "old", "expiresAt", OffsetDateTime.now().minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.message()).contains("expiresAt");
    }

    @Test
    void meDescribesTheCallerAsALoftyMember() {
        TestTeam team = newTeam();
        long office = team.office("HQ", null);
        TestTeam.TestMember agent = team.agent(office);
        team.createLead(team.owner(), Map.of("firstName", "Assigned", "assignedUserId", agent.userId()));

        JsonNode me = agent.client().get("/v1.0/me").json();

        assertThat(me.path("memberUserId").asLong()).isEqualTo(agent.userId());
        assertThat(me.path("id").asLong()).isNotEqualTo(agent.userId());
        assertThat(me.path("teamId").asLong()).isEqualTo(team.teamId());
        assertThat(me.path("roleName").asString()).isEqualTo("Agent");
        assertThat(me.path("isAdmin").asBoolean()).isFalse();
        assertThat(me.path("email").asString()).isEqualTo(agent.email());
        assertThat(me.path("groupId").asLong()).isEqualTo(office);
        assertThat(me.path("groupName").asString()).isEqualTo("HQ");
        assertThat(me.path("group").path("id").asLong()).isEqualTo(office);
        assertThat(me.path("assignedLeadCount").asLong()).isEqualTo(1);
        assertThat(me.path("newLeadCount").asLong()).isEqualTo(1);
    }

    @Test
    void membersPageWithMetadataAndFilterByOffice() {
        TestTeam team = newTeam();
        long east = team.office("East", null);
        TestTeam.TestMember eastAgent = team.agent(east);
        team.agent(null);

        ApiResponse all = team.owner().get("/v1.0/members?limit=2&offset=0");
        assertThat(all.json().path("_metadata").path("collection").asString()).isEqualTo("members");
        assertThat(all.json().path("_metadata").path("total").asLong()).isEqualTo(3);
        assertThat(all.json().path("_metadata").path("limit").asInt()).isEqualTo(2);
        assertThat(all.json().path("members")).hasSize(2);
        assertThat(team.owner().get("/v1.0/members?limit=2&offset=2").json().path("members")).hasSize(1);

        JsonNode inEast = team.owner().get("/v1.0/members?groupIds=" + east).json();
        assertThat(inEast.path("members")).hasSize(1);
        assertThat(inEast.path("members").get(0).path("memberUserId").asLong()).isEqualTo(eastAgent.userId());

        ApiResponse tooMany = team.owner().get("/v1.0/members?limit=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo(20042);
        ApiResponse none = team.owner().get("/v1.0/members?groupIds=42");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.code()).isEqualTo(20003);
    }

    @Test
    void memberByEmailIsScopedToTheTeam() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        TestTeam other = newTeam();

        assertThat(team.owner().get("/v1.0/members/" + agent.email()).json().path("memberUserId").asLong())
                .isEqualTo(agent.userId());
        ApiResponse foreign = other.owner().get("/v1.0/members/" + agent.email());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo(20003);
    }

    @Test
    void orgListsTheOfficesTheCallerCanSee() {
        TestTeam team = newTeam();
        long north = team.office("North", null);
        long northSub = team.office("North Sub", north);
        team.office("South", null);
        TestTeam.TestMember northAgent = team.agent(north);

        JsonNode asOwner = team.owner().get("/v1.0/org").json().path("enterpriseInfo");
        assertThat(asOwner.path("visibleOrgInfoList")).hasSize(3);

        JsonNode asAgent = northAgent.client().get("/v1.0/org").json().path("enterpriseInfo");
        assertThat(asAgent.path("groupId").asLong()).isEqualTo(north);
        assertThat(asAgent.path("visibleOrgInfoList").valueStream().map(o -> o.path("groupId").asLong()).toList())
                .containsExactlyInAnyOrder(north, northSub);
        assertThat(asAgent.path("visibleOrgInfoList").valueStream()
                .filter(o -> o.path("groupId").asLong() == northSub).findFirst().orElseThrow()
                .path("parentId").asLong()).isEqualTo(north);
    }

    @Test
    void administrationIsForOwnersAdminsAndServerAdmins() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        TestTeam.TestMember admin = team.member("ADMIN", null);

        ApiResponse agentCreatesUser = agent.client().post("/leadline/v1/users",
                Map.of("email", "x@example.com", "firstName", "X", "role", "AGENT"));
        assertThat(agentCreatesUser.status()).isEqualTo(403);
        assertThat(agentCreatesUser.code()).isEqualTo(20017);
        assertThat(agent.client().post("/leadline/v1/offices", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(agent.client().post("/leadline/v1/api-keys", Map.of("name", "x", "userId", team.ownerUserId())).status())
                .isEqualTo(403);
        assertThat(agent.client().post("/leadline/v1/api-keys", Map.of("name", "my own")).status()).isEqualTo(201);
        assertThat(admin.client().post("/leadline/v1/offices", Map.of("name", "Admin's office")).status()).isEqualTo(201);
        assertThat(team.owner().post("/leadline/v1/teams", Map.of("name", "Nope")).status()).isEqualTo(403);
        assertThat(team.owner().get("/leadline/v1/teams").status()).isEqualTo(403);
        assertThat(serverAdmin().get("/leadline/v1/teams").json().path("teams").valueStream()
                .anyMatch(t -> t.path("teamId").asLong() == team.teamId())).isTrue();
        assertThat(team.owner().get("/leadline/v1/users").json().path("users")).hasSize(3);
    }

    // LL-13: an admin issued a key for the owner (a server administrator) and with it created teams
    @Test
    void nobodyIssuesOrRevokesAKeyForSomeoneOfTheirRankOrAbove() {
        TestTeam team = newTeam();
        TestTeam.TestMember admin = team.member("ADMIN", null);
        TestTeam.TestMember otherAdmin = team.member("ADMIN", null);
        TestTeam.TestMember agent = team.agent(null);

        ApiResponse forOwner = admin.client().post("/leadline/v1/api-keys", Map.of("name", "x", "userId", team.ownerUserId()));
        assertThat(forOwner.status()).isEqualTo(403);
        assertThat(forOwner.code()).isEqualTo(20017);
        assertThat(admin.client().post("/leadline/v1/api-keys", Map.of("name", "x", "userId", otherAdmin.userId())).status())
                .isEqualTo(403);
        assertThat(admin.client().post("/leadline/v1/api-keys", Map.of("name", "x", "userId", agent.userId())).status())
                .isEqualTo(201);
        assertThat(team.owner().post("/leadline/v1/api-keys", Map.of("name", "x", "userId", admin.userId())).status())
                .isEqualTo(201);

        long ownerKeyId = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("userId").asLong() == team.ownerUserId())
                .findFirst().orElseThrow().path("id").asLong();
        assertThat(admin.client().delete("/leadline/v1/api-keys/" + ownerKeyId).status()).isEqualTo(403);
        assertThat(admin.client().put("/leadline/v1/api-keys/" + ownerKeyId + "/rate-limit", Map.of("rateLimitPerMinute", 1))
                .status()).isEqualTo(403);
        assertThat(team.owner().get("/v1.0/me").status()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("id").asLong() == ownerKeyId)
                .allMatch(k -> k.path("revokedAt").isNull() && k.path("rateLimitPerMinute").isNull())).isTrue();
    }

    // LL-13: server-administrator rights never pass through a team-level action
    @Test
    void anAdminOfTheServerAdministratorsTeamCannotReachTheServerAdministratorsPower() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        ApiResponse user = serverAdmin().post("/leadline/v1/users",
                Map.of("email", "admin-" + suffix + "@example.com", "firstName", "Ada", "role", "ADMIN"));
        assertThat(user.status()).isEqualTo(201);
        ApiResponse key = serverAdmin().post("/leadline/v1/api-keys", Map.of("name", "admin", "userId", user.json().path("userId").asLong()));
        var admin = anonymous().as("token " + key.json().path("key").asString());
        long serverAdminId = serverAdmin().get("/v1.0/me").json().path("memberUserId").asLong();

        assertThat(admin.post("/leadline/v1/api-keys", Map.of("name", "mine now", "userId", serverAdminId)).status()).isEqualTo(403);
        assertThat(admin.get("/leadline/v1/teams").status()).isEqualTo(403);
        assertThat(admin.post("/leadline/v1/teams", Map.of("name", "Nope", "owner", Map.of("email", "n@example.com", "firstName", "N")))
                .status()).isEqualTo(403);
        assertThat(admin.put("/leadline/v1/users/" + serverAdminId + "/role", Map.of("role", "AGENT")).status()).isEqualTo(403);
    }

    // LL-13: nobody creates or promotes anyone to their own rank or above
    @Test
    void rolesAreGivenOnlyBelowTheCallersOwn() {
        TestTeam team = newTeam();
        TestTeam.TestMember admin = team.member("ADMIN", null);
        TestTeam.TestMember agent = team.agent(null);

        assertThat(admin.client().post("/leadline/v1/users", Map.of("email", "a-" + agent.userId() + "@example.com",
                "firstName", "A", "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(admin.client().post("/leadline/v1/users", Map.of("email", "o-" + agent.userId() + "@example.com",
                "firstName", "O", "role", "OWNER")).status()).isEqualTo(400);
        assertThat(admin.client().post("/leadline/v1/users", Map.of("email", "l-" + agent.userId() + "@example.com",
                "firstName", "L", "role", "LENDER")).status()).isEqualTo(201);

        assertThat(admin.client().put("/leadline/v1/users/" + agent.userId() + "/role", Map.of("role", "ADMIN")).status())
                .isEqualTo(403);
        assertThat(admin.client().put("/leadline/v1/users/" + team.ownerUserId() + "/role", Map.of("role", "AGENT")).status())
                .isEqualTo(403);
        assertThat(admin.client().put("/leadline/v1/users/" + admin.userId() + "/role", Map.of("role", "AGENT")).status())
                .isEqualTo(403);
        assertThat(team.owner().put("/leadline/v1/users/" + team.ownerUserId() + "/role", Map.of("role", "AGENT")).status())
                .isEqualTo(403);
        assertThat(team.owner().put("/leadline/v1/users/" + agent.userId() + "/role", Map.of("role", "OWNER")).status())
                .isEqualTo(400);
        assertThat(admin.client().put("/leadline/v1/users/" + agent.userId() + "/role", Map.of("role", "LENDER")).status())
                .isEqualTo(200);

        ApiResponse promoted = team.owner().put("/leadline/v1/users/" + agent.userId() + "/role", Map.of("role", "ADMIN"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("role").asString()).isEqualTo("ADMIN");
        assertThat(agent.client().get("/leadline/v1/users").status()).isEqualTo(200);
        assertThat(agent.client().post("/leadline/v1/offices", Map.of("name", "Promoted's office")).status()).isEqualTo(201);
        assertThat(team.owner().put("/leadline/v1/users/" + agent.userId() + "/role", Map.of("role", "AGENT")).status())
                .isEqualTo(200);
        assertThat(agent.client().post("/leadline/v1/offices", Map.of("name", "Demoted's office")).status()).isEqualTo(403);
        assertThat(team.owner().put("/leadline/v1/users/999/role", Map.of("role", "AGENT")).status()).isEqualTo(404);
    }

    // LL-17: Lofty's deprecated lookup by user id, still called by public clients
    @Test
    void aMemberIsReadByUserIdAsByEmail() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        ApiResponse byId = team.owner().get("/v1.0/users/" + agent.userId());
        assertThat(byId.status()).as(byId.toString()).isEqualTo(200);
        assertThat(io.leadline.testing.LoftySchema.problems("UserResponse", byId.json())).isEmpty();
        assertThat(byId.json()).isEqualTo(team.owner().get("/v1.0/members/" + agent.email()).json());
        ApiResponse foreign = newTeam().owner().get("/v1.0/users/" + agent.userId());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo(20003);
        assertThat(team.owner().get("/v1.0/users/4503599627370001").code()).isEqualTo(20003);
    }

    // LL-17: Leadline's roles expressed as Lofty's permission profiles
    @Test
    void permissionProfilesAreTheRolesForThoseWhoManageTheTeam() {
        TestTeam team = newTeam();
        ApiResponse profiles = team.owner().get("/v1.0/org/permission/profiles");
        assertThat(profiles.status()).isEqualTo(200);
        assertThat(profiles.json().valueStream().map(p -> p.path("name").asString()))
                .containsExactly("Owner", "Admin", "Agent", "Lender", "Assistant");
        for (JsonNode profile : profiles.json()) {
            assertThat(io.leadline.testing.LoftySchema.problems("PermissionProfile", profile)).isEmpty();
        }
        ApiResponse agent = team.agent(null).client().get("/v1.0/org/permission/profiles");
        assertThat(agent.status()).isEqualTo(400);
        assertThat(agent.code()).isEqualTo(20017);
    }

    // LL-17: a deactivated agent cannot authenticate, is skipped by routing and keeps their leads; reactivation restores
    @Test
    void aDeactivatedAgentIsLockedOutAndSkippedByRoutingButKeepsTheirLeads() {
        TestTeam team = newTeam();
        TestTeam.TestMember leaving = team.agent(null);
        TestTeam.TestMember staying = team.agent(null);
        team.owner().post("/leadline/v1/routing/rules", Map.of("name", "Both", "routingStrategy", Map.of("strategyType", 1,
                "memberWeights", List.of(Map.of("memberId", leaving.userId()), Map.of("memberId", staying.userId())))));
        long kept = team.createLead(team.owner(), Map.of("firstName", "Kept", "assignedUserId", leaving.userId()));

        ApiResponse deactivated = team.owner().post("/v2.0/agents/" + leaving.userId() + "/deactivate", Map.of());
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(io.leadline.testing.LoftySchema.problems("ApiCommonResponse", deactivated.json())).isEmpty();
        assertThat(deactivated.json().path("code").asInt()).isZero();
        ApiResponse refused = leaving.client().get("/v1.0/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo(900401);
        assertThat(team.owner().get("/v1.0/leads/" + kept).json().path("lead").path("assignedUserId").asLong())
                .isEqualTo(leaving.userId());
        for (int i = 0; i < 4; i++) {
            long routed = team.createLead(team.owner(), Map.of("firstName", "Routed " + i));
            assertThat(team.owner().get("/v1.0/leads/" + routed).json().path("lead").path("assignedUserId").asLong())
                    .isEqualTo(staying.userId());
        }

        ApiResponse reactivated = team.owner().post("/v2.0/agents/" + leaving.userId() + "/reactivate", Map.of());
        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(io.leadline.testing.LoftySchema.problems("ApiCommonResponse", reactivated.json())).isEmpty();
        assertThat(leaving.client().get("/v1.0/me").status()).isEqualTo(200);
        java.util.Set<Long> assignees = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            long routed = team.createLead(team.owner(), Map.of("firstName", "Again " + i));
            assignees.add(team.owner().get("/v1.0/leads/" + routed).json().path("lead").path("assignedUserId").asLong());
        }
        assertThat(assignees).contains(leaving.userId(), staying.userId());
    }

    @Test
    void deactivationFollowsTheRankRules() {
        TestTeam team = newTeam();
        TestTeam.TestMember admin = team.member("ADMIN", null);
        TestTeam.TestMember agent = team.agent(null);
        assertThat(agent.client().post("/v2.0/agents/" + admin.userId() + "/deactivate", Map.of()).status()).isEqualTo(403);
        assertThat(admin.client().post("/v2.0/agents/" + team.ownerUserId() + "/deactivate", Map.of()).status()).isEqualTo(403);
        assertThat(team.owner().post("/v2.0/agents/" + team.ownerUserId() + "/deactivate", Map.of()).status()).isEqualTo(403);
        assertThat(admin.client().post("/v2.0/agents/" + agent.userId() + "/reactivate", Map.of()).code()).isEqualTo(20012);
        assertThat(admin.client().post("/v2.0/agents/" + agent.userId() + "/deactivate", Map.of()).status()).isEqualTo(200);
        assertThat(admin.client().post("/v2.0/agents/" + agent.userId() + "/deactivate", Map.of()).code()).isEqualTo(20012);
        assertThat(newTeam().owner().post("/v2.0/agents/" + agent.userId() + "/reactivate", Map.of()).code()).isEqualTo(20003);
        assertThat(team.owner().get("/v1.0/members/" + agent.email()).status()).isEqualTo(200);
    }

    @Test
    void administrationRejectsBadInput() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);

        ApiResponse duplicate = team.owner().post("/leadline/v1/users",
                Map.of("email", agent.email().toUpperCase(), "firstName", "Again", "role", "AGENT"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(team.owner().post("/leadline/v1/users", Map.of("email", "a@b.co", "firstName", "A", "role", "WIZARD"))
                .message()).contains("role");
        assertThat(team.owner().post("/leadline/v1/users", Map.of("email", "a@b.co", "firstName", "A", "role", "OWNER"))
                .status()).isEqualTo(400);
        assertThat(team.owner().post("/leadline/v1/users", Map.of("email", "not-an-email", "firstName", "A"))
                .message()).contains("email");
        assertThat(team.owner().post("/leadline/v1/offices", Map.of("name", "Child", "parentId", 99)).message())
                .contains("parentId");
        assertThat(team.owner().post("/leadline/v1/offices", Map.of()).message()).contains("name");
        assertThat(serverAdmin().post("/leadline/v1/teams", Map.of("name", "No owner")).message()).contains("email");
    }

    @Test
    void pipelinesListTheTeamsStages() {
        TestTeam team = newTeam();

        JsonNode pipelines = team.owner().get("/v1.0/teamFeatures/lead-pipelines").json();
        assertThat(pipelines.path("pipelines").valueStream().map(p -> p.path("name").asString()).toList())
                .containsExactly("New Lead", "Contacted", "Qualified", "Under Contract", "Closed");
        assertThat(pipelines.path("_metadata").path("total").asLong()).isEqualTo(5);

        JsonNode filtered = team.owner().get("/v1.0/teamFeatures/lead-pipelines?name=con&pageSize=1&currPage=1").json();
        assertThat(filtered.path("_metadata").path("total").asLong()).isEqualTo(2);
        assertThat(filtered.path("pipelines").get(0).path("name").asString()).isEqualTo("Under Contract");

        assertThat(team.owner().post("/leadline/v1/pipelines", Map.of("name", "Contacted")).status()).isEqualTo(409);
        assertThat(team.owner().post("/leadline/v1/pipelines", Map.of("name", "x".repeat(20))).code()).isEqualTo(20043);
    }

    @Test
    void customFieldDefinitionsAreValidatedAndListed() {
        TestTeam team = newTeam();

        assertThat(team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeType", "text")).message())
                .contains("ATTRIBUTE_NAME_EMPTY");
        assertThat(team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "A")).message())
                .contains("ATTRIBUTE_TYPE_EMPTY");
        assertThat(team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "A", "attributeType", "blob"))
                .status()).isEqualTo(400);
        assertThat(team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Pick", "attributeType", "multi_select"))
                .message()).contains("params");
        ApiResponse ok = team.owner().post("/v1.0/teamFeatures/custom-field", Map.of(
                "attributeName", "Pick", "attributeType", "multi_select", "params", Map.of("option", List.of("a", "b"))));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.raw()).isEqualTo("\"success\"");
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");

        JsonNode fields = team.owner().get("/v1.0/teamFeatures/listCustomField").json();
        assertThat(fields).hasSize(1);
        assertThat(fields.get(0).path("attributeName").asString()).isEqualTo("Pick");
        assertThat(fields.get(0).path("attributeType").asString()).isEqualTo("multi_select");
        assertThat(fields.get(0).path("params").asString()).contains("\"option\"");
    }

    @Test
    void unknownRoutesAndMethodsAnswerWithTheErrorBody() {
        TestTeam team = newTeam();
        ApiResponse noRoute = team.owner().get("/v1.0/no-such-thing");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.code()).isEqualTo(900404);
        ApiResponse wrongMethod = team.owner().post("/v1.0/me", Map.of());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo(900405);
    }
}
