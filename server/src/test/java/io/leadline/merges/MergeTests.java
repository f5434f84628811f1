package io.leadline.merges;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 31: merging duplicates into a survivor moves every kind of record to it and fills its blanks; an undo puts
 * everything back as it was; only a caller who may write every lead involved merges.
 */
abstract class MergeTests extends ApiTestBase {

    @Test
    void aMergeMovesEveryKindOfRecordToTheSurvivorFillsItsBlanksAndTrashesTheMerged() {
        TestTeam team = newTeam();
        long older = team.createLead(team.owner(), Map.of("firstName", "Ann", "lastName", "Lee",
                "emails", List.of("ann.lee@example.org", "ANN@example.org"), "phones", List.of("5550001111"),
                "streetAddress", "1 Elm St", "city", "Austin", "tags", List.of("seller")));
        team.addOneRecordOfEachKind(older, "5550001111");
        oneMoreOfEachKind(team, older);
        long survivor = team.createLead(team.owner(), Map.of("firstName", "Ann", "emails", List.of("ann@example.org"),
                "city", "Dallas", "tags", List.of("buyer")));
        long total = total(team, "");

        ApiResponse merged = team.owner().post("/leadline/v1/leads/" + survivor + "/merge", Map.of("from", List.of(older)));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode merge = merged.json();
        assertThat(merge.path("survivorId").asLong()).isEqualTo(survivor);
        assertThat(merge.path("merged")).extracting(JsonNode::asLong).containsExactly(older);
        assertThat(merge.path("moved").path("notes").asInt()).isEqualTo(1);
        assertThat(merge.path("moved").path("tasks").asInt()).as("a task and an appointment").isEqualTo(2);
        assertThat(merge.path("moved").path("communications").asInt()).as("a call, an email, a text").isEqualTo(3);
        assertThat(merge.path("moved").path("lead_transactions").asInt()).isEqualTo(1);
        assertThat(merge.path("moved").path("routing_decisions").asInt()).as("the create's and the reassignment's")
                .isEqualTo(2);
        assertThat(merge.path("moved").path("timeline_entries").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(merge.path("undoUntil").asString()).isNotBlank();

        JsonNode lead = team.owner().get("/v1.0/leads/" + survivor).json().path("lead");
        assertThat(lead.path("lastName").asString()).as("a blank filled").isEqualTo("Lee");
        assertThat(lead.path("city").asString()).as("the survivor wins").isEqualTo("Dallas");
        assertThat(lead.path("streetAddress").isNull() || lead.path("streetAddress").isMissingNode()
                || lead.path("streetAddress").asString().isEmpty()).as("an address is taken whole or not at all").isTrue();
        assertThat(lead.path("emails")).extracting(JsonNode::asString)
                .containsExactly("ann@example.org", "ann.lee@example.org");
        assertThat(lead.path("phones")).extracting(JsonNode::asString).containsExactly("5550001111");
        assertThat(lead.path("tags").toString()).contains("buyer").contains("seller");
        JsonNode olderBefore = team.owner().get("/v1.0/leads/" + older + "?withTrash=true").json().path("lead");
        assertThat(LoftySchema.problems("LeadResponse", olderBefore)).as("a merged lead still reads as Lofty's lead").isEmpty();
        assertThat(lead.path("createTime").asString()).as("the earliest create time")
                .isEqualTo(olderBefore.path("createTime").asString());

        assertThat(team.owner().get("/v1.0/leads/" + older).status()).isEqualTo(404);
        JsonNode trash = team.owner().get("/leadline/v1/leads/" + older + "/trash").json();
        assertThat(trash.path("mergedInto").asLong()).isEqualTo(survivor);
        assertThat(trash.path("deleteReason").asString()).isEqualTo("merged into " + survivor);
        assertThat(team.owner().get("/v1.0/notes?leadId=" + survivor).json().toString()).contains("Wants a garden");
        assertThat(team.owner().get("/v2.0/tasks?leadId=" + survivor).json().toString()).contains("Call back");
        assertThat(team.owner().get("/v1.0/leads/" + survivor + "/transactions").json().toString()).contains("12 Oak St");
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + survivor).json().toString()).contains("LeadsMerged");
        assertThat(total(team, "")).isEqualTo(total - 1);
        assertThat(total(team, "&key=lee")).isEqualTo(1);
        assertThat(total(team, "&key=5550001111")).isEqualTo(1);
        assertThat(team.owner().get("/leadline/v1/merges/" + merge.path("mergeId").asLong()).json().path("survivorId")
                .asLong()).isEqualTo(survivor);
    }

    @Test
    void anUndoPutsBothLeadsAndTheirRecordsBackAsTheyWere() {
        TestTeam team = newTeam();
        long older = team.createLead(team.owner(), Map.of("firstName", "Bo", "lastName", "Chen",
                "emails", List.of("bo@example.org"), "phones", List.of("5550002222"), "streetAddress", "2 Oak St",
                "city", "Austin", "tags", List.of("seller"), "birthday", "Jan 2, 1990"));
        team.addOneRecordOfEachKind(older, "5550002222");
        oneMoreOfEachKind(team, older);
        long survivor = team.createLead(team.owner(), Map.of("firstName", "Bo", "emails", List.of("bo.chen@example.org"),
                "tags", List.of("buyer")));
        assertThat(team.owner().post("/v1.0/notes", Map.of("leadId", survivor, "content", "the survivor's own")).status())
                .isEqualTo(200);
        Map<String, JsonNode> before = everything(team, older, survivor);

        long mergeId = team.owner().post("/leadline/v1/leads/" + survivor + "/merge", Map.of("from", List.of(older)))
                .json().path("mergeId").asLong();
        assertThat(everything(team, older, survivor)).isNotEqualTo(before);
        ApiResponse undone = team.owner().post("/leadline/v1/merges/" + mergeId + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().path("undoneAt").asString()).isNotBlank();

        Map<String, JsonNode> after = everything(team, older, survivor);
        after.forEach((what, json) -> assertThat(json).as(what).isEqualTo(before.get(what)));
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + survivor).json().toString()).contains("LeadsMergeUndone");
        ApiResponse again = team.owner().post("/leadline/v1/merges/" + mergeId + "/undo", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("already undone");
    }

    @Test
    void onlyACallerWhoMayWriteEveryLeadMergesAndBadRequestsAreRefusedWithNothingWritten() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long agents = team.createLead(agent.client(), Map.of("firstName", "Cy"));
        long owners = team.createLead(team.owner(), Map.of("firstName", "Cy", "assignedUserId", team.ownerUserId()));

        ApiResponse invisible = agent.client().post("/leadline/v1/leads/" + agents + "/merge", Map.of("from", List.of(owners)));
        assertThat(invisible.status()).isEqualTo(404);
        assertThat(newTeam().owner().post("/leadline/v1/leads/" + owners + "/merge", Map.of("from", List.of(agents)))
                .status()).isEqualTo(404);
        for (Map<String, ?> body : List.<Map<String, ?>>of(Map.of(), Map.of("from", List.of()), Map.of("from", List.of(owners)),
                Map.of("from", List.of(agents, agents)), Map.of("from", java.util.Arrays.asList(agents, null)))) {
            ApiResponse refused = team.owner().post("/leadline/v1/leads/" + owners + "/merge", body);
            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.message()).contains("from");
        }
        assertThat(team.owner().get("/v1.0/leads/" + agents).status()).as("nothing was merged").isEqualTo(200);

        long mergeId = team.owner().post("/leadline/v1/leads/" + owners + "/merge", Map.of("from", List.of(agents)))
                .json().path("mergeId").asLong();
        assertThat(agent.client().get("/leadline/v1/merges/" + mergeId).status()).as("its survivor is not the agent's")
                .isEqualTo(404);
        assertThat(agent.client().post("/leadline/v1/merges/" + mergeId + "/undo", Map.of()).status()).isEqualTo(404);
        assertThat(team.owner().get("/leadline/v1/merges/" + (mergeId + 1)).status()).isEqualTo(404);
    }

    @Test
    void aTeamThatMergesAtCreateAnswersANewDuplicateWithTheOldestLeadItMayWrite() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        assertThat(team.owner().get("/leadline/v1/duplicates/settings").json().path("onCreate").asString()).isEqualTo("keep");
        long kept = team.createLead(team.owner(), Map.of("firstName", "Dee", "emails", List.of("dee@example.org")));
        assertThat(team.createLead(team.owner(), Map.of("firstName", "Dee", "emails", List.of("dee@example.org"))))
                .as("Lofty's way by default: both kept").isNotEqualTo(kept);

        assertThat(agent.client().put("/leadline/v1/duplicates/settings", Map.of("onCreate", "merge-into-oldest"))
                .status()).isEqualTo(403);
        ApiResponse bad = team.owner().put("/leadline/v1/duplicates/settings", Map.of("onCreate", "merge"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("onCreate").contains("merge-into-oldest");
        assertThat(team.owner().put("/leadline/v1/duplicates/settings", Map.of("onCreate", "Merge-Into-Oldest")).json()
                .path("onCreate").asString()).isEqualTo("merge-into-oldest");

        long oldest = team.createLead(team.owner(), Map.of("firstName", "Eve", "phones", List.of("5550003333"),
                "assignedUserId", team.ownerUserId()));
        ApiResponse created = team.owner().post("/v1.0/leads", Map.of("firstName", "Eve", "lastName", "Stone",
                "phones", List.of("(555) 000-3333"), "emails", List.of("eve@example.org")));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.leadId()).as("the oldest sharing the phone").isEqualTo(oldest);
        JsonNode eve = team.owner().get("/v1.0/leads/" + oldest).json().path("lead");
        assertThat(eve.path("lastName").asString()).isEqualTo("Stone");
        assertThat(eve.path("emails")).extracting(JsonNode::asString).containsExactly("eve@example.org");
        assertThat(total(team, "&key=eve")).isEqualTo(1);

        long fresh = team.createLead(team.owner(), Map.of("firstName", "Fay", "emails", List.of("fay@example.org")));
        assertThat(team.owner().get("/v1.0/leads/" + fresh).status()).as("no duplicate: its own id").isEqualTo(200);
        long agents = team.createLead(agent.client(), Map.of("firstName", "Eve", "phones", List.of("5550003333")));
        assertThat(agents).as("the older lead is not the agent's to write: kept apart").isNotEqualTo(oldest);
        assertThat(agent.client().get("/v1.0/leads/" + agents).status()).isEqualTo(200);
    }

    /** Beyond a note, a task, a logged call and a transaction: an appointment, an email, a text, site activity, an assignment. */
    private static void oneMoreOfEachKind(TestTeam team, long lead) {
        for (ApiResponse made : List.of(
                team.owner().post("/v2.0/calendar", Map.of("type", "APPOINTMENT", "leadId", lead, "content", "Showing",
                        "timeZoneCode", "UTC", "startAt", "2099-01-02T10:00:00Z", "endAt", "2099-01-02T11:00:00Z")),
                team.owner().post("/v1.0/message/email/send", Map.of("leadId", lead, "subject", "Hi", "content", "Hello")),
                team.owner().post("/v1.0/message/sms/send", Map.of("leadId", lead, "content", "Hello")),
                team.owner().post("/v1.0/leads/" + lead + "/activity", Map.of("type", "Search", "text", "3 bed Austin",
                        "link", "https://example.com/s", "created", 1764547200000L)),
                team.owner().put("/v1.0/leads/" + lead, Map.of("assignedUserId", team.ownerUserId())))) {
            assertThat(made.status()).as(made.toString()).isEqualTo(200);
        }
    }

    private static long total(TestTeam team, String query) {
        return team.owner().get("/v1.0/leads?limit=1" + query).json().path("_metadata").path("total").asLong();
    }

    /** Each lead and its records as the API shows them, without the times a write moves. */
    private static Map<String, JsonNode> everything(TestTeam team, long... leads) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (long lead : leads) {
            ObjectNode row = (ObjectNode) team.owner().get("/v1.0/leads/" + lead + "?withTrash=true").json().path("lead");
            row.remove(List.of("updateTime", "lastUpdateTime", "updatedAt"));
            all.put("lead " + lead, row);
            for (String path : List.of("/v1.0/notes?leadId=", "/v2.0/tasks?leadId=", "/v1.0/calls?leadId=",
                    "/v1.0/communication/call?leadId=")) {
                all.put(path + lead, team.owner().get(path + lead).json());
            }
            all.put("transactions " + lead, team.owner().get("/v1.0/leads/" + lead + "/transactions").json());
            all.put("routing " + lead, team.owner().get("/leadline/v1/leads/" + lead + "/routing-decisions").json());
        }
        return all;
    }
}
