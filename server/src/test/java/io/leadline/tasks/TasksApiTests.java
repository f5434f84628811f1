package io.leadline.tasks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Lofty's v1 and v2 tasks and v1 appointments: one store, two views (LL issue 15). */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class TasksApiTests extends ApiTestBase {

    static final long IN_A_YEAR = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toEpochMilli();

    @Test
    void v1TasksAreCreatedListedReadChangedFinishedAndDeleted() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long leadId = team.createLead(team.owner(), aLead().with("lastName", "Archer").with("emails", List.of("bob@example.com"))
                .with("assignedUserId", agent.userId()).build());

        ApiResponse created = team.owner().post("/v1.0/tasks", v1Task(leadId, "Call back about the condo", IN_A_YEAR));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("TaskIdResponse", created.json())).isEmpty();
        long taskId = created.json().path("taskId").asLong();
        assertThat(taskId).isPositive().isLessThan(1L << 53);

        ApiResponse read = team.owner().get("/v1.0/tasks/" + taskId);
        assertThat(LoftySchema.problems("TaskSingleResponse", read.json())).isEmpty();
        JsonNode task = read.json().path("task");
        assertThat(task.path("content").asString()).isEqualTo("Call back about the condo");
        assertThat(task.path("type").asString()).isEqualTo("Call");
        assertThat(task.path("deadline").asString())
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(OffsetDateTime.ofInstant(Instant.ofEpochMilli(IN_A_YEAR), ZoneOffset.UTC)));
        assertThat(task.path("finishTime").asString()).isEmpty();
        assertThat(task.path("finishFlag").asBoolean()).isFalse();
        assertThat(task.path("overdueFlag").asBoolean()).isFalse();
        assertThat(task.path("assignedRole").asString()).isEqualTo("Agent");
        assertThat(task.path("assignedUserId").asLong()).as("the lead's agent").isEqualTo(agent.userId());
        assertThat(task.path("assignedUser").asString()).startsWith("Agent ");
        assertThat(task.path("leadName").asString()).isEqualTo("Bob Archer");
        assertThat(task.path("leadEmail").asString()).isEqualTo("bob@example.com");
        assertThat(task.path("creatorId").asLong()).isEqualTo(team.ownerUserId());

        ApiResponse listed = agent.client().get("/v1.0/tasks?leadId=" + leadId);
        assertThat(LoftySchema.problems("TaskListResponse", listed.json())).isEmpty();
        assertThat(listed.json().path("taskList")).hasSize(1);

        ApiResponse changed = team.owner().put("/v1.0/tasks/" + taskId, Map.of("content", "Call back Tuesday", "type", "text"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.raw()).isEmpty();
        JsonNode after = team.owner().get("/v1.0/tasks/" + taskId).json().path("task");
        assertThat(after.path("content").asString()).isEqualTo("Call back Tuesday");
        assertThat(after.path("type").asString()).isEqualTo("Text");
        assertThat(after.path("deadline").asString()).isEqualTo(task.path("deadline").asString());

        assertThat(team.owner().put("/v1.0/tasks/" + taskId, Map.of("finishFlag", true, "content", "ignored")).status()).isEqualTo(200);
        JsonNode finished = team.owner().get("/v1.0/tasks/" + taskId).json().path("task");
        assertThat(finished.path("finishFlag").asBoolean()).isTrue();
        assertThat(finished.path("finishTime").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(finished.path("content").asString()).isEqualTo("Call back Tuesday");

        assertThat(team.owner().delete("/v1.0/tasks/" + taskId).status()).isEqualTo(200);
        ApiResponse gone = team.owner().get("/v1.0/tasks/" + taskId);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo(20007);
        assertThat(gone.message()).contains("TASK_NOT_EXIST");
        assertThat(team.owner().get("/v1.0/tasks?leadId=" + leadId).json().path("taskList")).isEmpty();
        assertThat(team.owner().delete("/v1.0/tasks/" + taskId).status()).isEqualTo(404);
    }

    @Test
    void v1AndV2AreOneStore() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long v1Task = team.owner().post("/v1.0/tasks", v1Task(leadId, "From v1", IN_A_YEAR)).json().path("taskId").asLong();
        ApiResponse appointment = team.owner().post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Appointment", "content", "Showing",
                "startAt", "2031-05-04T10:00:00-05:00", "endAt", "2031-05-04T11:00:00-05:00", "timeZoneCode", "America/Chicago",
                "address", "1 Main St"));
        assertThat(appointment.status()).as(appointment.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("TaskV2IdResponse", appointment.json())).isEmpty();
        long appointmentId = appointment.json().path("taskId").asLong();

        ApiResponse both = team.owner().get("/v2.0/tasks?leadId=" + leadId);
        assertThat(LoftySchema.problems("TaskV2ListResponse", both.json())).isEmpty();
        assertThat(both.json().path("tasks").valueStream().map(t -> t.path("id").asLong()).toList())
                .containsExactlyInAnyOrder(v1Task, appointmentId);
        JsonNode v2View = team.owner().get("/v2.0/tasks/" + v1Task).json();
        assertThat(LoftySchema.problems("TaskV2SingleResponse", v2View)).isEmpty();
        assertThat(v2View.path("task").path("content").asString()).isEqualTo("From v1");

        ApiResponse appts = team.owner().get("/v1.0/appts?leadId=" + leadId);
        assertThat(appts.json().isArray()).isTrue();
        assertThat(appts.json()).hasSize(1);
        assertThat(LoftySchema.problems("Appointment", appts.json().get(0))).isEmpty();
        assertThat(appts.json().get(0).path("descr").asString()).isEqualTo("Showing");
        assertThat(appts.json().get(0).path("deadline").asLong()).isEqualTo(OffsetDateTime.parse("2031-05-04T10:00:00-05:00").toInstant().toEpochMilli());
        assertThat(appts.json().get(0).path("address").asString()).isEqualTo("1 Main St");
        assertThat(team.owner().get("/v1.0/tasks/" + appointmentId).status()).as("v1 tasks are tasks only").isEqualTo(404);

        assertThat(team.owner().post("/v2.0/tasks/" + v1Task + "/finish", Map.of()).json().path("message").asString()).isEqualTo("success");
        assertThat(team.owner().get("/v1.0/tasks/" + v1Task).json().path("task").path("finishFlag").asBoolean()).isTrue();
        assertThat(LoftySchema.problems("MessageResponse", team.owner().delete("/v2.0/tasks/" + v1Task).json())).isEmpty();
        assertThat(team.owner().get("/v1.0/tasks/" + v1Task).status()).isEqualTo(404);

        long v2Task = team.owner().post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Email", "content", "Send comps",
                "assignedRole", "Agent", "endAt", "2031-01-01T09:00:00Z")).json().path("taskId").asLong();
        assertThat(team.owner().put("/v1.0/tasks/" + v2Task, Map.of("finishFlag", true)).status()).isEqualTo(200);
        assertThat(team.owner().get("/v2.0/tasks/" + v2Task).json().path("task").path("finishFlag").asBoolean()).isTrue();
        assertThat(team.owner().delete("/v1.0/tasks/" + v2Task).status()).isEqualTo(200);
        assertThat(team.owner().get("/v2.0/tasks/" + v2Task).status()).isEqualTo(404);
    }

    @Test
    void timesAreShownInTheAskedZoneAcrossADaylightSavingChange() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long before = v2Task(team.owner(), leadId, "2031-03-08T09:00:00", "America/New_York");
        long after = v2Task(team.owner(), leadId, "2031-03-10T09:00:00", "America/New_York");

        JsonNode winter = team.owner().get("/v2.0/tasks/" + before).json().path("task");
        JsonNode summer = team.owner().get("/v2.0/tasks/" + after).json().path("task");
        assertThat(winter.path("endAt").asString()).isEqualTo("2031-03-08T09:00:00-05:00");
        assertThat(summer.path("endAt").asString()).isEqualTo("2031-03-10T09:00:00-04:00");
        assertThat(winter.path("timeZoneCode").asString()).isEqualTo("America/New_York");
        long hours = ChronoUnit.HOURS.between(OffsetDateTime.parse(winter.path("endAt").asString()),
                OffsetDateTime.parse(summer.path("endAt").asString()));
        assertThat(hours).as("two days less the hour the clocks went forward").isEqualTo(47);

        JsonNode utc = team.owner().get("/v2.0/tasks/my-tasks?timeZoneCode=UTC").json().path("tasks");
        assertThat(utc.valueStream().map(t -> t.path("endAt").asString()).toList())
                .containsExactly("2031-03-10T13:00:00Z", "2031-03-08T14:00:00Z");
        assertThat(team.owner().get("/v1.0/tasks/" + before).json().path("task").path("deadline").asString())
                .isEqualTo("2031-03-08 14:00:00");
        ApiResponse badZone = team.owner().get("/v2.0/tasks/my-tasks?timeZoneCode=Mars/Olympus");
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.message()).contains("timeZoneCode");
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        TestTeam team = newTeam();
        TestTeam outsider = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        ApiClient owner = team.owner();

        assertRefused(owner.post("/v1.0/tasks", without(v1Task(leadId, "x", IN_A_YEAR), "content")), "content");
        assertRefused(owner.post("/v1.0/tasks", without(v1Task(leadId, "x", IN_A_YEAR), "leadId")), "leadId");
        assertRefused(owner.post("/v1.0/tasks", without(v1Task(leadId, "x", IN_A_YEAR), "deadline")), "deadline");
        assertRefused(owner.post("/v1.0/tasks", without(v1Task(leadId, "x", IN_A_YEAR), "assignedRole")), "assignedRole");
        assertRefused(owner.post("/v1.0/tasks", with(v1Task(leadId, "x", IN_A_YEAR), "type", "Fax")), "type");
        assertRefused(owner.post("/v1.0/tasks", with(v1Task(leadId, "x", IN_A_YEAR), "assignedRole", "Boss")), "assignedRole");
        assertRefused(owner.post("/v1.0/tasks", with(v1Task(leadId, "x", IN_A_YEAR), "deadline", "tomorrow")), "deadline");
        assertRefused(owner.post("/v1.0/tasks", with(v1Task(leadId, "x", IN_A_YEAR), "assignedUserId", outsider.ownerUserId())),
                "assignedUserId");
        assertRefused(owner.post("/v1.0/tasks", with(v1Task(leadId, "x", IN_A_YEAR), "assignedRole", "Assistant")), "Assistant");
        assertRefused(owner.post("/v1.0/tasks", with(v1Task(leadId, "x".repeat(2001), IN_A_YEAR), "content", "x".repeat(2001))), "content");
        Map<String, Object> v2 = Map.of("leadId", leadId, "type", "Appointment", "content", "Showing", "timeZoneCode", "UTC",
                "startAt", "2031-01-01T11:00:00Z", "endAt", "2031-01-01T10:00:00Z");
        assertRefused(owner.post("/v2.0/tasks", v2), "endAt");
        assertRefused(owner.post("/v2.0/tasks", with(with(v2, "endAt", "2031-01-01T12:00:00Z"), "timeZoneCode", "Nowhere/City")),
                "timeZoneCode");
        assertRefused(owner.post("/v2.0/tasks", with(v2, "endAt", "soon")), "endAt");
        ApiResponse unknownLead = owner.post("/v1.0/tasks", with(v1Task(leadId, "x", IN_A_YEAR), "leadId", 4503599627370001L));
        assertThat(unknownLead.status()).isEqualTo(404);
        assertThat(unknownLead.code()).isEqualTo(20006);
        assertThat(owner.post("/v1.0/tasks", v1Task(leadId, "x", IN_A_YEAR)).status()).isEqualTo(200);
        assertThat(owner.get("/v2.0/tasks?leadId=" + leadId).json().path("tasks")).hasSize(1);

        long taskId = owner.get("/v2.0/tasks?leadId=" + leadId).json().path("tasks").get(0).path("id").asLong();
        assertRefused(owner.put("/v2.0/tasks/" + taskId, Map.of()), "MISSING_PARAMETER");
        assertRefused(owner.put("/v1.0/tasks/" + taskId, Map.of()), "MISSING_PARAMETER");
        long otherLead = team.createLead(owner, aLead().build());
        assertRefused(owner.put("/v1.0/tasks/" + taskId, Map.of("leadId", otherLead, "content", "moved")), "INVALID_UPDATE_OPERATION_LEADID");
        assertThat(owner.get("/v2.0/tasks/" + taskId).json().path("task").path("content").asString()).isEqualTo("x");
    }

    @Test
    void finishingAndReopeningAreIdempotentAndAgentsSeeTheirOwnAndTheirLeads() {
        TestTeam team = newTeam();
        long north = team.office("North", null);
        long south = team.office("South", null);
        TestTeam.TestMember northAgent = team.agent(north);
        TestTeam.TestMember southAgent = team.agent(south);
        long northLead = team.createLead(team.owner(), aLead().with("ownershipScope", "OFFICE").with("ownershipId", north).build());
        long hiddenLead = team.createLead(team.owner(), aLead().with("isHidden", true).build());
        long onNorth = team.owner().post("/v1.0/tasks", v1Task(northLead, "North task", IN_A_YEAR)).json().path("taskId").asLong();
        long assignedToSouth = team.owner().post("/v1.0/tasks", with(v1Task(hiddenLead, "Yours", IN_A_YEAR),
                "assignedUserId", southAgent.userId())).json().path("taskId").asLong();

        assertThat(northAgent.client().get("/v2.0/tasks/" + onNorth).status()).isEqualTo(200);
        ApiResponse hidden = southAgent.client().get("/v2.0/tasks/" + onNorth);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo(southAgent.client().get("/v2.0/tasks/4503599627370001").code());
        assertThat(southAgent.client().post("/v2.0/tasks/" + onNorth + "/finish", Map.of()).status()).isEqualTo(404);
        assertThat(southAgent.client().get("/v1.0/tasks?leadId=" + northLead).code()).isEqualTo(20006);
        assertThat(southAgent.client().get("/v2.0/tasks/" + assignedToSouth).status()).as("their own task").isEqualTo(200);
        assertThat(northAgent.client().get("/v2.0/tasks/" + assignedToSouth).status()).isEqualTo(404);
        assertThat(southAgent.client().get("/v2.0/tasks/my-tasks").json().path("tasks").valueStream()
                .map(t -> t.path("id").asLong()).toList()).containsExactly(assignedToSouth);

        for (int i = 0; i < 2; i++) {
            assertThat(northAgent.client().post("/v2.0/tasks/" + onNorth + "/finish", Map.of()).status()).isEqualTo(200);
        }
        assertThat(team.owner().get("/v2.0/tasks/" + onNorth).json().path("task").path("finishFlag").asBoolean()).isTrue();
        for (int i = 0; i < 2; i++) {
            assertThat(northAgent.client().post("/v2.0/tasks/" + onNorth + "/unfinish", Map.of()).status()).isEqualTo(200);
        }
        JsonNode reopened = team.owner().get("/v2.0/tasks/" + onNorth).json().path("task");
        assertThat(reopened.path("finishFlag").asBoolean()).isFalse();
        assertThat(reopened.path("finishTime").isNull()).isTrue();
        List<String> log = team.owner().get("/v1.0/systemLogs?leadId=" + northLead).json().path("timeLines").valueStream()
                .map(e -> e.path("timelineTypeDesc").asString()).filter(d -> d.startsWith("Task")).toList();
        assertThat(log).containsExactly("TaskReopened", "TaskFinished", "TaskCreated");
        team.owner().delete("/v2.0/tasks/" + onNorth);
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + northLead).json().path("timeLines").get(0)
                .path("timelineTypeDesc").asString()).as("the timeline keeps a deleted task").isEqualTo("TaskDeleted");
    }

    @Test
    void myTasksPageNewestFirstByCursor() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        TestTeam.TestMember other = team.agent(null);
        long leadId = team.createLead(team.owner(), aLead().with("assignedUserId", agent.userId()).build());
        List<Long> created = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            created.add(v2Task(team.owner(), leadId, "2031-06-0" + day + "T09:00:00", "UTC"));
        }
        List<Long> walked = new java.util.ArrayList<>();
        long cursor = 0;
        for (int page = 0; page < 4; page++) {
            ApiResponse response = agent.client().get("/v2.0/tasks/my-tasks?limit=3&currentId=" + cursor);
            assertThat(LoftySchema.problems("TaskV2ListResponse", response.json())).isEmpty();
            List<Long> ids = response.json().path("tasks").valueStream().map(t -> t.path("id").asLong()).toList();
            walked.addAll(ids);
            if (ids.isEmpty()) {
                break;
            }
            cursor = ids.getLast();
        }
        assertThat(walked).containsExactlyElementsOf(created.reversed());
        assertThat(team.owner().get("/v2.0/tasks/my-tasks?userId=" + agent.userId()).json().path("tasks")).hasSize(7);
        assertThat(team.owner().get("/v2.0/tasks/my-tasks").json().path("tasks")).isEmpty();

        assertThat(agent.client().get("/v2.0/tasks/my-tasks?currentId=-1").code()).isEqualTo(20012);
        assertThat(agent.client().get("/v2.0/tasks/my-tasks?limit=0").code()).isEqualTo(20042);
        assertThat(agent.client().get("/v2.0/tasks/my-tasks?limit=101").code()).isEqualTo(20042);
        ApiResponse othersList = other.client().get("/v2.0/tasks/my-tasks?userId=" + agent.userId());
        assertThat(othersList.status()).isEqualTo(400);
        assertThat(othersList.code()).isEqualTo(20017);
        assertThat(team.owner().get("/v2.0/tasks/my-tasks?userId=4503599627370001").code()).isEqualTo(20003);
    }

    @Test
    void aTrashedLeadsEntriesLeaveEveryListUntilItIsRestored() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long task = v2Task(team.owner(), leadId, "2031-06-01T09:00:00", "UTC");
        String calendar = "/v2.0/calendar?startTime=2031-05-01T00:00:00Z&endTime=2031-07-01T00:00:00Z";
        assertThat(team.owner().get("/v2.0/tasks/my-tasks").json().path("tasks")).hasSize(1);
        assertThat(team.owner().get(calendar).json().path("data").path("total").asLong()).isEqualTo(1);

        assertThat(team.owner().delete("/v1.0/leads/" + leadId + "?reason=test").status()).isEqualTo(200);
        assertThat(team.owner().get("/v2.0/tasks/my-tasks").json().path("tasks")).isEmpty();
        assertThat(team.owner().get(calendar).json().path("data").path("total").asLong()).isZero();
        assertThat(team.owner().get("/v2.0/tasks/" + task).status()).isEqualTo(404);

        assertThat(team.owner().post("/leadline/v1/leads/" + leadId + "/restore", Map.of()).status()).isEqualTo(200);
        assertThat(team.owner().get("/v2.0/tasks/my-tasks").json().path("tasks")).hasSize(1);
        assertThat(team.owner().get(calendar).json().path("data").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theLeadsTaskSortFollowsItsNextOpenTask() {
        TestTeam team = newTeam();
        long later = team.createLead(team.owner(), aLead().with("firstName", "Later").build());
        long sooner = team.createLead(team.owner(), aLead().with("firstName", "Sooner").build());
        long none = team.createLead(team.owner(), aLead().with("firstName", "None").build());
        v2Task(team.owner(), later, "2031-02-01T09:00:00", "UTC");
        long soonTask = v2Task(team.owner(), sooner, "2031-01-01T09:00:00", "UTC");
        v2Task(team.owner(), sooner, "2031-03-01T09:00:00", "UTC");

        assertThat(byTask(team)).containsExactly(sooner, later, none);
        team.owner().post("/v2.0/tasks/" + soonTask + "/finish", Map.of());
        assertThat(byTask(team)).containsExactly(later, sooner, none);
        team.owner().post("/v2.0/tasks/" + soonTask + "/unfinish", Map.of());
        team.owner().put("/v2.0/tasks/" + soonTask, Map.of("endAt", "2031-04-01T09:00:00Z"));
        assertThat(byTask(team)).containsExactly(later, sooner, none);
    }

    private static List<Long> byTask(TestTeam team) {
        return team.owner().get("/v1.0/leads?sort=Task&desc=false&limit=10").json().path("leads").valueStream()
                .map(l -> l.path("leadId").asLong()).toList();
    }

    static long v2Task(ApiClient client, long leadId, String localDue, String zone) {
        ApiResponse created = client.post("/v2.0/tasks", Map.of("leadId", leadId, "type", "Call", "content", "Call " + localDue,
                "assignedRole", "Agent", "endAt", localDue, "timeZoneCode", zone));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("taskId").asLong();
    }

    static Map<String, Object> v1Task(long leadId, String content, long deadline) {
        return Map.of("leadId", leadId, "content", content, "deadline", deadline, "type", "Call", "assignedRole", "Agent");
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }

    static void assertRefused(ApiResponse response, String named) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).as(response.toString()).contains(named);
    }
}
