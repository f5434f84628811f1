package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 29: reassigning a lead from its page and reading why it is where it is. */
abstract class ConsoleReassignTests extends ConsoleTestBase {

    @Test
    void anOwnerReassignsALeadAndTheTraceSaysSo() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        TestMember owner = new TestMember(team.ownerUserId(), team.owner().get("/v1.0/me").json().path("email").asString(),
                team.owner());
        ConsoleClient browser = signedIn(team, owner);
        assertThat(browser.get("/app/leads/" + lead).body()).contains("Agent and routing")
                .as("Bo is among the agents to choose").contains("<option value=\"" + bo.userId() + "\"");

        ConsoleClient.Page moved = browser.post("/app/leads/" + lead + "/agent", Map.of("agentUserId", String.valueOf(bo.userId())));
        assertThat(moved.location()).hasValue(baseUrl() + "/app/leads/" + lead + "#agent");
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("assignedUserId").asLong()).isEqualTo(bo.userId());
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("Reassigned.").contains("MANUAL");
        List<String> decisions = team.owner().get("/leadline/v1/leads/" + lead + "/routing-decisions").json().path("decisions")
                .valueStream().map(decision -> decision.path("outcome").asString()).toList();
        assertThat(decisions).contains("MANUAL");
    }

    @Test
    void anAgentMayReassignExactlyWhenTheApiLetsThemAndNeverALeadTheyCannotSee() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long throughConsole = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        long throughApi = team.createLead(team.owner(), Map.of("firstName", "Erin", "assignedUserId", ann.userId()));
        long bosLead = team.createLead(team.owner(), Map.of("firstName", "Dmitri", "assignedUserId", bo.userId()));
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads/" + throughConsole);

        int api = ann.client().post("/v1.0/leads/" + throughApi + "/assignment", List.of(Map.of("role", "Agent", "assignee", bo.email())))
                .status();
        browser.post("/app/leads/" + throughConsole + "/agent", Map.of("agentUserId", String.valueOf(bo.userId())));
        long consoleHolder = team.owner().get("/v1.0/leads/" + throughConsole).json().path("lead").path("assignedUserId").asLong();
        assertThat(consoleHolder).as("the console did what the API did (API answered " + api + ")")
                .isEqualTo(api == 200 ? bo.userId() : ann.userId());

        assertThat(browser.post("/app/leads/" + bosLead + "/agent", Map.of("agentUserId", String.valueOf(ann.userId()))).status())
                .isEqualTo(404);
        assertThat(team.owner().get("/v1.0/leads/" + bosLead).json().path("lead").path("assignedUserId").asLong()).isEqualTo(bo.userId());
    }
}
