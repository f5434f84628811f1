package io.leadline.routing;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.MovableClock;
import io.leadline.testing.TestTeam;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Routing, assignment, ponds, claims and the routing endpoints over HTTP (LL issue 5). */
@Import(MovableClock.class)
@TestPropertySource(properties = "leadline.routing.offer-sweep-interval=PT0.2S")
abstract class RoutingApiTests extends ApiTestBase {

    // --- rules and strategies

    @Test
    void roundRobinSplitsLeadsByWeightAndLogsWhy() {
        TestTeam team = newTeam();
        long a = team.agent(null).userId();
        long b = team.agent(null).userId();
        long c = team.agent(null).userId();
        long ruleId = rule(team, Map.of("name", "Everyone", "routingStrategy", roundRobin(Map.of(a, 1), Map.of(b, 2), Map.of(c, 3))));

        Map<Long, Integer> counts = new HashMap<>();
        List<Long> leads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long leadId = team.createLead(team.owner(), aLead().build());
            leads.add(leadId);
            counts.merge(assignee(team, leadId), 1, Integer::sum);
        }

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(a, 2, b, 4, c, 6));
        JsonNode decisions = team.owner().get("/leadline/v1/leads/" + leads.getFirst() + "/routing-decisions").json().path("decisions");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).path("outcome").asString()).isEqualTo("ASSIGNED");
        assertThat(decisions.get(0).path("ruleId").asLong()).isEqualTo(ruleId);
        assertThat(decisions.get(0).path("ruleName").asString()).isEqualTo("Everyone");
        assertThat(decisions.get(0).path("strategy").asString()).isEqualTo("ROUND_ROBIN");
        assertThat(decisions.get(0).path("scope").asString()).isEqualTo("COMPANY");
    }

    @Test
    void theFirstMatchingSwitchedOnRuleWinsAndTheFallbackTakesTheRest() {
        TestTeam team = newTeam();
        long zillowAgent = team.agent(null).userId();
        long vipAgent = team.agent(null).userId();
        long fallbackAgent = team.agent(null).userId();
        long zillowRule = rule(team, Map.of("name", "Zillow", "sourceName", "Zillow", "routingStrategy", defaultAssignee(zillowAgent)));
        rule(team, Map.of("name", "VIP", "tagNames", List.of("VIP", "Hot"), "tagMatchType", 2, "routingStrategy", defaultAssignee(vipAgent)));
        assertThat(team.owner().put("/leadline/v1/routing/fallbacks", Map.of("strategyType", 5, "assigneeAgentId", fallbackAgent)).status())
                .isEqualTo(200);

        assertThat(assignee(team, team.createLead(team.owner(), aLead().with("source", "zillow").with("tags", List.of("VIP", "Hot")).build())))
                .isEqualTo(zillowAgent);
        assertThat(assignee(team, team.createLead(team.owner(), aLead().with("tags", List.of("VIP", "Hot")).build()))).isEqualTo(vipAgent);
        assertThat(assignee(team, team.createLead(team.owner(), aLead().with("tags", List.of("VIP")).build()))).isEqualTo(fallbackAgent);

        assertThat(team.owner().put("/leadline/v1/routing/rules/" + zillowRule + "/switch", Map.of("ruleSwitch", false)).status()).isEqualTo(200);
        long paused = team.createLead(team.owner(), aLead().with("source", "Zillow").build());
        assertThat(assignee(team, paused)).isEqualTo(fallbackAgent);
        JsonNode decision = team.owner().get("/leadline/v1/leads/" + paused + "/routing-decisions").json().path("decisions").get(0);
        assertThat(decision.path("ruleName").asString()).isEqualTo("fallback");
        assertThat(decision.path("detail").asString()).contains("no rule of COMPANY matched");
    }

    @Test
    void withoutRulesOrFallbackALeadStaysUnassigned() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        assertThat(team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("assignedUserId").isNull()).isTrue();
        assertThat(team.owner().get("/leadline/v1/leads/" + leadId + "/routing-decisions").json().path("decisions").get(0)
                .path("outcome").asString()).isEqualTo("UNASSIGNED");
    }

    @Test
    void sellersRouteByTheirPropertyAndBuyersByTheirInquiry() {
        TestTeam team = newTeam();
        long austinAgent = team.agent(null).userId();
        long fallbackAgent = team.agent(null).userId();
        rule(team, Map.of("name", "Austin", "locationRule", Map.of("locationMatchType", 1, "state", "TX", "city", "Austin"),
                "priceMin", 200000, "routingStrategy", defaultAssignee(austinAgent)));
        team.owner().put("/leadline/v1/routing/fallbacks", Map.of("strategyType", 5, "assigneeAgentId", fallbackAgent));
        Map<String, Object> austinInquiry = Map.of("priceMin", 250000, "priceMax", 400000,
                "locations", List.of(Map.of("stateCode", "TX", "city", "Austin")));
        Map<String, Object> dallasHouse = Map.of("state", "TX", "city", "Dallas", "streetAddress", "9 Elm St", "price", 500000);
        Map<String, Object> austinHouse = Map.of("state", "TX", "city", "Austin", "streetAddress", "1 Main St", "price", 500000);

        long buyer = team.createLead(team.owner(), aLead().with("leadTypes", List.of(2)).with("inquiry", austinInquiry)
                .with("property", dallasHouse).build());
        long sellerInDallas = team.createLead(team.owner(), aLead().with("leadTypes", List.of(1)).with("inquiry", austinInquiry)
                .with("property", dallasHouse).build());
        long sellerInAustin = team.createLead(team.owner(), aLead().with("leadTypes", List.of(1, 2)).with("property", austinHouse).build());
        long cheapBuyer = team.createLead(team.owner(), aLead().with("inquiry", Map.of("priceMax", 150000,
                "locations", List.of(Map.of("stateCode", "TX", "city", "Austin")))).build());

        assertThat(assignee(team, buyer)).isEqualTo(austinAgent);
        assertThat(assignee(team, sellerInDallas)).isEqualTo(fallbackAgent);
        assertThat(assignee(team, sellerInAustin)).isEqualTo(austinAgent);
        assertThat(assignee(team, cheapBuyer)).isEqualTo(fallbackAgent);
    }

    @Test
    void aRuleOutsideItsActiveHoursInTheTeamsZoneIsSkipped() {
        TestTeam team = newTeam();
        long nightAgent = team.agent(null).userId();
        long dayAgent = team.agent(null).userId();
        assertThat(team.owner().put("/leadline/v1/routing/settings", Map.of("timeZone", "Asia/Tokyo")).json().path("timeZone").asString())
                .isEqualTo("Asia/Tokyo");
        // The server's clock (MovableClock, moved by other tests); windows of three hours keep an hour change harmless.
        int tokyoHour = ZonedDateTime.ofInstant(MovableClock.now(), java.time.ZoneId.of("Asia/Tokyo")).getHour();
        List<Integer> everyDay = List.of(1, 2, 3, 4, 5, 6, 7);
        rule(team, Map.of("name", "Off now", "activeHours", Map.of("activeDays", everyDay,
                "hoursStart", (tokyoHour + 11) % 24, "hoursEnd", (tokyoHour + 13) % 24), "routingStrategy", defaultAssignee(nightAgent)));
        rule(team, Map.of("name", "On now", "activeHours", Map.of("activeDays", everyDay,
                "hoursStart", (tokyoHour + 23) % 24, "hoursEnd", (tokyoHour + 1) % 24), "routingStrategy", defaultAssignee(dayAgent)));

        assertThat(assignee(team, team.createLead(team.owner(), aLead().build()))).isEqualTo(dayAgent);
        assertThat(team.owner().put("/leadline/v1/routing/settings", Map.of("timeZone", "Mars/Olympus")).code()).isEqualTo(20012);
    }

    @Test
    void membersOnVacationOrInactiveAreSkipped() {
        TestTeam team = newTeam();
        long away = team.agent(null).userId();
        long inactive = team.agent(null).userId();
        long working = team.agent(null).userId();
        rule(team, Map.of("name", "All", "routingStrategy", roundRobin(Map.of(away, 1), Map.of(inactive, 1), Map.of(working, 1))));
        assertThat(team.owner().put("/leadline/v1/routing/members/" + away + "/availability", Map.of("onVacation", true))
                .json().path("onVacation").asBoolean()).isTrue();
        team.owner().put("/leadline/v1/routing/members/" + inactive + "/availability", Map.of("active", false));

        for (int i = 0; i < 4; i++) {
            assertThat(assignee(team, team.createLead(team.owner(), aLead().build()))).isEqualTo(working);
        }
    }

    @Test
    void customRolesAndLendersAreRoutedToo() {
        TestTeam team = newTeam();
        long agent = team.agent(null).userId();
        TestTeam.TestMember isa = team.member("ASSISTANT", null);
        long lender = team.member("LENDER", null).userId();
        rule(team, Map.of("name", "Agents", "routingStrategy", defaultAssignee(agent)));
        rule(team, Map.of("name", "ISA", "businessType", 4, "roleId", 130, "routingStrategy", defaultAssignee(isa.userId())));
        rule(team, Map.of("name", "Lending", "businessType", 2, "routingStrategy", roundRobin(Map.of(lender, 1))));

        JsonNode lead = team.owner().get("/v1.0/leads/" + team.createLead(team.owner(), aLead().build())).json().path("lead");

        assertThat(lead.path("assignedUserId").asLong()).isEqualTo(agent);
        assertThat(lead.path("lenderUserId").asLong()).isEqualTo(lender);
        JsonNode isaRole = role(lead, 130);
        assertThat(isaRole.path("assigneeId").asLong()).isEqualTo(isa.userId());
        assertThat(isaRole.path("assignee").asString()).isEqualTo(isa.email());
        assertThat(role(lead, 140).path("assigneeId").asLong()).isZero();
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "No role", "businessType", 4,
                "routingStrategy", defaultAssignee(agent))).code()).isEqualTo(20012);
    }

    // --- scope selection

    @Test
    void theScopeComesFromAssignGroupIdThenFromOwnership() {
        TestTeam team = newTeam();
        long office = team.office("North", null);
        long companyAgent = team.agent(null).userId();
        long officeAgent = team.agent(office).userId();
        TestTeam.TestMember personalAgent = team.agent(null);
        rule(team, Map.of("name", "Company", "routingStrategy", defaultAssignee(companyAgent)));
        rule(team, Map.of("name", "North", "officeId", office, "routingStrategy", defaultAssignee(officeAgent)));

        assertThat(assignee(team, team.createLead(team.owner(), aLead().build()))).isEqualTo(companyAgent);
        assertThat(assignee(team, team.createLead(team.owner(), aLead().with("assignGroupId", office).build()))).isEqualTo(officeAgent);
        assertThat(assignee(team, team.createLead(team.owner(), aLead()
                .with("ownershipScope", "OFFICE").with("ownershipId", office).build()))).isEqualTo(officeAgent);
        assertThat(assignee(team, team.createLead(team.owner(), aLead()
                .with("ownershipScope", "OFFICE").with("ownershipId", office).with("assignGroupId", -1).build()))).isEqualTo(companyAgent);
        assertThat(assignee(team, team.createLead(team.owner(), aLead().with("ownershipScope", "TEAM").build()))).isEqualTo(companyAgent);

        long personal = team.createLead(personalAgent.client(), aLead().build());
        assertThat(assignee(team, personal)).isEqualTo(personalAgent.userId());
        assertThat(team.owner().get("/leadline/v1/leads/" + personal + "/routing-decisions").json().path("decisions").get(0)
                .path("scope").asString()).isEqualTo("PERSONAL");
        assertThat(assignee(team, team.createLead(personalAgent.client(), aLead().with("assignGroupId", -1).build()))).isEqualTo(companyAgent);

        long direct = team.createLead(team.owner(), aLead().with("assignedUserId", officeAgent).build());
        assertThat(assignee(team, direct)).isEqualTo(officeAgent);
        assertThat(team.owner().get("/leadline/v1/leads/" + direct + "/routing-decisions").json().path("decisions").get(0)
                .path("outcome").asString()).isEqualTo("MANUAL");

        ApiResponse badGroup = team.owner().post("/v1.0/leads", aLead().with("assignGroupId", 12345).build());
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.message()).contains("assignGroupId");
    }

    // --- ponds and claiming

    @Test
    void pondLeadsWaitUnassignedForTheirAgentsToClaim() {
        TestTeam team = newTeam();
        TestTeam.TestMember inPond = team.agent(null);
        TestTeam.TestMember outside = team.agent(null);
        JsonNode pond = team.owner().post("/leadline/v1/routing/ponds",
                Map.of("pondName", "Open house", "pondOwnerId", team.ownerUserId(), "agentIds", List.of(inPond.userId()))).json();
        long pondId = pond.path("id").asLong();
        rule(team, Map.of("name", "To the pond", "routingStrategy", Map.of("strategyType", 4, "groupId", pondId)));

        long leadId = team.createLead(team.owner(), aLead().with("ownershipScope", "TEAM").build());
        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("assignedUserId").isNull()).isTrue();
        assertThat(lead.path("pondId").asLong()).isEqualTo(pondId);
        assertThat(lead.path("pondName").asString()).isEqualTo("Open house");

        assertThat(inPond.client().get("/v1.0/team-features/lead-ponds").json()).hasSize(1);
        assertThat(outside.client().get("/v1.0/team-features/lead-ponds").json()).isEmpty();
        assertThat(inPond.client().get("/v1.0/team-features/lead-pond/" + pondId).json().path("agentIds").get(0).asLong())
                .isEqualTo(inPond.userId());
        ApiResponse hidden = outside.client().get("/v1.0/team-features/lead-pond/" + pondId);
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.code()).isEqualTo(20017);
        assertThat(team.owner().get("/v1.0/team-features/lead-pond/999").code()).isEqualTo(20017);

        assertThat(outside.client().post("/leadline/v1/leads/" + leadId + "/claim", Map.of()).status()).isEqualTo(403);
        ApiResponse claimed = inPond.client().post("/leadline/v1/leads/" + leadId + "/claim", Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().path("lead").path("assignedUserId").asLong()).isEqualTo(inPond.userId());
        assertThat(claimed.json().path("lead").path("pondId").asLong()).isZero();
        assertThat(inPond.client().post("/leadline/v1/leads/" + leadId + "/claim", Map.of()).status()).isEqualTo(409);

        assertThat(team.owner().delete("/leadline/v1/routing/ponds/" + pondId).status()).isEqualTo(409);
    }

    @Test
    void firstToClaimGoesToTheFirstClaimerOrToTheFallbackWhenTimeRunsOut() throws Exception {
        TestTeam team = newTeam();
        TestTeam.TestMember first = team.agent(null);
        TestTeam.TestMember second = team.agent(null);
        TestTeam.TestMember notOffered = team.agent(null);
        long fallbackAgent = team.agent(null).userId();
        rule(team, Map.of("name", "Blast", "routingStrategy", Map.of("strategyType", 3, "touchMinutes", 5,
                "memberWeights", List.of(Map.of("memberId", first.userId()), Map.of("memberId", second.userId())))));
        team.owner().put("/leadline/v1/routing/fallbacks", Map.of("strategyType", 5, "assigneeAgentId", fallbackAgent));

        long claimedLead = team.createLead(team.owner(), aLead().build());
        assertThat(team.owner().get("/v1.0/leads/" + claimedLead).json().path("lead").path("assignedUserId").isNull()).isTrue();
        // LL-13: a lead neither visible to nor offered to the caller is 404, so a claim cannot probe ids
        assertThat(notOffered.client().post("/leadline/v1/leads/" + claimedLead + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(second.client().post("/leadline/v1/leads/" + claimedLead + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(first.client().post("/leadline/v1/leads/" + claimedLead + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(team.owner().post("/leadline/v1/leads/" + claimedLead + "/claim", Map.of()).status()).isEqualTo(409);
        assertThat(assignee(team, claimedLead)).isEqualTo(second.userId());

        long unclaimed = team.createLead(team.owner(), aLead().build());
        MovableClock.advance(Duration.ofMinutes(6));
        long deadline = System.currentTimeMillis() + 10_000;
        while (team.owner().get("/v1.0/leads/" + unclaimed).json().path("lead").path("assignedUserId").isNull()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(assignee(team, unclaimed)).isEqualTo(fallbackAgent);
        JsonNode decisions = team.owner().get("/leadline/v1/leads/" + unclaimed + "/routing-decisions").json().path("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).path("outcome").asString()).isEqualTo("OFFERED");
        assertThat(decisions.get(1).path("detail").asString()).contains("nobody claimed");
    }

    // --- assignment

    @Test
    void assignmentSetsEachRolesHolderByEmail() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        TestTeam.TestMember lender = team.member("LENDER", null);
        TestTeam.TestMember isa = team.member("ASSISTANT", null);
        long leadId = team.createLead(team.owner(), aLead().build());

        ApiResponse assigned = team.owner().post("/v1.0/leads/" + leadId + "/assignment", List.of(
                Map.of("role", "Agent", "assignee", agent.email()),
                Map.of("role", "Lender", "assignee", lender.email()),
                Map.of("role", "ISA", "assignee", isa.email())));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("leadId").asLong()).isEqualTo(leadId);
        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("assignedUserId").asLong()).isEqualTo(agent.userId());
        assertThat(lead.path("assignTime").isNull()).isFalse();
        assertThat(lead.path("lenderUserId").asLong()).isEqualTo(lender.userId());
        assertThat(role(lead, 130).path("assigneeId").asLong()).isEqualTo(isa.userId());
        assertThat(agent.client().get("/v1.0/leads/" + leadId).status()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/leads/" + leadId + "/routing-decisions").json().path("decisions"))
                .extracting(d -> d.path("outcome").asString())
                .contains("MANUAL");

        for (String role : List.of("ISA", "Lender")) {
            long holder = role.equals("ISA") ? isa.userId() : lender.userId();
            String filter = java.net.URLEncoder.encode("[{\"roleName\":\"" + role + "\",\"assigneeToIds\":[" + holder + "]}]",
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(team.owner().get("/v1.0/leads?roleAssigneeFilters=" + filter).json().path("leads"))
                    .extracting(l -> l.path("leadId").asLong()).containsExactly(leadId);
        }
    }

    @Test
    void assignmentAcceptsTheBodyShapesClientsSend() {
        TestTeam team = newTeam();
        long a = team.agent(null).userId();
        long b = team.agent(null).userId();
        long leadId = team.createLead(team.owner(), aLead().build());

        team.owner().post("/v1.0/leads/" + leadId + "/assignment", Map.of("userId", a));
        assertThat(assignee(team, leadId)).isEqualTo(a);
        team.owner().post("/v1.0/leads/" + leadId + "/assignment", Map.of("assignedUserId", b, "assignedRole", "Agent"));
        assertThat(assignee(team, leadId)).isEqualTo(b);
        team.owner().post("/v1.0/leads/" + leadId + "/assignment", List.of(a));
        assertThat(assignee(team, leadId)).isEqualTo(a);
        team.owner().post("/v1.0/leads/" + leadId + "/assignment", Map.of("role", "Agent", "assignee", String.valueOf(b)));
        assertThat(assignee(team, leadId)).isEqualTo(b);
    }

    @Test
    void assignmentRefusesUnknownMembersAndRolesAndChangesNothing() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long leadId = team.createLead(team.owner(), aLead().build());

        ApiResponse unknownMember = team.owner().post("/v1.0/leads/" + leadId + "/assignment",
                List.of(Map.of("role", "Agent", "assignee", agent.email()), Map.of("role", "Lender", "assignee", "nobody@example.com")));
        assertThat(unknownMember.status()).isEqualTo(404);
        assertThat(unknownMember.code()).isEqualTo(20003);
        assertThat(team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("assignedUserId").isNull()).isTrue();

        ApiResponse unknownRole = team.owner().post("/v1.0/leads/" + leadId + "/assignment",
                List.of(Map.of("role", "Janitor", "assignee", agent.email())));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.code()).isEqualTo(20012);
        assertThat(team.owner().post("/v1.0/leads/" + leadId + "/assignment", List.of()).status()).isEqualTo(400);
        assertThat(team.owner().post("/v1.0/leads/" + leadId + "/assignment", List.of(1, 2)).status()).isEqualTo(400);
        assertThat(team.owner().post("/v1.0/leads/123/assignment", List.of(Map.of("role", "Agent", "assignee", agent.email()))).code())
                .isEqualTo(20006);
    }

    // --- preview

    @Test
    void previewShowsTheNextAssigneeWithoutTakingTheTurn() {
        TestTeam team = newTeam();
        TestTeam.TestMember a = team.agent(null);
        TestTeam.TestMember b = team.agent(null);
        rule(team, Map.of("name", "RR", "routingStrategy", roundRobin(Map.of(a.userId(), 1), Map.of(b.userId(), 1))));
        long existing = team.createLead(team.owner(), aLead().with("emails", List.of("known@example.com")).build());
        long firstAssignee = assignee(team, existing);
        long next = firstAssignee == a.userId() ? b.userId() : a.userId();

        Map<String, Object> body = Map.of("firstName", "Bob", "email", "known@example.com");
        ApiResponse preview = team.owner().post("/v1.0/leads/assignee", body);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode entry = preview.json().get(0);
        assertThat(entry.path("leadId").asLong()).isEqualTo(existing);
        assertThat(entry.path("firstName").asString()).isEqualTo("Bob");
        JsonNode agentRole = entry.path("customRoleAssignees").get(0);
        assertThat(agentRole.path("role").asString()).isEqualTo("Agent");
        assertThat(agentRole.path("assigneeId").asLong()).isEqualTo(next);
        assertThat(agentRole.path("assignee").asString()).isEqualTo(next == a.userId() ? a.email() : b.email());
        assertThat(team.owner().post("/v1.0/leads/assignee", body).json().get(0).path("customRoleAssignees").get(0).path("assigneeId").asLong())
                .isEqualTo(next);
        assertThat(team.owner().post("/v1.0/leads/assignee", Map.of("firstName", "New", "email", "new@example.com")).json().get(0)
                .path("leadId").asLong()).isZero();
        assertThat(assignee(team, team.createLead(team.owner(), aLead().build()))).isEqualTo(next);

        assertThat(team.owner().post("/v1.0/leads/assignee", Map.of("email", "x@example.com")).code()).isEqualTo(20012);
        assertThat(team.owner().post("/v1.0/leads/assignee", Map.of("firstName", "Bob")).message()).contains("email");
    }

    // --- Lofty's routing endpoints and the administration API

    @Test
    void loftyRoutingEndpointsReadRulesAndChangeOnlyHoursAndStrategy() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long other = team.agent(null).userId();
        long ruleId = rule(team, Map.of("name", "Buyers", "leadTypeFilters", "[{\"type\":\"one_of\",\"ids\":\"2,5\"}]",
                "phone", "With", "routingStrategy", defaultAssignee(agent.userId())));

        JsonNode listed = team.owner().get("/v1.0/routing/rule/list/1?roleId=-1").json().get(0);
        assertThat(listed.path("id").asLong()).isEqualTo(ruleId);
        assertThat(listed.path("leadType").asString()).isEqualTo("Buyer(2),Renter(5)");
        assertThat(listed.path("leadTypeFilters").asString()).contains("one_of");
        assertThat(listed.path("phone").asString()).isEqualTo("With");
        assertThat(listed.path("ruleSwitch").asBoolean()).isTrue();
        assertThat(listed.path("routingStrategy").path("memberWeights").get(0).path("memberId").asLong()).isEqualTo(agent.userId());
        assertThat(listed.has("officeId")).isFalse();

        ApiResponse updated = team.owner().put("/v1.0/routing/rule/1", Map.of("id", ruleId,
                "activeHours", Map.of("activeDays", List.of(5, 1, 1), "hoursStart", 8, "hoursEnd", 18),
                "routingStrategy", roundRobin(Map.of(agent.userId(), 2), Map.of(other, 1))));
        // LL-17: the JSON string Lofty documents, with the JSON content type
        assertThat(updated.raw()).isEqualTo("\"ok\"");
        assertThat(updated.json().asString()).isEqualTo("ok");
        assertThat(updated.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode after = team.owner().get("/v1.0/routing/rule/list/1").json().get(0);
        assertThat(after.path("activeHours").path("activeDays")).extracting(JsonNode::asInt).containsExactly(1, 5);
        assertThat(after.path("routingStrategy").path("strategyType").asInt()).isEqualTo(1);
        assertThat(after.path("phone").asString()).isEqualTo("With");

        assertThat(team.owner().put("/v1.0/routing/rule/1", Map.of("id", ruleId, "routingStrategy",
                Map.of("strategyType", 3, "touchMinutes", 90, "memberWeights", List.of(Map.of("memberId", other))))).message())
                .contains("touchMinutes");
        assertThat(team.owner().put("/v1.0/routing/rule/1", Map.of("id", ruleId, "activeHours", Map.of("activeDays", List.of(8)))).message())
                .contains("activeDays");
        assertThat(team.owner().put("/v1.0/routing/rule/1", Map.of("id", ruleId, "routingStrategy",
                roundRobin(Map.of(424242L, 1)))).message()).contains("not a member");
        assertThat(team.owner().put("/v1.0/routing/rule/3", Map.of("id", ruleId)).code()).isEqualTo(20012);

        ApiResponse forbidden = agent.client().get("/v1.0/routing/rule/list/1");
        assertThat(forbidden.status()).isEqualTo(400);
        assertThat(forbidden.code()).isEqualTo(20017);
        assertThat(agent.client().get("/v1.0/routing/role/list").code()).isEqualTo(20017);
    }

    @Test
    void supplementMembersAndRolesEndpoints() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);

        assertThat(team.owner().put("/v1.0/routing/rule/supplement/1", Map.of("strategyType", 5, "assigneeAgentId", agent.userId())).json()
                .asString()).isEqualTo("ok");
        JsonNode supplement = team.owner().get("/v1.0/routing/rule/supplement/1").json();
        assertThat(supplement.path("businessType").asInt()).isEqualTo(1);
        assertThat(supplement.path("strategyType").asInt()).isEqualTo(5);
        assertThat(supplement.path("assigneeAgentId").asLong()).isEqualTo(agent.userId());
        assertThat(supplement.path("assigneeAgentName").asString()).startsWith("Agent ");
        assertThat(team.owner().put("/v1.0/routing/rule/supplement/1",
                Map.of("strategyType", 5, "assigneeAgentId", agent.userId(), "assigneeGroupId", 1)).code()).isEqualTo(20012);
        assertThat(team.owner().put("/v1.0/routing/rule/supplement/4", Map.of("strategyType", 5, "assigneeAgentId", agent.userId())).message())
                .contains("roleId");
        assertThat(team.owner().get("/v1.0/routing/rule/supplement/3").code()).isEqualTo(20012);

        assertThat(team.owner().get("/v1.0/routing/member/list/1").json()).extracting(m -> m.path("id").asLong()).contains(agent.userId());
        JsonNode roles = team.owner().get("/v1.0/routing/role/list").json();
        assertThat(roles).extracting(r -> r.path("name").asString()).contains("ISA", "Assistant", "Buyer Agent");
        assertThat(team.owner().get("/v1.0/routing/rule/list/4?roleId=130").json()).isEmpty();
        assertThat(team.owner().get("/v1.0/routing/rule/list/4?roleId=7").code()).isEqualTo(20012);
    }

    @Test
    void rulesAreReorderedAndDeletedWithinTheirScope() {
        TestTeam team = newTeam();
        long first = team.agent(null).userId();
        long second = team.agent(null).userId();
        long ruleA = rule(team, Map.of("name", "A", "routingStrategy", defaultAssignee(first)));
        long ruleB = rule(team, Map.of("name", "B", "routingStrategy", defaultAssignee(second)));
        assertThat(assignee(team, team.createLead(team.owner(), aLead().build()))).isEqualTo(first);

        ApiResponse reordered = team.owner().put("/leadline/v1/routing/rule-order", Map.of("ruleIds", List.of(ruleB, ruleA)));
        assertThat(reordered.json().path("rules")).extracting(r -> r.path("name").asString()).containsExactly("B", "A");
        assertThat(assignee(team, team.createLead(team.owner(), aLead().build()))).isEqualTo(second);
        assertThat(team.owner().put("/leadline/v1/routing/rule-order", Map.of("ruleIds", List.of(ruleB))).message()).contains("ruleIds");

        assertThat(team.owner().delete("/leadline/v1/routing/rules/" + ruleB).status()).isEqualTo(204);
        JsonNode rules = team.owner().get("/leadline/v1/routing/rules").json().path("rules");
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).path("position").asInt()).isZero();
        assertThat(team.owner().get("/leadline/v1/routing/rules/" + ruleB).status()).isEqualTo(404);
    }

    @Test
    void aRuleIsReplacedInPlaceAndFallbacksPondsAndAvailabilityAreManaged() {
        TestTeam team = newTeam();
        long a = team.agent(null).userId();
        long b = team.agent(null).userId();
        long ruleId = rule(team, Map.of("name", "Only A", "routingStrategy", roundRobin(Map.of(a, 1))));
        rule(team, Map.of("name", "Second", "routingStrategy", defaultAssignee(b)));

        ApiResponse replaced = team.owner().put("/leadline/v1/routing/rules/" + ruleId,
                Map.of("name", "A and B", "routingStrategy", roundRobin(Map.of(a, 1), Map.of(b, 3))));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("position").asInt()).isZero();
        assertThat(replaced.json().path("routingStrategy").path("memberWeights")).extracting(m -> m.path("weight").asInt())
                .containsExactly(1, 3);
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            counts.merge(assignee(team, team.createLead(team.owner(), aLead().build())), 1, Integer::sum);
        }
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(a, 2, b, 6));
        assertThat(team.owner().put("/leadline/v1/routing/rules/" + ruleId, Map.of("name", "x", "officeId", team.office("O", null),
                "routingStrategy", defaultAssignee(a))).message()).contains("scope");

        assertThat(team.owner().put("/leadline/v1/routing/fallbacks", Map.of("strategyType", 5, "assigneeAgentId", b)).status()).isEqualTo(200);
        assertThat(team.owner().get("/leadline/v1/routing/fallbacks").json().path("fallbacks")).hasSize(1);
        assertThat(team.owner().delete("/leadline/v1/routing/fallbacks?businessType=1").status()).isEqualTo(204);
        assertThat(team.owner().get("/leadline/v1/routing/fallbacks").json().path("fallbacks")).isEmpty();
        assertThat(team.owner().delete("/leadline/v1/routing/fallbacks?businessType=1").status()).isEqualTo(404);

        long pondId = team.owner().post("/leadline/v1/routing/ponds", Map.of("pondName", "P", "pondOwnerId", a)).json().path("id").asLong();
        JsonNode renamed = team.owner().put("/leadline/v1/routing/ponds/" + pondId,
                Map.of("pondName", "Renamed", "pondOwnerId", a, "agentIds", List.of(b))).json();
        assertThat(renamed.path("pondName").asString()).isEqualTo("Renamed");
        assertThat(renamed.path("agentIds").get(0).asLong()).isEqualTo(b);
        assertThat(team.owner().delete("/leadline/v1/routing/ponds/" + pondId).status()).isEqualTo(204);

        team.owner().put("/leadline/v1/routing/members/" + b + "/availability", Map.of("onVacation", true));
        JsonNode availability = team.owner().get("/leadline/v1/routing/members/" + b + "/availability").json();
        assertThat(availability.path("onVacation").asBoolean()).isTrue();
        assertThat(availability.path("active").asBoolean()).isTrue();
    }

    @Test
    void ruleWritesAreValidatedFieldByFieldAndManagersOnly() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        Map<String, Object> strategy = defaultAssignee(agent.userId());

        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("routingStrategy", strategy)).message()).contains("name");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x")).message()).contains("strategyType");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "routingStrategy", Map.of("strategyType", 9))).message())
                .contains("strategyType");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "phone", "Maybe", "routingStrategy", strategy)).message())
                .contains("phone");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "priceMin", 10, "priceMax", 5, "routingStrategy", strategy))
                .message()).contains("priceMax");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "leadTypeFilters", "[{\"type\":\"some\",\"ids\":\"1\"}]",
                "routingStrategy", strategy)).message()).contains("leadTypeFilters");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "routingStrategy",
                Map.of("strategyType", 4))).message()).contains("groupId");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "businessType", 4, "roleId", 130, "routingStrategy",
                Map.of("strategyType", 3, "touchMinutes", 10, "memberWeights", List.of(Map.of("memberId", agent.userId()))))).message())
                .contains("BLAST_ALERT");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "officeId", 77, "routingStrategy", strategy)).message())
                .contains("officeId");
        assertThat(team.owner().post("/leadline/v1/routing/rules", Map.of("name", "x", "routingStrategy",
                roundRobin(Map.of(agent.userId(), 101)))).message()).contains("weight");
        assertThat(team.owner().get("/leadline/v1/routing/rules").json().path("rules")).isEmpty();

        assertThat(agent.client().post("/leadline/v1/routing/rules", Map.of("name", "x", "routingStrategy", strategy)).status()).isEqualTo(403);
    }

    // --- helpers

    static long rule(TestTeam team, Map<String, ?> body) {
        ApiResponse created = team.owner().post("/leadline/v1/routing/rules", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @SafeVarargs
    static Map<String, Object> roundRobin(Map<Long, Integer>... weights) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (Map<Long, Integer> weight : weights) {
            weight.forEach((memberId, w) -> members.add(Map.of("memberId", memberId, "weight", w)));
        }
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("strategyType", 1);
        strategy.put("memberWeights", members);
        return strategy;
    }

    static Map<String, Object> defaultAssignee(long userId) {
        return Map.of("strategyType", 5, "memberWeights", List.of(Map.of("memberId", userId)));
    }

    static long assignee(TestTeam team, long leadId) {
        JsonNode lead = team.owner().get("/v1.0/leads/" + leadId).json().path("lead");
        assertThat(lead.path("assignedUserId").isNumber()).as("lead %s is assigned: %s", leadId, lead.path("assignedUserId")).isTrue();
        return lead.path("assignedUserId").asLong();
    }

    private static JsonNode role(JsonNode lead, int roleId) {
        for (JsonNode role : lead.path("customRoleList")) {
            if (role.path("roleId").asInt() == roleId) {
                return role;
            }
        }
        throw new AssertionError("no role " + roleId + " in " + lead.path("customRoleList"));
    }
}
