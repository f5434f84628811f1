package io.leadline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadline.audit.AccessAudit;
import io.leadline.database.StoredRows;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 31: a person erased leaves no trace in any read endpoint, the search, the exports or any table, while the
 * leads, their counts and non-personal facts stay.
 */
abstract class ErasureTests extends ApiTestBase {

    /** What would give the person away, lower case: names, address, email, phone digits, what they said. */
    private static final List<String> TRACES = List.of("quincella", "marbleworth", "wistful", "quincella.m@example.org",
            "0147788", "orchids");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoredRows storedRows;

    @Autowired
    AccessAudit audit;

    @Test
    void anErasedPersonLeavesNoTraceInAnyEndpointSearchExportOrTable() {
        TestTeam team = newTeam();
        team.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Hobby", "attributeType", "text"));
        ApiClient owner = team.owner().withHeader("Idempotency-Key", "form-77");
        long lead = team.createLead(owner, Map.of("firstName", "Quincella", "lastName", "Marbleworth",
                "emails", List.of("Quincella.M@example.org"), "phones", List.of("(555) 014-7788"),
                "streetAddress", "9 Wistful Lane", "city", "Springfield", "birthday", "Apr 1, 1980",
                "tags", List.of("buyer"), "property", Map.of("streetAddress", "11 Wistful Lane"),
                "customAttributeList", List.of(Map.of("attributeName", "Hobby", "value", "orchids"))));
        long trashed = team.createLead(team.owner(), Map.of("firstName", "Quincella", "emails",
                List.of("quincella.m@example.org")));
        assertThat(team.owner().delete("/v1.0/leads/" + trashed + "?reason=duplicate").status()).isEqualTo(200);
        long other = team.createLead(team.owner(), Map.of("firstName", "Dana", "lastName", "Quill",
                "emails", List.of("dana@example.org")));
        team.addOneRecordOfEachKind(lead, "5550147788");
        assertThat(team.owner().post("/v1.0/notes", Map.of("leadId", lead, "content", "Quincella grows orchids")).status())
                .isEqualTo(200);
        assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", lead, "subject", "For Quincella",
                "content", "Dear Ms Marbleworth")).status()).isEqualTo(200);
        assertThat(team.owner().post("/v1.0/leads/" + lead + "/transaction", Map.of("transactionName",
                "Marbleworth purchase")).status()).isEqualTo(200);
        assertThat(team.owner().get("/v1.0/leads?key=quincella").json().path("_metadata").path("total").asLong())
                .isEqualTo(1);
        Map<String, String> readBefore = everyRead(team, lead, trashed);
        assertThat(String.join("\n", readBefore.values()).toLowerCase(Locale.ROOT)).as("the reads show the person before")
                .contains("quincella", "marbleworth", "orchids");

        ApiResponse erased = team.owner().post("/leadline/v1/people/erase", Map.of("email", " QUINCELLA.M@example.org"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode erasure = erased.json();
        assertThat(erasure.path("leads")).extracting(JsonNode::asLong).containsExactly(lead, trashed);
        assertThat(erasure.path("namedBy").asString()).isEqualTo("email");
        assertThat(erasure.path("rowsErased").path("leads").asInt()).isEqualTo(2);
        assertThat(erasure.path("rowsErased").path("notes").asInt()).isEqualTo(2);
        assertThat(erasure.path("rowsErased").path("idempotency_keys").asInt()).isEqualTo(1);

        everyRead(team, lead, trashed).forEach(ErasureTests::assertNoTrace);
        assertThat(team.owner().get("/leadline/v1/people/export?phone=5550147788").json().path("leads")).isEmpty();
        assertThat(team.owner().get("/leadline/v1/people?email=quincella.m@example.org").json().path("leads")).isEmpty();
        assertThat(team.owner().get("/v1.0/leads?key=quincella").json().path("_metadata").path("total").asLong()).isZero();
        assertThat(team.owner().get("/v1.0/leads?key=5550147788").json().path("_metadata").path("total").asLong()).isZero();
        assertThat(team.owner().get("/v1.0/leads?key=quill").json().path("_metadata").path("total").asLong())
                .as("another person's lead is untouched").isEqualTo(1);
        assertThat(team.owner().get("/v1.0/leads/" + other).json().path("lead").path("emails").toString())
                .contains("dana@example.org");
        audit.write();
        assertNoTraceInAnyTable(team.teamId());
    }

    @Test
    void theLeadsTheirCountsAndTheirNonPersonalFactsStay() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), Map.of("firstName", "Quincella", "lastName", "Marbleworth",
                "emails", List.of("quincella.m@example.org"), "tags", List.of("buyer"), "stage", "Qualified"));
        team.addOneRecordOfEachKind(lead, "5550147788");
        assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", lead, "subject", "Hello",
                "content", "Still waiting")).status()).isEqualTo(200);
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM communications WHERE lead_id = :lead AND status = 'Sent'").param("lead", lead)
                .query(Long.class).single() == 1);
        // then as a message waits between attempts: queued, due later
        jdbc.sql("UPDATE communications SET status = 'Queued', next_attempt_at = :later WHERE lead_id = :lead AND channel = 'EMAIL'")
                .param("later", java.time.OffsetDateTime.now().plusHours(1)).param("lead", lead).update();
        TestTeam otherTeam = newTeam();
        long othersLead = otherTeam.createLead(otherTeam.owner(), Map.of("firstName", "Quincella",
                "emails", List.of("quincella.m@example.org")));
        long totalBefore = team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong();

        assertThat(team.owner().post("/leadline/v1/people/erase", Map.of("phone", "555 014 7788")).status())
                .as("no lead holds the phone: the call log's number is not the lead's").isEqualTo(200);
        assertThat(team.owner().post("/leadline/v1/people/erase", Map.of("email", "quincella.m@example.org")).status())
                .isEqualTo(200);

        JsonNode after = team.owner().get("/v1.0/leads/" + lead).json().path("lead");
        assertThat(after.path("firstName").asString()).isEqualTo("Erased");
        assertThat(after.path("lastName").isMissingNode() || after.path("lastName").isNull()
                || after.path("lastName").asString().isEmpty()).isTrue();
        assertThat(after.path("stage").asString()).isEqualTo("Qualified");
        assertThat(after.path("tags").toString()).contains("buyer");
        assertThat(team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isEqualTo(totalBefore);
        assertThat(team.owner().get("/v1.0/leads?stage=Qualified").json().path("_metadata").path("total").asLong())
                .isEqualTo(1);
        assertThat(team.owner().get("/v1.0/notes?leadId=" + lead).json().toString()).contains("\"noteId\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks WHERE lead_id = :lead").param("lead", lead).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status || ' ' || last_error FROM communications WHERE lead_id = :lead AND channel = 'EMAIL'"
                        + " AND next_attempt_at IS NULL").param("lead", lead).query(String.class).list())
                .as("the waiting email left the outbox unsent").containsExactly("Failed erased before it was sent");
        assertThat(otherTeam.owner().get("/v1.0/leads/" + othersLead).json().path("lead").path("firstName").asString())
                .as("another team's lead with the address is not this team's to erase").isEqualTo("Quincella");
    }

    @Test
    void onlyOwnersAndAdminsEraseAndEachErasureIsRecordedWithoutTheData() {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), Map.of("firstName", "Quincella",
                "emails", List.of("quincella.m@example.org")));
        assertThat(team.agent(null).client().post("/leadline/v1/people/erase", Map.of("email", "quincella.m@example.org"))
                .status()).isEqualTo(403);
        assertThat(team.agent(null).client().get("/leadline/v1/people/erasures").status()).isEqualTo(403);
        ApiResponse neither = team.owner().post("/leadline/v1/people/erase", Map.of());
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.message()).contains("email or phone is required");
        ApiResponse both = team.owner().post("/leadline/v1/people/erase", Map.of("email", "a@example.org", "phone", "5550001111"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.message()).contains("both given");
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("firstName").asString())
                .as("a refused erasure erases nothing").isEqualTo("Quincella");

        ApiResponse nobody = team.owner().post("/leadline/v1/people/erase", Map.of("email", "nobody@example.org"));
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.json().path("leads")).isEmpty();
        long erasureId = team.owner().post("/leadline/v1/people/erase", Map.of("email", "quincella.m@example.org"))
                .json().path("erasureId").asLong();

        JsonNode erasures = team.owner().get("/leadline/v1/people/erasures?limit=1").json();
        assertThat(erasures.path("erasures")).hasSize(1);
        JsonNode newest = erasures.path("erasures").get(0);
        assertThat(newest.path("erasureId").asLong()).isEqualTo(erasureId);
        assertThat(newest.path("leads")).extracting(JsonNode::asLong).containsExactly(lead);
        assertThat(newest.path("userId").asLong()).isEqualTo(team.ownerUserId());
        assertThat(newest.toString()).doesNotContain("quincella");
        assertThat(erasures.path("next").asLong()).isEqualTo(erasureId);
        assertThat(team.owner().get("/leadline/v1/people/erasures?before=" + erasureId).json().path("erasures")
                .get(0).path("leads")).isEmpty();
        assertThat(newTeam().owner().get("/leadline/v1/people/erasures").json().path("erasures"))
                .as("another team's erasures are not its").isEmpty();
    }

    /** Every read that shows a lead's data, as the owner sees it. */
    private static Map<String, String> everyRead(TestTeam team, long lead, long trashed) {
        List<String> paths = List.of("/v1.0/leads/" + lead, "/v1.0/leads?key=Quincella", "/v1.0/leads?key=marbleworth",
                "/v1.0/leads?limit=100", "/v1.0/leads?withTrash=true&limit=100",
                "/v1.0/leads/" + lead + "/activities", "/v2.0/leads/" + lead + "/activities",
                "/v1.0/notes?leadId=" + lead, "/v1.0/tasks?leadId=" + lead, "/v2.0/tasks?leadId=" + lead,
                "/v1.0/communication/call?leadId=" + lead, "/v1.0/communication/email?leadId=" + lead,
                "/v1.0/communication/text?leadId=" + lead, "/v1.0/calls?leadId=" + lead, "/v1.0/logType?leadId=" + lead + "&logType=logCall",
                "/v1.0/systemLogs?leadId=" + lead, "/v1.0/leads/" + lead + "/transactions",
                "/leadline/v1/leads/" + lead + "/routing-decisions", "/leadline/v1/leads/" + lead + "/duplicates",
                "/leadline/v1/leads/" + trashed + "/trash", "/leadline/v1/outbox/messages",
                "/leadline/v1/exports/leads", "/leadline/v1/exports/leads?format=jsonl&include=notes,tasks,transactions",
                "/leadline/v1/people/erasures",
                "/leadline/v1/audit?leadId=" + lead);
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            ApiResponse read = team.owner().get(path);
            assertThat(read.status()).as(path + " " + read).isEqualTo(200);
            bodies.put(path, read.raw());
        }
        return bodies;
    }

    private static void assertNoTrace(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String trace : TRACES) {
            assertThat(lower).as("'" + trace + "' left in " + where + ": " + text).doesNotContain(trace);
        }
    }

    /** Every row of every table that belongs to the team, or to one of its leads, or to no team at all. */
    private void assertNoTraceInAnyTable(long teamId) {
        List<Long> leads = jdbc.sql("SELECT id FROM leads WHERE team_id = :teamId").param("teamId", teamId)
                .query(Long.class).list();
        for (String table : tables()) {
            List<String> columns = columnsOf(table);
            List<Map<String, Object>> rows;
            if (columns.contains("team_id")) {
                rows = storedRows.of(table, "team_id", teamId);
            } else if (columns.contains("lead_id")) {
                rows = new ArrayList<>();
                for (long lead : leads) {
                    rows.addAll(storedRows.of(table, "lead_id", lead));
                }
            } else {
                rows = jdbc.sql("SELECT * FROM " + table).query().listOfRows();
            }
            for (Map<String, Object> row : rows) {
                assertNoTrace(table, row.toString());
            }
        }
    }

    private List<String> tables() {
        return jdbc.sql("""
                        SELECT LOWER(table_name) FROM information_schema.tables
                        WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')
                          AND LOWER(table_name) NOT LIKE 'flyway%'""")
                .query(String.class).list();
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("""
                        SELECT LOWER(column_name) FROM information_schema.columns
                        WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = :table""")
                .param("table", table).query(String.class).list();
    }
}
