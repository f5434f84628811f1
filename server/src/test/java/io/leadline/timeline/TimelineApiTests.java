package io.leadline.timeline;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lead's timeline: site activity, the system log, manual logs and the v2 activity timeline (LL-14). */
abstract class TimelineApiTests extends ApiTestBase {

    private static final long DEC_1 = 1764547200000L; // 2025-12-01T00:00:00Z

    // --- site activity

    @Test
    void siteActivityIsListedNewestFirstInLoftysShapeAndMovesLastActivity() {
        TestTeam team = newTeam();
        long quiet = team.createLead(team.owner(), aLead().with("firstName", "Quiet").build());
        long active = team.createLead(team.owner(), aLead().with("firstName", "Active").build());
        ApiResponse added = team.owner().post("/v1.0/leads/" + active + "/activity", Map.of("type", "Search",
                "text", "3 bed Austin", "link", "https://example.com/s", "picture", "https://example.com/p.jpg", "created", DEC_1));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().path("leadId").asLong()).isEqualTo(active);
        assertThat(LoftySchema.problems("LeadIdResponse", added.json())).isEmpty();
        team.owner().post("/v1.0/leads/" + active + "/activity", Map.of("type", "browse", "text", "12 Oak St", "link", "",
                "picture", "", "created", DEC_1 + 60_000, "listing", Map.of("streetAddress", "12 Oak St", "city", "Austin", "price", 450000)));
        team.owner().post("/v1.0/leads/" + active + "/activity", Map.of("type", "Request", "text", "Showing", "link", "",
                "picture", "", "created", DEC_1 + 30_000, "scheduledDate", "2025-12-05 10:00", "pageName", "Listing page"));

