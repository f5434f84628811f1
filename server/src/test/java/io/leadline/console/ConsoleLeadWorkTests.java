package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 29: the rest of an agent's work on the lead page and the list — the system log on the timeline, logged calls,
 * appointments, transactions, stage tabs and saved searches — each through its feature's own rules.
 */
abstract class ConsoleLeadWorkTests extends ConsoleTestBase {

    @Test
    void theTimelineTellsTheSystemLogInWordsNewestFirst() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        assertThat(team.owner().put("/v1.0/leads/" + lead, Map.of("stage", "Qualified", "city", "Springfield")).status())
                .isEqualTo(200);
        ConsoleClient browser = signedIn(team, ann);
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("Lead created").contains("Stage changed").contains("New Lead → Qualified")
                .contains("Changed city").contains("none → Springfield");
        assertThat(page.indexOf("Stage changed")).as("newest first").isLessThan(page.indexOf("Lead created"));

        browser.post("/app/leads/" + lead + "/agent", Map.of("agentUserId", String.valueOf(bo.userId())));
        String owners = signedIn(team, bo).get("/app/leads/" + lead).body();
        assertThat(owners).containsPattern("Agent assigned</span>\\s*<strong>[^<→]+ → [^<]+</strong>")
                .as("the agents named, not the ids").doesNotContain("→ " + bo.userId());
    }

    @Test
    void aCallIsLoggedWithItsOutcomeAndMovesTheLastCall() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "phones", List.of("5550001111"),
                "assignedUserId", ann.userId()));
        ConsoleClient browser = signedIn(team, ann);
        assertThat(browser.get("/app/leads/" + lead).body()).contains("<option>5550001111</option>");

        ConsoleClient.Page logged = browser.post("/app/leads/" + lead + "/call", Map.of("phone", "5550001111",
                "outcome", "VoiceMessage", "direction", "outbound", "content", "Left a message about Saturday"));
        assertThat(logged.location()).hasValue(baseUrl() + "/app/leads/" + lead + "#messages");
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("Call logged.").contains("VoiceMessage").contains("Left a message about Saturday");
        JsonNode logs = team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logCall").json().path("logType");
        assertThat(logs).hasSize(1);
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("lastCall").isNull()).isFalse();

        browser.post("/app/leads/" + lead + "/call", Map.of("phone", "", "outcome", "Talked", "content", "no number"));
        assertThat(browser.get("/app/leads/" + lead).body()).contains("leadPhoneNumber is required");
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logCall").json().path("logType")).hasSize(1);
    }

    @Test
    void anAppointmentIsAddedRescheduledAndFinishedAndAWrongOrderIsRefused() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads/" + lead);

        browser.post("/app/leads/" + lead + "/appointments", Map.of("content", "Showing at 12 Oak St",
                "start", "2099-03-02T10:00", "end", "2099-03-02T11:00", "address", "12 Oak St"));
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("Appointment added.").contains("Showing at 12 Oak St").contains("Mon 2 Mar 2099, 10:00 to 11:00");
        JsonNode appointment = team.owner().get("/v2.0/tasks?leadId=" + lead).json().path("tasks").get(0);
        long id = appointment.path("id").asLong();

        browser.post("/app/tasks/" + id + "/reschedule", Map.of("start", "2099-03-03T14:00", "end", "2099-03-03T13:00",
                "back", "/app/leads/" + lead + "#tasks"));
        assertThat(browser.get("/app/leads/" + lead).body()).contains("endAt").contains("Mon 2 Mar 2099, 10:00");
        ConsoleClient.Page moved = browser.post("/app/tasks/" + id + "/reschedule", Map.of("start", "2099-03-03T14:00",
                "end", "2099-03-03T15:30", "back", "/app/leads/" + lead + "#tasks"));
        assertThat(moved.location()).hasValue(baseUrl() + "/app/leads/" + lead + "#tasks");
        assertThat(browser.get("/app/leads/" + lead).body()).contains("Rescheduled.").contains("Tue 3 Mar 2099, 14:00 to 15:30");
        assertThat(team.owner().get("/v2.0/tasks/" + id).json().path("task").path("startAt").asString()).contains("2099-03-03");

        browser.post("/app/tasks/" + id + "/finish", Map.of("back", "/app/leads/" + lead));
        assertThat(browser.get("/app/leads/" + lead).body()).contains("Appointment finished").doesNotContain("Mark done: Showing");
    }

    @Test
    void aTransactionIsAddedWithItsTypesFirstStatusAndABadPriceIsRefused() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        ConsoleClient browser = signedIn(team, ann);
        assertThat(browser.get("/app/leads/" + lead).body()).contains("No transactions.");

        browser.post("/app/leads/" + lead + "/transactions", Map.of("name", "12 Oak St", "type", "Listing", "status", "",
                "homePrice", "lots"));
        assertThat(browser.get("/app/leads/" + lead).body()).contains("homePrice must be a number");
        assertThat(team.owner().get("/v1.0/leads/" + lead + "/transactions").json().toString()).doesNotContain("12 Oak St");

        browser.post("/app/leads/" + lead + "/transactions", Map.of("name", "12 Oak St", "type", "Listing", "status", "",
                "homePrice", "450,000"));
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("Transaction added.").contains("12 Oak St").contains("Coming Soon").contains("450,000")
                .contains("Transaction added</span>");
        assertThat(team.owner().get("/v1.0/leads/" + lead + "/transactions").json().toString()).contains("12 Oak St");
    }

    @Test
    void stageTabsCountWhatTheMemberSeesAndKeepTheOtherFilters() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId()));
        team.createLead(team.owner(), Map.of("firstName", "Dana", "assignedUserId", ann.userId(), "stage", "Qualified"));
        team.createLead(team.owner(), Map.of("firstName", "Eli", "assignedUserId", ann.userId(), "stage", "Qualified"));
        team.createLead(team.owner(), Map.of("firstName", "Finn", "assignedUserId", bo.userId(), "stage", "Qualified"));
        ConsoleClient browser = signedIn(team, ann);

        String all = browser.get("/app/leads").body();
        assertThat(tab(all, "All")).isEqualTo("3");
        assertThat(tab(all, "New Lead")).isEqualTo("1");
        assertThat(tab(all, "Qualified")).as("Finn is Bo's").isEqualTo("2");
        assertThat(tab(all, "Closed")).isEqualTo("0");

        String qualified = browser.get("/app/leads?stage=Qualified&sort=Score").body();
        assertThat(qualified).contains("Dana").contains("Eli").doesNotContain("Carla").doesNotContain("Finn");
        assertThat(qualified).contains("aria-current=\"page\"").contains("href=\"/app/leads?sort=Score&amp;stage=New%20Lead\"");

        String searched = browser.get("/app/leads?key=Dana").body();
        assertThat(tab(searched, "All")).as("the list's own total").isEqualTo("1");
        assertThat(tab(searched, "Qualified")).as("not counted beside a key").isEmpty();
    }

    @Test
    void aSavedSearchIsTheMembersAloneAndOpensTheListItSaved() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        team.createLead(team.owner(), Map.of("firstName", "Dana", "assignedUserId", ann.userId(), "stage", "Qualified"));
        ConsoleClient browser = signedIn(team, ann);
        browser.get("/app/leads");

        assertThat(browser.post("/app/saved-searches", Map.of("name", " ", "stage", "Qualified")).location())
                .hasValue(baseUrl() + "/app/leads?stage=Qualified");
        assertThat(browser.get("/app/leads?stage=Qualified").body()).contains("name is required");
        ConsoleClient.Page refused = browser.post("/app/saved-searches", Map.of("name", "Bad", "assignedUserId", "Ann"));
        assertThat(browser.get(refused.location().orElseThrow().substring(baseUrl().length())).body()).contains("assignedUserId").doesNotContain(">Bad</a>");

        ConsoleClient.Page saved = browser.post("/app/saved-searches", Map.of("name", "Qualified buyers",
                "stage", "Qualified", "limit", "5", "scrollId", "x"));
        assertThat(saved.location()).hasValue(baseUrl() + "/app/leads?stage=Qualified");
        String list = browser.get("/app/leads?stage=Qualified").body();
        assertThat(list).contains("Search saved.").contains("href=\"/app/leads?stage=Qualified\">Qualified buyers</a>")
                .contains("Dana");

        ConsoleClient other = signedIn(team, bo);
        assertThat(other.get("/app/leads").body()).doesNotContain("Qualified buyers");
        String id = list.replaceAll("(?s).*/app/saved-searches/(\\d+)/delete.*", "$1");
        assertThat(other.post("/app/saved-searches/" + id + "/delete", Map.of()).status()).isEqualTo(404);

        browser.post("/app/saved-searches/" + id + "/delete", Map.of());
        assertThat(browser.get("/app/leads").body()).contains("Saved search deleted.").doesNotContain("Qualified buyers");
    }

    @Test
    void theListNarrowsToCreatedAndLastContactRangesWithEveryOtherFilterAndPage() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long called = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz",
                "phones", List.of("5550001111"), "assignedUserId", ann.userId()));
        team.createLead(team.owner(), Map.of("firstName", "Carlos", "assignedUserId", ann.userId()));
        team.createLead(team.owner(), Map.of("firstName", "Dana", "assignedUserId", ann.userId()));
        assertThat(team.owner().post("/v1.0/logType", Map.of("leadId", called, "logType", "logCall",
                "leadPhoneNumber", "5550001111", "content", "talked")).status()).isEqualTo(200);
        ConsoleClient browser = signedIn(team, ann);

        assertThat(names(browser.get("/app/leads?createdFrom=2000-01-01&createdTo=2099-12-31").body()))
                .containsExactlyInAnyOrder("Carla Diaz", "Carlos", "Dana");
        assertThat(browser.get("/app/leads?createdFrom=2099-01-01").body()).contains("No leads match.");
        assertThat(names(browser.get("/app/leads?contactedFrom=2000-01-01").body())).containsExactly("Carla Diaz");
        assertThat(names(browser.get("/app/leads?key=carl&contactedTo=2099-12-31").body())).containsExactly("Carla Diaz");
        assertThat(names(browser.get("/app/leads?key=carl&createdFrom=2000-01-01").body()))
                .containsExactlyInAnyOrder("Carla Diaz", "Carlos");

        String first = browser.get("/app/leads?createdFrom=2000-01-01&limit=2").body();
        String next = first.replaceAll("(?s).*id=\"more\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("createdFrom=2000-01-01").contains("scrollId=");
        assertThat(names(browser.get(next).body())).hasSize(1);

        ConsoleClient.Page notADay = browser.get("/app/leads?createdFrom=yesterday");
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.body()).contains("createdFrom must be a day as yyyy-mm-dd");
        assertThat(browser.get("/app/leads?contactedFrom=2026-02-01&contactedTo=2026-01-01").body())
                .contains("contactedTo must not be before contactedFrom");
    }

    @Test
    void everyFieldIsEditedThroughTheApisRulesCustomFieldsAndConsentIncluded() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Budget", "attributeType", "number"));
        team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Likes", "attributeType", "multi_select",
                "params", "{\"option\":[\"Golf\",\"Sailing\",\"Tennis\"]}"));
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", ann.userId(),
                "tags", List.of("buyer"), "customAttributeList", List.of(Map.of("attributeName", "Budget", "value", "400000"))));
        ConsoleClient browser = signedIn(team, ann);
        String page = browser.get("/app/leads/" + lead).body();
        assertThat(page).contains("name=\"custom:Budget\"").contains("value=\"400000\"").contains("name=\"custom:Likes\"");

        Map<String, String> refused = new java.util.HashMap<>(Map.of("firstName", "Carla", "birthday", "the fifth of June",
                "custom:Budget", "450000"));
        ConsoleClient.Page bad = browser.post("/app/leads/" + lead, refused);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("birthday must be a date like").contains("value=\"the fifth of June\"")
                .contains("value=\"450000\"");
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("customAttributes").toString())
                .contains("400000");

        ConsoleClient.Page saved = browser.postForm("/app/leads/" + lead, List.of(Map.entry("firstName", "Carla"),
                Map.entry("tags", "buyer\nfirst-time"), Map.entry("birthday", "Jun 5, 2001"),
                Map.entry("buyingTimeFrame", "3-6"), Map.entry("preQual", "Yes"), Map.entry("cannotText", "true"),
                Map.entry("custom:Budget", "450000"), Map.entry("several:Likes", ""), Map.entry("custom:Likes", "Golf"),
                Map.entry("custom:Likes", "Tennis")));
        assertThat(saved.location()).hasValue(baseUrl() + "/app/leads/" + lead + "?saved");
        JsonNode stored = team.owner().get("/v1.0/leads/" + lead).json().path("lead");
        assertThat(stored.path("tags").valueStream().map(tag -> tag.path("tagName").asString()))
                .containsExactlyInAnyOrder("buyer", "first-time");
        assertThat(stored.path("birthday").asString()).isEqualTo("Jun 5, 2001");
        assertThat(stored.path("buyingTimeFrame").asString()).isEqualTo("3-6");
        assertThat(stored.path("preQual").asString()).isEqualTo("Yes");
        assertThat(stored.path("cannotText").asBoolean()).isTrue();
        assertThat(stored.path("cannotEmail").asBoolean()).isFalse();
        assertThat(stored.path("customAttributes").toString()).contains("450000").contains("Golf").contains("Tennis");
        String shown = browser.get("/app/leads/" + lead).body();
        assertThat(shown).contains("Pre-qualified").contains("Golf, Tennis").contains("does not want texts.");

        browser.postForm("/app/leads/" + lead, List.of(Map.entry("firstName", "Carla"), Map.entry("tags", "buyer"),
                Map.entry("cannotText", "true"), Map.entry("custom:Budget", ""), Map.entry("several:Likes", "")));
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("customAttributes").toString())
                .doesNotContain("450000").doesNotContain("Golf");
    }

    private static List<String> names(String listPage) {
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("<td><a href=\"/app/leads/\\d+\">([^<]+)</a>")
                .matcher(listPage);
        List<String> found = new java.util.ArrayList<>();
        while (name.find()) {
            found.add(name.group(1).strip());
        }
        return found;
    }

    /** A stage tab's count on a list page ("" when the tab shows none). */
    private static String tab(String page, String stage) {
        java.util.regex.Matcher tab = java.util.regex.Pattern.compile(
                "<span>" + java.util.regex.Pattern.quote(stage) + "</span> ?(?:<span class=\"count\">(\\d+)</span>)?")
                .matcher(page);
        assertThat(tab.find()).as("tab " + stage).isTrue();
        return tab.group(1) == null ? "" : tab.group(1);
    }
}
