package io.leadline;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every time a client sends falls in 1900–2200 (UTC) or is refused with 400 naming the field; a time stored outside
 * it before the check existed (PostgreSQL's -infinity) never breaks a read (LL-26 item 2).
 */
abstract class TimeRangeTests extends ApiTestBase {

    private static final String FAR_PAST = "-999999999-01-01T00:00:00Z";
    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";

    @Autowired
    DataSource dataSource;

    private record Probe(String name, String method, String path, String body, String field) {}

    @Test
    void everyTimeOutsideTheRangeIs400NamingTheFieldWithNothingWritten() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        List<Probe> probes = new ArrayList<>();
        for (String millis : List.of("-9223372036854775808", "9223372036854775807", "-2208988800001", "7289654400000")) {
            probes.add(new Probe("v1 deadline " + millis, "POST", "/v1.0/tasks",
                    "{\"leadId\":" + lead + ",\"content\":\"Call\",\"type\":\"Call\",\"assignedRole\":\"Agent\",\"deadline\":" + millis + "}", "deadline"));
            probes.add(new Probe("activity created " + millis, "POST", "/v1.0/leads/" + lead + "/activity",
                    "{\"type\":\"Search\",\"text\":\"condos\",\"created\":" + millis + "}", "created"));
            probes.add(new Probe("communication occurredAt " + millis, "POST", "/leadline/v1/communications",
                    "{\"leadId\":" + lead + ",\"channel\":\"CALL\",\"occurredAt\":" + millis + "}", "occurredAt"));
            probes.add(new Probe("appointment endAtMs " + millis, "POST", "/v2.0/calendar",
                    "{\"type\":\"APPOINTMENT\",\"leadId\":" + lead + ",\"content\":\"Showing\",\"timeZoneCode\":\"UTC\","
                            + "\"startAt\":\"2030-01-02T10:00:00Z\",\"endAtMs\":" + millis + "}", "endAt"));
        }
        for (String time : List.of(FAR_PAST, FAR_FUTURE, "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z")) {
            String quoted = "\"" + time + "\"";
            probes.add(new Probe("v2 startAt " + time, "POST", "/v2.0/tasks", v2Task(lead, quoted, "\"2030-01-01T10:00:00Z\"", null), "startAt"));
            probes.add(new Probe("v2 endAt " + time, "POST", "/v2.0/tasks", v2Task(lead, null, quoted, null), "endAt"));
            probes.add(new Probe("v2 reminderTime " + time, "POST", "/v2.0/tasks",
                    v2Task(lead, null, "\"2030-01-01T10:00:00Z\"", quoted), "reminderTime"));
            probes.add(new Probe("communication occurredAt " + time, "POST", "/leadline/v1/communications",
                    "{\"leadId\":" + lead + ",\"channel\":\"CALL\",\"occurredAt\":" + quoted + "}", "occurredAt"));
            probes.add(new Probe("api key expiresAt " + time, "POST", "/leadline/v1/api-keys",
                    "{\"name\":\"far\",\"expiresAt\":" + quoted + "}", "expiresAt"));
        }
        for (String odd : List.of("9223372036854775808", "18446744073709551616", "[1]", "{\"at\":1}", "true", "1.5e300")) {
            probes.add(new Probe("communication endedAt " + odd, "POST", "/leadline/v1/communications",
                    "{\"leadId\":" + lead + ",\"channel\":\"CALL\",\"endedAt\":" + odd + "}", "endedAt"));
            probes.add(new Probe("communication occurredAt " + odd, "POST", "/leadline/v1/communications",
                    "{\"leadId\":" + lead + ",\"channel\":\"CALL\",\"occurredAt\":" + odd + "}", "occurredAt"));
        }
        probes.add(new Probe("meeting slots endTimeMs", "GET",
                "/v2.0/calendar/meetings/available?startTimeMs=1900000000000&endTimeMs=9223372036854775807&timeZoneCode=UTC", "", "endTime"));
        probes.add(new Probe("communication search", "GET",
                "/v2.0/communication/agent?startTime=-9223372036854775808&endTime=-9223372036854775000", "", "startTime"));
        probes.add(new Probe("system log window", "GET",
                "/v1.0/systemLogs?leadId=" + lead + "&startTime=9223372036854775000&endTime=9223372036854775807", "", "Time"));

        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            ApiResponse answer = team.owner().send(probe.method(), probe.path(), probe.body());
            if (answer.status() != 400 || !answer.message().contains(probe.field())) {
                failures.add(probe.name() + ": " + answer);
            }
        }
        assertThat(failures).isEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tasks WHERE team_id = ?", Long.class, team.teamId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM communications WHERE team_id = ?", Long.class, team.teamId())).isZero();
    }

    @Test
    void theEdgesOfTheRangeAreAccepted() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), aLead().build());
        ApiResponse earliest = team.owner().send("POST", "/v2.0/tasks",
                v2Task(lead, "\"1900-01-01T00:00:00Z\"", "\"2200-12-31T23:59:59Z\"", null));
        assertThat(earliest.status()).as(earliest.toString()).isEqualTo(200);
        ApiResponse logged = team.owner().send("POST", "/leadline/v1/communications",
                "{\"leadId\":" + lead + ",\"channel\":\"CALL\",\"occurredAt\":-2208988800000}");
        assertThat(logged.status()).as(logged.toString()).isIn(200, 201);
    }

    @Test
    void aTimeStoredOutsideTheRangeNeverBreaksAReadOrADelete() throws SQLException {
        TestTeam team = newTeam();
        ApiClient owner = team.owner();
        long lead = team.createLead(owner, aLead().build());
        ApiResponse created = owner.send("POST", "/v1.0/tasks",
                "{\"leadId\":" + lead + ",\"content\":\"Call\",\"type\":\"Call\",\"assignedRole\":\"Agent\",\"deadline\":1900000000000}");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        long task = created.json().path("taskId").asLong();
        String farPast = postgres() ? "'-infinity'" : "TIMESTAMP WITH TIME ZONE '-99999-01-01 00:00:00+00'";
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE tasks SET starts_at = " + farPast + ", due_at = " + farPast + " WHERE id = ?", task);
        jdbc.update("UPDATE leads SET next_task_at = " + farPast + " WHERE id = ?", lead);

        for (String read : List.of("/v1.0/leads?sort=Task&desc=false", "/v1.0/leads?sort=Task&desc=true",
                "/v1.0/tasks?leadId=" + lead, "/v2.0/tasks?leadId=" + lead, "/v2.0/tasks/my-tasks", "/v1.0/tasks/" + task,
                "/v2.0/tasks/" + task, "/v1.0/leads/" + lead)) {
            ApiResponse answer = owner.get(read);
            assertThat(answer.status()).as(read + " " + answer).isEqualTo(200);
        }
        ApiResponse deleted = owner.delete("/v1.0/tasks/" + task);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    }

    private static String v2Task(long lead, String startAt, String endAt, String reminderTime) {
        return "{\"leadId\":" + lead + ",\"content\":\"Call back\",\"type\":\"Call\",\"assignedRole\":\"Agent\""
                + (startAt == null ? "" : ",\"startAt\":" + startAt)
                + (endAt == null ? "" : ",\"endAt\":" + endAt)
                + (reminderTime == null ? "" : ",\"reminderType\":1,\"reminderTime\":" + reminderTime) + "}";
    }

    private boolean postgres() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }
}