        ApiResponse list = team.owner().get("/v1.0/leads/" + active + "/activities");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json().valueStream().map(a -> a.path("type").asString())).containsExactly("Browse", "Request", "Search");
        for (JsonNode activity : list.json()) {
            assertThat(LoftySchema.problems("LeadActivity", activity)).isEmpty();
        }
        JsonNode browse = list.json().get(0);
        assertThat(browse.path("created").asLong()).isEqualTo(DEC_1 + 60_000);
        assertThat(browse.path("listing").path("city").asString()).isEqualTo("Austin");
        assertThat(list.json().get(1).path("scheduledDate").asString()).isEqualTo("2025-12-05 10:00");
        assertThat(team.owner().get("/v1.0/leads/" + active + "/activities?curPage=1").json()).isEmpty();

        // ascending: leads never active sort last (docs/api.md "Listing and search": without a value, last both ways)
        JsonNode byActivity = team.owner().get("/v1.0/leads?sort=LastActivity&desc=false&limit=2").json().path("leads");
        assertThat(byActivity.get(0).path("leadId").asLong()).isEqualTo(active);
        assertThat(byActivity.get(1).path("leadId").asLong()).isEqualTo(quiet);
    }

    @Test
    void badSiteActivityIsRefusedAndNothingIsWritten() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        String path = "/v1.0/leads/" + lead + "/activity";
        assertRefused(team.owner().post(path, Map.of("type", "Teleport", "created", DEC_1)), "type");
        assertRefused(team.owner().post(path, Map.of("type", "Search")), "created");
        assertRefused(team.owner().post(path, Map.of("type", "Search", "created", "yesterday")), "created");
        assertRefused(team.owner().post(path, Map.of("type", "Search", "created", DEC_1, "text", 42)), "text");
        assertRefused(team.owner().post(path, Map.of("type", "Search", "created", DEC_1, "listing", "12 Oak St")), "listing");
        assertRefused(team.owner().post(path, List.of(Map.of("type", "Search"))), "body");
        assertRefused(team.owner().get("/v1.0/leads/" + lead + "/activities?curPage=-1"), "curPage");
        assertThat(team.owner().get("/v1.0/leads/" + lead + "/activities").json()).isEmpty();
        assertThat(team.owner().post("/v1.0/leads/4503599627370001/activity", Map.of("type", "Search", "created", DEC_1)).code())
                .isEqualTo(20006);
    }

    // --- the system log

    @Test
    void everyKindOfLeadChangeLeavesItsSystemLogEntry() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        TestTeam.TestMember other = team.agent(null);
        long lead = team.createLead(team.owner(), aLead().with("firstName", "Logged").with("assignedUserId", agent.userId())
                .with("tags", List.of("hot")).build());
        team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Renamed", "stage", "Contacted", "tagsAdd", List.of("vip"),
                "tagsRemove", List.of("hot"), "isHidden", true, "assignedUserId", other.userId(), "emails", List.of("moved@example.com")));
        team.owner().post("/v1.0/leads/" + lead + "/inquiry", Map.of("priceMin", 100000));
        team.owner().post("/v1.0/leads/" + lead + "/property", Map.of("streetAddress", "12 Oak St", "city", "Austin"));
        long note = team.owner().post("/v1.0/notes", Map.of("leadId", lead, "content", "called")).json().path("noteId").asLong();
        team.owner().put("/v1.0/notes/" + note, Map.of("content", "called twice", "isPin", false));
        team.owner().delete("/v1.0/notes/" + note);
        long deal = team.owner().post("/v1.0/leads/" + lead + "/transaction", Map.of("transactionName", "Oak St"))
                .json().path("transactionId").asLong();
        team.owner().put("/v1.0/leads/" + lead + "/transaction/" + deal, Map.of("transactionName", "Oak Street"));
        team.owner().delete("/v1.0/leads/" + lead + "?reason=duplicate");
        team.owner().post("/leadline/v1/leads/" + lead + "/restore", Map.of());

        ApiResponse logs = team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&pageSize=1000");
        assertThat(logs.status()).as(logs.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("SystemLogPageResponse", logs.json())).isEmpty();
        assertThat(logs.json().path("hasMore").asInt()).isZero();
        List<JsonNode> entries = logs.json().path("timeLines").valueStream().toList();
        List<String> kinds = new ArrayList<>(entries.stream().map(e -> e.path("timelineTypeDesc").asString()).toList());
        java.util.Collections.reverse(kinds);
        assertThat(kinds).startsWith("LeadCreated", "LeadAssignment", "TagsAdded").containsSubsequence(
                "TeamStageChange", "LeadAssignment", "TagsAdded", "TagsRemoved", "InquiryChange", "PropertyChange",
                "NoteAdded", "NoteEdit", "NoteDelete", "TransactionAdded", "TransactionUpdated", "LeadTrashed", "LeadRestored");
        assertThat(kinds).doesNotContain("NoteAdd");

        JsonNode created = entry(entries, "LeadCreated");
        assertThat(created.path("content").path("by").asString()).isEqualTo("user " + team.ownerUserId());
        assertThat(created.path("content").path("via").asString()).startsWith("API key ");
        JsonNode stage = entry(entries, "TeamStageChange");
        assertThat(stage.path("timelineType").asInt()).isEqualTo(38);
        assertThat(stage.path("content").path("fromStageName").asString()).isEqualTo("New Lead");
        assertThat(stage.path("content").path("toStageName").asString()).isEqualTo("Contacted");
        assertThat(stage.path("toFirstName").asString()).isEqualTo("Contacted");
        assertThat(stage.path("fromType").asInt()).isEqualTo(3);
        assertThat(stage.path("agentId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(stage.path("id").isString()).isTrue();
        assertThat(stage.path("timelineTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

        JsonNode reassigned = entries.stream().filter(e -> e.path("timelineTypeDesc").asString().equals("LeadAssignment")
                && e.path("toId").asLong() == other.userId()).findFirst().orElseThrow();
        assertThat(reassigned.path("fromId").asLong()).isEqualTo(agent.userId());
        assertThat(reassigned.path("toFirstName").asString()).isEqualTo("Agent");
        assertThat(reassigned.path("content").path("by").asString()).isEqualTo("update");
        List<String> fields = entries.stream().filter(e -> e.path("timelineTypeDesc").asString().equals("LeadFieldChange"))
                .map(e -> e.path("content").path("field").asString()).toList();
        assertThat(fields).contains("firstName", "hidden", "emails");
        JsonNode emails = entries.stream().filter(e -> e.path("content").path("field").asString().equals("emails"))
                .findFirst().orElseThrow();
        assertThat(emails.path("content").path("to").get(0).asString()).isEqualTo("moved@example.com");
        JsonNode renamed = entries.stream().filter(e -> e.path("content").path("field").asString().equals("firstName"))
                .findFirst().orElseThrow();
        assertThat(renamed.path("content").path("from").asString()).isEqualTo("Logged");
        assertThat(renamed.path("content").path("to").asString()).isEqualTo("Renamed");
        assertThat(entry(entries, "TagsRemoved").path("content").path("tags").get(0).asString()).isEqualTo("hot");
        assertThat(entry(entries, "PropertyChange").path("content").path("change").asString()).isEqualTo("added: 12 Oak St, Austin");
    }

    @Test
    void routingThatAssignsANewLeadIsLoggedWithTheDecision() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        team.owner().post("/leadline/v1/routing/rules", Map.of("name", "Everyone to one", "routingStrategy",
                Map.of("strategyType", 1, "memberWeights", List.of(Map.of("memberId", agent.userId())))));
        long lead = team.createLead(team.owner(), aLead().build());
        JsonNode assignment = entry(team.owner().get("/v1.0/systemLogs?leadId=" + lead).json().path("timeLines").valueStream().toList(),
                "LeadAssignment");
        assertThat(assignment.path("toId").asLong()).isEqualTo(agent.userId());
        assertThat(assignment.path("content").path("by").asString()).startsWith("routing (assigned)");
    }

    @Test
    void aLeadRoutedToAPondAndClaimedFromItIsLogged() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long pond = team.owner().post("/leadline/v1/routing/ponds", Map.of("pondName", "Open house",
                "pondOwnerId", team.ownerUserId(), "agentIds", List.of(agent.userId()))).json().path("id").asLong();
        team.owner().post("/leadline/v1/routing/rules", Map.of("name", "To the pond",
                "routingStrategy", Map.of("strategyType", 4, "groupId", pond)));
        long lead = team.createLead(team.owner(), aLead().build());
        assertThat(agent.client().post("/leadline/v1/leads/" + lead + "/claim", Map.of()).status()).isEqualTo(200);

        List<JsonNode> entries = team.owner().get("/v1.0/systemLogs?leadId=" + lead).json().path("timeLines").valueStream().toList();
        List<JsonNode> ponds = entries.stream().filter(e -> e.path("timelineTypeDesc").asString().equals("LeadPondChange")).toList();
        assertThat(ponds).hasSize(2);
        assertThat(ponds.get(1).path("toId").asLong()).as("entered at creation").isEqualTo(pond);
        assertThat(ponds.get(0).path("fromId").asLong()).as("left when claimed").isEqualTo(pond);
        assertThat(ponds.get(0).path("toType").asInt()).isEqualTo(6);
        JsonNode claimed = entry(entries, "LeadAssignment");
        assertThat(claimed.path("toId").asLong()).isEqualTo(agent.userId());
        assertThat(claimed.path("agentId").asLong()).isEqualTo(agent.userId());
        assertThat(claimed.path("content").path("by").asString()).startsWith("routing (claimed)");
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndNobodyWritesTheLogThroughTheApi() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        int before = team.owner().get("/v1.0/systemLogs?leadId=" + lead).json().path("timeLines").size();
        ApiResponse refused = team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Half", "stage", "Nonexistent"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + lead).json().path("timeLines").size()).isEqualTo(before);
        assertThat(team.owner().post("/v1.0/systemLogs", Map.of("leadId", lead)).status()).isEqualTo(405);
    }

    @Test
    void systemLogsPageNewestFirstWithinTimeBounds() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        for (int i = 0; i < 5; i++) {
            team.owner().put("/v1.0/leads/" + lead, Map.of("firstName", "Name" + i));
        }
        JsonNode first = team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&pageSize=2").json();
        assertThat(first.path("hasMore").asInt()).isEqualTo(1);
        assertThat(first.path("timeLines").get(0).path("content").path("to").asString()).isEqualTo("Name4");
        JsonNode last = team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&pageSize=2&pageNumber=2").json();
        assertThat(last.path("hasMore").asInt()).isZero();
        assertThat(last.path("timeLines").get(last.path("timeLines").size() - 1).path("timelineTypeDesc").asString())
                .isEqualTo("LeadCreated");
        long future = System.currentTimeMillis() + 3_600_000;
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&startTime=" + future).json().path("timeLines")).isEmpty();
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&endTime=" + future).json().path("timeLines")).hasSize(6);
        assertRefused(team.owner().get("/v1.0/systemLogs"), "leadId");
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&pageSize=1001").code()).isEqualTo(20042);
        assertRefused(team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&pageNumber=-1"), "pageNumber");
    }

    // --- manual logs and the v2 timeline

    @Test
    void manualLogsAreKeptPagedAndDeletedAndMoveTheLastContactTimes() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        long other = team.createLead(team.owner(), aLead().build());
        ApiResponse call = team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logCall", "content", "talked",
                "leadPhoneNumber", "5125550101", "callingOutcome", "Chatted", "outboundOrInbound", "inbound", "isPin", true));
        assertThat(call.status()).as(call.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("LogTypeSingleResponse", call.json())).isEmpty();
        JsonNode logged = call.json().path("logType");
        assertThat(logged.path("callingOutcome").asString()).isEqualTo("Talked");
        assertThat(logged.path("outboundOrInbound").asString()).isEqualTo("inbound");
        assertThat(logged.path("isPin").asBoolean()).isTrue();
        assertThat(logged.path("agentId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(logged.path("createTime").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        long callId = logged.path("id").asLong();
        List<Long> texts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            texts.add(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logText", "content", "text " + i))
                    .json().path("logType").path("id").asLong());
        }
        ApiResponse email = team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logEmail", "content",
                "x".repeat(6000), "emailSubject", "Listing", "toEmail", "lead@example.com", "fromEmail", "me@example.com"));
        assertThat(email.json().path("logType").path("content").asString()).hasSize(5000);
        assertThat(email.json().path("logType").path("outboundOrInbound").asString()).isEqualTo("outbound");

        ApiResponse single = team.owner().get("/v1.0/logType/" + callId);
        assertThat(LoftySchema.problems("LogTypeSingleResponse", single.json())).isEmpty();
        assertThat(single.json().path("logType").path("leadPhoneNumber").asString()).isEqualTo("5125550101");
        JsonNode page = team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText&limit=2").json();
        assertThat(LoftySchema.problems("LogTypeListResponse", page)).isEmpty();
        assertThat(page.path("logType").valueStream().map(e -> e.path("id").asLong())).containsExactly(texts.get(0), texts.get(1));
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText&sort=id&order=desc&limit=2").json()
                .path("logType").valueStream().map(e -> e.path("id").asLong())).containsExactly(texts.get(4), texts.get(3));
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText&currentId=" + texts.get(1) + "&limit=2")
                .json().path("logType").valueStream().map(e -> e.path("id").asLong())).containsExactly(texts.get(2), texts.get(3));
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText&limit=5000").json().path("logType"))
                .as("a limit out of range is quietly 10").hasSize(5);
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logCall").json().path("logType")).hasSize(1);
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText&offset=19995&limit=10").code()).isEqualTo(200104);

        assertThat(team.owner().delete("/v1.0/logType/" + texts.get(0)).status()).isEqualTo(200);
        assertThat(team.owner().get("/v1.0/logType/" + texts.get(0)).code()).isEqualTo(20007);
        assertThat(team.owner().delete("/v1.0/logType/" + texts.get(0)).code()).isEqualTo(20007);
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText").json().path("logType")).hasSize(4);

        // ascending, the lead without a call or contact sorts after the one with them
        assertThat(team.owner().get("/v1.0/leads?sort=LastCall&desc=false&limit=2").json().path("leads").valueStream()
                .map(l -> l.path("leadId").asLong())).containsExactly(lead, other);
        assertThat(team.owner().get("/v1.0/leads?sort=LastContact&desc=false&limit=2").json().path("leads").valueStream()
                .map(l -> l.path("leadId").asLong())).containsExactly(lead, other);
        assertThat(team.owner().get("/v1.0/leads?sort=LastEmail&desc=false&limit=2").json().path("leads").valueStream()
                .map(l -> l.path("leadId").asLong())).containsExactly(lead, other);
    }

    @Test
    void badManualLogsAreRefused() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        assertRefused(team.owner().post("/v1.0/logType", Map.of("logType", "logText", "content", "x")), "leadId");
        assertRefused(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "LOGTEXT", "content", "x")), "logType");
        assertRefused(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logText")), "content");
        assertRefused(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logCall", "content", "x")), "leadPhoneNumber");
        assertThat(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logCall", "content", "x",
                "leadPhoneNumber", "1".repeat(21))).code()).isEqualTo(20043);
        assertRefused(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logText", "content", "x",
                "outboundOrInbound", "sideways")), "outboundOrInbound");
        assertRefused(team.owner().get("/v1.0/logType?leadId=" + lead), "logType");
        assertRefused(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText&sort=name"), "sort");
        assertThat(team.owner().get("/v1.0/logType?leadId=" + lead + "&logType=logText").json().path("logType")).isEmpty();
        team.owner().delete("/v1.0/leads/" + lead + "?reason=gone");
        assertThat(team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logText", "content", "x")).code())
                .isEqualTo(20006);
    }

    @Test
    void theV2TimelineMergesLogsSiteActivityAndNotesOldestFirstWithACursor() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        team.owner().post("/v1.0/leads/" + lead + "/activity", Map.of("type", "Favorite", "text", "12 Oak St", "created", DEC_1));
        team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logCall", "content", "talked", "leadPhoneNumber", "5125550101",
                "callingOutcome", "NoAnswer"));
        team.owner().post("/v1.0/notes", Map.of("leadId", lead, "content", "prefers mornings"));
        team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logEmail", "content", "sent listings", "emailSubject", "Listings"));

        ApiResponse all = team.owner().get("/v2.0/leads/" + lead + "/activities?limit=1000&timeZoneCode=America/Los_Angeles");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("ActivityListResponse", all.json())).isEmpty();
        List<JsonNode> items = all.json().path("activities").valueStream().toList();
        assertThat(items.stream().map(i -> i.path("channel").asString())).containsExactly("SiteActivity", "Call", "Note", "Email");
        assertThat(items.get(0).path("activityTime").asString()).isEqualTo("2025-11-30T16:00:00-08:00");
        assertThat(items.get(1).path("communicationType").asString()).isEqualTo("Logged");
        assertThat(items.get(1).path("callingOutcome").asString()).isEqualTo("NoAnswer");
        assertThat(items.get(1).path("direction").asString()).isEqualTo("Outbound");
        assertThat(items.get(2).path("note").asString()).isEqualTo("prefers mornings");
        assertThat(items.get(3).path("emailSubject").asString()).isEqualTo("Listings");

        JsonNode firstTwo = team.owner().get("/v2.0/leads/" + lead + "/activities?limit=2").json().path("activities");
        assertThat(firstTwo).hasSize(2);
        assertThat(firstTwo.get(0).path("activityTime").asString()).isEqualTo("2025-12-01T00:00:00Z");
        JsonNode next = team.owner().get("/v2.0/leads/" + lead + "/activities?limit=2&currentId=" + firstTwo.get(1).path("id").asLong())
                .json().path("activities");
        assertThat(next.valueStream().map(i -> i.path("channel").asString())).containsExactly("Note", "Email");
        assertThat(team.owner().get("/v2.0/leads/" + lead + "/activities?offset=3").json().path("activities")).hasSize(1);
        assertThat(team.owner().get("/v2.0/leads/" + lead + "/activities?limit=0").code()).isEqualTo(20042);
        assertRefused(team.owner().get("/v2.0/leads/" + lead + "/activities?timeZoneCode=Mars/Olympus"), "timeZoneCode");
        assertRefused(team.owner().get("/v2.0/leads/" + lead + "/activities?currentId=42"), "currentId");
    }

    // --- visibility

    @Test
    void theTimelineIsAsVisibleAsItsLeadAndATrashedLeadKeepsItsHistoryForManagers() {
        TestTeam team = newTeam();
        long north = team.office("North", null);
        long south = team.office("South", null);
        TestTeam.TestMember southAgent = team.agent(south);
        TestTeam.TestMember northAgent = team.agent(north);
        TestTeam outsider = newTeam();
        long lead = team.createLead(team.owner(), aLead().with("ownershipScope", "OFFICE").with("ownershipId", north).build());
        long log = team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logText", "content", "hi"))
                .json().path("logType").path("id").asLong();
        team.owner().post("/v1.0/leads/" + lead + "/activity", Map.of("type", "Search", "created", DEC_1));
        for (var intruder : List.of(southAgent.client(), outsider.owner())) {
            assertThat(intruder.get("/v1.0/leads/" + lead + "/activities").code()).isEqualTo(20006);
            assertThat(intruder.get("/v2.0/leads/" + lead + "/activities").code()).isEqualTo(20006);
            assertThat(intruder.get("/v1.0/systemLogs?leadId=" + lead).code()).isEqualTo(20006);
            assertThat(intruder.get("/v1.0/logType?leadId=" + lead + "&logType=logText").code()).isEqualTo(20006);
            assertThat(intruder.get("/v1.0/logType/" + log).code()).isEqualTo(20007);
            assertThat(intruder.delete("/v1.0/logType/" + log).code()).isEqualTo(20007);
            assertThat(intruder.post("/v1.0/leads/" + lead + "/activity", Map.of("type", "Search", "created", DEC_1)).code())
                    .isEqualTo(20006);
        }
        assertThat(northAgent.client().get("/v1.0/systemLogs?leadId=" + lead).status()).isEqualTo(200);

        team.owner().delete("/v1.0/leads/" + lead + "?reason=gone");
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + lead).code()).isEqualTo(20006);
        JsonNode kept = team.owner().get("/v1.0/systemLogs?leadId=" + lead + "&withTrash=true").json();
        assertThat(kept.path("timeLines").get(0).path("timelineTypeDesc").asString()).isEqualTo("LeadTrashed");
        assertThat(team.owner().get("/v1.0/leads/" + lead + "/activities?withTrash=true").json()).hasSize(1);
        assertThat(northAgent.client().get("/v1.0/systemLogs?leadId=" + lead + "&withTrash=true").code()).isEqualTo(20006);
    }

    private static JsonNode entry(List<JsonNode> entries, String desc) {
        return entries.stream().filter(e -> e.path("timelineTypeDesc").asString().equals(desc)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + desc + " in " + entries));
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).as(response.toString()).isEqualTo(20012);
        assertThat(response.message()).contains(field);
    }
}
