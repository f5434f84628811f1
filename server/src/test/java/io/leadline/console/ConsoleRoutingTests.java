package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 32: the routing page, its test panel and log, at the HTTP level. */
abstract class ConsoleRoutingTests extends ConsoleTestBase {

    static List<Map.Entry<String, String>> ruleForm(String name, String source, TestMember... members) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("name", name), Map.entry("ruleSwitch", "on"),
                Map.entry("sourceName", source), Map.entry("strategyType", "1"), Map.entry("hoursStart", "0"),
                Map.entry("hoursEnd", "23")));
        for (int day = 1; day <= 7; day++) {
            form.add(Map.entry("activeDays", String.valueOf(day)));
        }
        for (TestMember member : members) {
            form.add(Map.entry("members", String.valueOf(member.userId())));
        }
        return form;
    }

    private static List<String> ruleNames(TestTeam team) {
        return team.owner().get("/leadline/v1/routing/rules").json().path("rules").valueStream()
                .map(rule -> rule.path("name").asString()).toList();
    }

    @Test
    void anOwnerCreatesARuleThatRoutesTheNextLeadAndARefusedFormWritesNothing() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));

        ConsoleClient.Page refused = owner.postForm("/app/routing/rules", ruleForm("", "Zillow", ann));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("name is required").contains("value=\"Zillow\"");
        assertThat(ruleNames(team)).isEmpty();

        List<Map.Entry<String, String>> form = ruleForm("Zillow buyers", "Zillow", ann, bo);
        form.add(Map.entry("weight-" + bo.userId(), "2"));
        ConsoleClient.Page created = owner.postForm("/app/routing/rules", form);
        assertThat(created.location()).hasValue(baseUrl() + "/app/routing#scope-company");
        var rule = team.owner().get("/leadline/v1/routing/rules").json().path("rules").path(0);
        assertThat(rule.path("sourceName").asString()).isEqualTo("Zillow");
        assertThat(rule.path("routingStrategy").path("memberWeights").valueStream()
                .map(member -> member.path("memberId").asLong() + "x" + member.path("weight").asInt()).toList())
                .containsExactlyInAnyOrder(ann.userId() + "x1", bo.userId() + "x2");
        assertThat(owner.get("/app/routing").body()).contains("Rule created.").contains("Zillow buyers");

        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "source", "Zillow"));
        long assigned = team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("assignedUserId").asLong();
        assertThat(assigned).isIn(ann.userId(), bo.userId());
        String log = owner.get("/app/routing/log?outcome=ASSIGNED").body();
        assertThat(log).contains("Carla").contains("Zillow buyers").contains("/app/leads/" + lead);
        assertThat(owner.get("/app/routing/log?outcome=POND").body()).contains("No routing decisions match.");
    }

    @Test
    void theTestPanelNamesTheRuleThatWouldTakeALeadAndMovingRulesChangesIt() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));
        owner.postForm("/app/routing/rules", ruleForm("Anyone to Ann", "", ann));
        owner.postForm("/app/routing/rules", ruleForm("Zillow to Bo", "Zillow", bo));

        String before = owner.get("/app/routing/test?run=&source=Zillow").body();
        assertThat(before).contains("Anyone to Ann</a>:\n        <span>takes the lead")
                .contains("not reached: an earlier rule takes the lead");
        long second = team.owner().get("/leadline/v1/routing/rules").json().path("rules").path(1).path("id").asLong();
        assertThat(owner.post("/app/routing/rules/" + second + "/move", Map.of("steps", "-1")).status()).isEqualTo(302);
        assertThat(ruleNames(team)).containsExactly("Zillow to Bo", "Anyone to Ann");
        String after = owner.get("/app/routing/test?run=&source=Zillow").body();
        assertThat(after).contains("Zillow to Bo</a>:\n        <span>takes the lead").contains("ASSIGNED");
        assertThat(owner.get("/app/routing/test?run=&source=Trulia").body())
                .contains("skipped: its conditions do not match the lead");
        assertThat(owner.post("/app/routing/rules/" + second + "/switch", Map.of("on", "false")).status()).isEqualTo(302);
        assertThat(owner.get("/app/routing/test?run=&source=Zillow").body()).contains("Zillow to Bo</a>:\n        <span>skipped: switched off")
                .contains("Anyone to Ann</a>:\n        <span>takes the lead");
        owner.post("/app/routing/rules/" + second + "/switch", Map.of("on", "true"));
        assertThat(ruleNames(team)).as("the panel wrote nothing").hasSize(2);
        assertThat(team.owner().get("/leadline/v1/routing/rules").json().path("rules").path(0).path("ruleSwitch").asBoolean()).isTrue();
        assertThat(ruleNames(team)).containsExactly("Zillow to Bo", "Anyone to Ann");

        long lead = team.createLead(team.owner(), Map.of("firstName", "Dana", "source", "Zillow"));
        assertThat(owner.get("/app/routing/test?leadId=" + lead).body()).as("filled from the lead")
                .contains("value=\"Zillow\"").contains("Zillow to Bo</a>:\n        <span>takes the lead");
    }

    @Test
    void availabilityFallbackAndTimeZoneAreSetFromThePageAsTheApiSetsThem() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));
        owner.postForm("/app/routing/rules", ruleForm("Zillow to Ann", "Zillow", ann));

        assertThat(owner.post("/app/routing/members/" + ann.userId() + "/availability", Map.of("active", "true", "onVacation", "true"))
                .status()).isEqualTo(302);
        assertThat(team.owner().get("/leadline/v1/routing/members/" + ann.userId() + "/availability").json().path("onVacation")
                .asBoolean()).isTrue();
        assertThat(owner.get("/app/routing/test?run=&source=Zillow").body()).contains("skipped: none of its members is available");

        assertThat(owner.post("/app/routing/fallbacks", Map.of("agentId", String.valueOf(bo.userId()))).status()).isEqualTo(302);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Eli", "source", "Zillow"));
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("assignedUserId").asLong()).isEqualTo(bo.userId());
        assertThat(owner.post("/app/routing/fallbacks", Map.of()).status()).as("no agent and no pond: none").isEqualTo(302);
        assertThat(team.owner().get("/leadline/v1/routing/fallbacks").json().path("fallbacks").size()).isZero();

        ConsoleClient.Page badZone = owner.post("/app/routing/time-zone", Map.of("timeZone", "Mars/Olympus"));
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.body()).contains("Mars/Olympus");
        assertThat(owner.post("/app/routing/time-zone", Map.of("timeZone", "America/Chicago")).status()).isEqualTo(302);
        assertThat(team.owner().get("/leadline/v1/routing/settings").json().path("timeZone").asString()).isEqualTo("America/Chicago");
    }

    @Test
    void aFirstToClaimRuleNeedsItsMinutesAndKeepsThem() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(ruleForm("Blast", "", ann));
        form.removeIf(field -> field.getKey().equals("strategyType"));
        form.add(Map.entry("strategyType", "3"));
        ConsoleClient.Page refused = owner.postForm("/app/routing/rules", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("touchMinutes");
        form.add(Map.entry("touchMinutes", "30"));
        assertThat(owner.postForm("/app/routing/rules", form).status()).isEqualTo(302);
        var strategy = team.owner().get("/leadline/v1/routing/rules").json().path("rules").path(0).path("routingStrategy");
        assertThat(strategy.path("strategyType").asInt()).isEqualTo(3);
        assertThat(strategy.path("touchMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void aPondIsMadeChangedAndDeletedFromThePondPages() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        ConsoleClient owner = signedIn(team, ownerOf(team));
        ConsoleClient.Page nameless = owner.postForm("/app/routing/ponds", List.of(Map.entry("pondOwnerId", String.valueOf(ann.userId()))));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body()).contains("pondName is required");
        assertThat(owner.postForm("/app/routing/ponds", List.of(Map.entry("pondName", "Unclaimed"),
                Map.entry("pondOwnerId", String.valueOf(ann.userId())), Map.entry("agentIds", String.valueOf(bo.userId()))))
                .status()).isEqualTo(302);
        var pond = team.owner().get("/v1.0/team-features/lead-ponds").json().path(0);
        assertThat(pond.path("pondName").asString()).isEqualTo("Unclaimed");
        assertThat(pond.path("agentIds").valueStream().map(id -> id.asLong()).toList()).containsExactly(bo.userId());
        long pondId = pond.path("id").asLong();
        assertThat(owner.get("/app/routing/ponds").body()).contains("Unclaimed").contains("/app/routing/ponds/" + pondId);

        assertThat(owner.postForm("/app/routing/ponds/" + pondId, List.of(Map.entry("pondName", "Open leads"),
                Map.entry("pondOwnerId", String.valueOf(ann.userId())))).status()).isEqualTo(302);
        assertThat(team.owner().get("/v1.0/team-features/lead-pond/" + pondId).json().path("pondName").asString()).isEqualTo("Open leads");
        assertThat(owner.post("/app/routing/ponds/" + pondId + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(team.owner().get("/v1.0/team-features/lead-ponds").json().size()).isZero();
        assertThat(owner.get("/app/routing/ponds/" + pondId).status()).isEqualTo(404);
    }

    @Test
    void anAgentReachingAnyRoutingPageByItsAddressGetsNotFoundAndChangesNothing() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        ConsoleClient agent = signedIn(team, ann);
        for (String page : List.of("/app/routing", "/app/routing/test", "/app/routing/log", "/app/routing/rules/new",
                "/app/routing/ponds", "/app/routing/ponds/new")) {
            ConsoleClient.Page shown = agent.get(page);
            assertThat(shown.status()).as(page).isEqualTo(404);
            assertThat(shown.body()).contains("Not found");
        }
        assertThat(agent.get("/app/leads").body()).as("no administration links for an agent").doesNotContain("/app/routing");
        assertThat(agent.postForm("/app/routing/rules", ruleForm("Mine", "", ann)).status()).isEqualTo(404);
        assertThat(ruleNames(team)).isEmpty();
    }
}
