package io.leadline.tasks;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Lofty's v2 calendar over the same store as tasks (LL issue 15). */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class CalendarApiTests extends ApiTestBase {

    static final String ZONE = "America/Los_Angeles";
    /** A Monday well ahead, so every entry lies in the future. */
    static final LocalDate MONDAY = LocalDate.now().plusYears(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Test
    void entriesAreCreatedWithCompositeIdsAndListedByRange() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("lastName", "Archer").build());
        ApiResponse task = team.owner().post("/v2.0/calendar", entry("task", leadId, "Call about the offer", at(1, "10:00"), at(1, "10:30"))
                .with("taskWay", "call").build());
        assertThat(task.status()).as(task.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("CreateCalendarResponseEnvelope", task.json())).isEmpty();
        String taskId = task.json().path("data").path("id").asString();
        assertThat(taskId).endsWith("-task");
        assertThat(task.json().path("data").path("type").asString()).isEqualTo("TASK");
        String showing = created(team.owner(), entry("Appointment", leadId, "Showing", at(2, "14:00"), at(2, "15:00"))
                .with("address", "1 Main St").build());
        assertThat(showing).endsWith("-appointment");
        String allDay = created(team.owner(), entry("APPOINTMENT", leadId, "Open house", at(3, "00:00"), at(4, "00:00")).build());

        ApiResponse week = team.owner().get("/v2.0/calendar?startTime=" + at(0, "00:00") + "&endTime=" + at(7, "00:00")
                + "&timeZoneCode=" + ZONE + "&desc=false");
        assertThat(week.status()).as(week.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("CalendarListResponseEnvelope", week.json())).isEmpty();
        JsonNode data = week.json().path("data");
        assertThat(data.path("total").asLong()).isEqualTo(3);
        List<JsonNode> items = data.path("items").valueStream().toList();
        assertThat(items.stream().map(i -> i.path("id").asString()).toList()).containsExactly(taskId, showing, allDay);
        JsonNode first = items.getFirst();
        assertThat(first.path("type").asString()).isEqualTo("TASK");
        assertThat(first.path("sourceType").asInt()).isEqualTo(1);
        assertThat(first.path("title").asString()).isEqualTo("Call - Bob Archer");
        assertThat(first.path("startAt").asString()).isEqualTo(at(1, "10:00"));
        assertThat(first.path("startAtMs").asLong()).isEqualTo(OffsetDateTime.parse(at(1, "10:00")).toInstant().toEpochMilli());
        assertThat(first.path("timeZoneCode").asString()).isEqualTo(ZONE);
        long appointmentId = Long.parseLong(allDay.substring(0, allDay.indexOf('-')));
        assertThat(team.owner().get("/v2.0/tasks/" + appointmentId).json().path("task").path("allDay").asBoolean()).isTrue();
        assertThat(team.owner().get("/v2.0/tasks/" + showing.substring(0, showing.indexOf('-'))).json().path("task")
                .path("allDay").asBoolean()).isFalse();

        assertThat(ids(team.owner(), "sourceType=2&desc=false")).containsExactly(showing, allDay);
        assertThat(ids(team.owner(), "pageSize=1&page=1&desc=false")).containsExactly(showing);
        assertThat(ids(team.owner(), "desc=true")).containsExactly(allDay, showing, taskId);
        assertThat(ids(team.owner(), "leadId=" + leadId + "&sort=endTime")).containsExactly(allDay, showing, taskId);

        assertThat(LoftySchema.problems("CalendarMessageResponseEnvelope",
                team.owner().post("/v2.0/calendar/" + taskId + "/finish", Map.of()).json())).isEmpty();
        assertThat(ids(team.owner(), "desc=false")).containsExactly(showing, allDay);
        assertThat(ids(team.owner(), "desc=false&includeFinished=true")).containsExactly(taskId, showing, allDay);
        team.owner().post("/v2.0/calendar/" + taskId + "/unfinish", Map.of());
        assertThat(team.owner().delete("/v2.0/calendar/" + showing).json().path("message").asString()).isEqualTo("success");
        assertThat(ids(team.owner(), "desc=false")).containsExactly(taskId, allDay);
    }

    @Test
    void entriesAreChangedAndMovedToAnotherLead() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long otherLead = team.createLead(team.owner(), aLead().build());
        String id = created(team.owner(), entry("APPOINTMENT", leadId, "Showing", at(2, "14:00"), at(2, "15:00")).build());
        ApiResponse changed = team.owner().put("/v2.0/calendar/" + id, Map.of("content", "Second showing", "startAt", at(3, "09:00"),
                "endAt", at(3, "10:00"), "leadId", otherLead, "reminderType", "1", "reminderTime", at(3, "08:30")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        long numeric = Long.parseLong(id.substring(0, id.indexOf('-')));
        JsonNode moved = team.owner().get("/v2.0/tasks/" + numeric).json().path("task");
        assertThat(moved.path("leadId").asLong()).isEqualTo(otherLead);
        assertThat(moved.path("content").asString()).isEqualTo("Second showing");
        assertThat(moved.path("startAt").asString()).isEqualTo(at(3, "09:00"));
        assertThat(moved.path("reminderType").asInt()).isEqualTo(1);
        assertThat(team.owner().get("/leadline/v1/tasks/" + numeric).json().path("reminderTime").asString()).isEqualTo(at(3, "08:30"));
        assertThat(team.owner().get("/v2.0/tasks?leadId=" + leadId).json().path("tasks")).isEmpty();
        assertThat(team.owner().get("/v2.0/tasks?leadId=" + otherLead).json().path("tasks")).hasSize(1);
    }

    @Test
    void badCalendarInputIsRefused() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        ApiClient owner = team.owner();
        String past = OffsetDateTime.now().minusHours(1).withNano(0).toString();
        assertRefused(owner.post("/v2.0/calendar", entry("APPOINTMENT", leadId, "x", past, at(1, "10:00")).build()), "startAt");
        assertRefused(owner.post("/v2.0/calendar", entry("TASK", leadId, "x", at(1, "10:00"), at(1, "11:00")).build()), "taskWay");
        assertRefused(owner.post("/v2.0/calendar", entry("MEETING", leadId, "x", at(1, "10:00"), at(1, "11:00")).build()), "type");
        assertRefused(owner.post("/v2.0/calendar", entry("APPOINTMENT", leadId, "x", at(1, "10:00"), at(1, "09:00")).build()), "endAt");
        assertRefused(owner.post("/v2.0/calendar", entry("APPOINTMENT", leadId, "x", at(1, "10:00"), at(1, "11:00"))
                .without("timeZoneCode").build()), "timeZoneCode");
        assertRefused(owner.post("/v2.0/calendar", entry("APPOINTMENT", leadId, "x", at(1, "10:00"), at(1, "11:00"))
                .without("startAt").build()), "startAt");
        String id = created(owner, entry("APPOINTMENT", leadId, "Showing", at(2, "14:00"), at(2, "15:00")).build());
        long numeric = Long.parseLong(id.substring(0, id.indexOf('-')));
        assertRefused(owner.put("/v2.0/calendar/" + id, Map.of("startAt", past)), "startAt");
        assertRefused(owner.put("/v2.0/calendar/" + id, Map.of("reminderType", "soon")), "reminderType");
        for (String bad : List.of("abc", numeric + "", numeric + "-task", "-appointment", "4503599627370001-appointment")) {
            ApiResponse response = owner.post("/v2.0/calendar/" + bad + "/finish", Map.of());
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.code()).as(bad).isEqualTo(20012);
        }
        assertRefused(owner.get("/v2.0/calendar?timeZoneCode=UTC"), "startTime");
        assertRefused(owner.get("/v2.0/calendar?startTime=yesterday"), "startTime");
        assertRefused(owner.get("/v2.0/calendar?startTimeMs=0&pageSize=501"), "pageSize");
        assertRefused(owner.get("/v2.0/calendar?startTimeMs=0&sort=color"), "sort");
        assertRefused(owner.get("/v2.0/calendar?startTimeMs=0&includeFinished=maybe"), "includeFinished");
        assertRefused(owner.get("/v2.0/calendar?startTimeMs=0&sourceType=7"), "sourceType");
        assertThat(owner.get("/v2.0/calendar?startTimeMs=0").json().path("data").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void freeMeetingSlotsSkipNightsWeekendsAndAppointments() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        created(team.owner(), entry("APPOINTMENT", leadId, "Showing", at(0, "10:00"), at(0, "11:30")).build());
        ApiResponse slots = team.owner().get("/v2.0/calendar/meetings/available?startTime=" + at(0, "08:00")
                + "&endTime=" + at(0, "13:00") + "&timeZoneCode=" + ZONE);
        assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("AvailableMeetingsResponseEnvelope", slots.json())).isEmpty();
        assertThat(slots.json().path("data").path("slots").valueStream().map(s -> s.path("startTime").asString()).toList())
                .containsExactly(at(0, "09:00"), at(0, "12:00"));
        assertThat(slots.json().path("data").path("total").asInt()).isEqualTo(2);

        ApiResponse weekend = team.owner().get("/v2.0/calendar/meetings/available?startTime=" + at(5, "00:00")
                + "&endTime=" + at(7, "00:00") + "&timeZoneCode=" + ZONE);
        assertThat(weekend.json().path("data").path("total").asInt()).isZero();
        ApiResponse week = team.owner().get("/v2.0/calendar/meetings/available?startTime=" + at(0, "00:00")
                + "&endTime=" + at(7, "00:00") + "&timeZoneCode=" + ZONE + "&limit=3");
        assertThat(week.json().path("data").path("total").asInt()).isEqualTo(5 * 9 - 2);
        assertThat(week.json().path("data").path("slots")).hasSize(3);

        assertRefused(team.owner().get("/v2.0/calendar/meetings/available?startTime=" + at(1, "00:00") + "&endTime=" + at(0, "00:00")),
                "endTime");
        assertRefused(team.owner().get("/v2.0/calendar/meetings/available?startTimeMs=1000&endTimeMs=2000"), "startTime");
        assertRefused(team.owner().get("/v2.0/calendar/meetings/available?startTime=" + at(0, "00:00")
                + "&endTime=" + at(100, "00:00")), "90 days");
        assertThat(team.owner().get("/v2.0/calendar/meetings/available?startTime=" + at(0, "00:00") + "&endTime=" + at(1, "00:00")
                + "&limit=0").code()).isEqualTo(20042);
    }

    /** The Monday {@code days} ahead at a local time in Los Angeles, with its offset. */
    static String at(int days, String time) {
        return MONDAY.plusDays(days).atTime(java.time.LocalTime.parse(time)).atZone(ZoneId.of(ZONE)).toOffsetDateTime().toString()
                .replaceFirst("T(\\d\\d:\\d\\d)([-+Z])", "T$1:00$2");
    }

    static Body entry(String type, long leadId, String content, String start, String end) {
        return new Body().with("type", type).with("leadId", leadId).with("content", content).with("startAt", start)
                .with("endAt", end).with("timeZoneCode", ZONE);
    }

    /** A request body built field by field. */
    static final class Body {
        private final Map<String, Object> fields = new java.util.LinkedHashMap<>();

        Body with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        Body without(String field) {
            fields.remove(field);
            return this;
        }

        Map<String, Object> build() {
            return new java.util.LinkedHashMap<>(fields);
        }
    }

    static String created(ApiClient client, Map<String, Object> body) {
        ApiResponse created = client.post("/v2.0/calendar", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().path("data").path("id").asString();
    }

    private List<String> ids(ApiClient client, String query) {
        ApiResponse response = client.get("/v2.0/calendar?startTime=" + at(0, "00:00") + "&endTime=" + at(7, "00:00")
                + "&timeZoneCode=" + ZONE + "&" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("data").path("items").valueStream().map(i -> i.path("id").asString()).toList();
    }

    static void assertRefused(ApiResponse response, String named) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).as(response.toString()).contains(named);
    }
}
