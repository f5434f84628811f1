package io.leadline.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.startup.TransferCommand;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 30: exports as the caller sees the list, and an export imported into another team, on both databases. */
abstract class ExportTests extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COMPARED = List.of("firstName", "lastName", "emails", "phones", "stage", "source",
            "streetAddress", "city", "state", "zipCode", "birthday", "buyingTimeFrame", "preQual", "cannotText",
            "cannotEmail", "createTime", "customAttributes");

    @Test
    void theExportIsTheListTheCallerSeesWithItsFiltersAsCsvOrJsonLines() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz, Jr.", "assignedUserId", ann.userId(),
                "emails", List.of("carla@example.com", "cd@example.com"), "tags", List.of("buyer", "vip"), "stage", "Qualified"));
        team.createLead(team.owner(), Map.of("firstName", "Dana", "assignedUserId", ann.userId()));
        team.createLead(team.owner(), Map.of("firstName", "Eli", "assignedUserId", bo.userId()));

        String csv = ann.client().get("/leadline/v1/exports/leads").raw();
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("leadId,firstName,lastName,emails,phones,tags,");
        assertThat(csv).contains("Carla,\"Diaz, Jr.\",\"carla@example.com\ncd@example.com\"").contains("Dana")
                .contains(ann.email()).doesNotContain("Eli");
        assertThat(ann.client().get("/leadline/v1/exports/leads?stage=Qualified").raw()).contains("Carla").doesNotContain("Dana");

        String jsonl = team.owner().get("/leadline/v1/exports/leads?format=jsonl").raw();
        List<JsonNode> leads = jsonl.lines().map(JSON::readTree).toList();
        assertThat(leads).hasSize(3);
        assertThat(leads).extracting(lead -> lead.path("assignedUserEmail").asString())
                .containsExactlyInAnyOrder(ann.email(), ann.email(), bo.email());

        ApiResponse badFormat = team.owner().get("/leadline/v1/exports/leads?format=xlsx");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.message()).contains("format must be csv or jsonl");
        assertThat(team.owner().get("/leadline/v1/exports/leads?assignedUserId=Ann").status()).isEqualTo(400);
    }

    @Test
    void aTeamExportedAndImportedIntoAnEmptyTeamWithLeadlinesMappingComparesEqualFieldForField() {
        TestTeam from = newTeam();
        from.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Budget", "attributeType", "number"));
        from.createLead(from.owner(), Map.ofEntries(Map.entry("firstName", "Carla"), Map.entry("lastName", "Diaz"),
                Map.entry("emails", List.of("carla@example.com", "cd@example.com")), Map.entry("phones", List.of("5550001111")),
                Map.entry("tags", List.of("buyer", "a \"quoted\", tag")), Map.entry("stage", "Qualified"),
                Map.entry("source", "Zillow"), Map.entry("streetAddress", "1 Main St"), Map.entry("city", "Spring\nfield"),
                Map.entry("state", "IL"), Map.entry("zipCode", "62701"), Map.entry("birthday", "Jun 5, 2001"),
                Map.entry("buyingTimeFrame", "3-6"), Map.entry("preQual", "Yes"), Map.entry("cannotText", true),
                Map.entry("customAttributeList", List.of(Map.of("attributeName", "Budget", "value", "450000")))));
        from.createLead(from.owner(), Map.of("firstName", "Dana", "emails", List.of("dana@example.com")));
        from.createLead(from.owner(), Map.of("firstName", "Élodie", "lastName", "Ünal", "phones", List.of("+1 555 000 2222")));
        String csv = from.owner().get("/leadline/v1/exports/leads").raw();

        TestTeam to = newTeam();
        to.owner().post("/v1.0/teamFeatures/custom-field", Map.of("attributeName", "Budget", "attributeType", "number"));
        ApiResponse started = to.owner().postBytes("/leadline/v1/imports?mapping=leadline&duplicates=create",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode job = finished(to, started.json().path("importId").asLong());
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(3);

        Map<String, JsonNode> before = byName(from);
        Map<String, JsonNode> after = byName(to);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, lead) -> {
            for (String field : COMPARED) {
                assertThat(after.get(name).path(field)).as(name + "." + field).isEqualTo(lead.path(field));
            }
            assertThat(tags(after.get(name))).as(name + ".tags").isEqualTo(tags(lead));
        });
    }

    @Test
    void theCommandsImportWithAProgressLineAndASummaryAndExportToAFile(@TempDir Path scratch) throws Exception {
        TestTeam team = newTeam();
        String key = team.owner().post("/leadline/v1/api-keys", Map.of("userId", team.ownerUserId(), "name", "cli"))
                .json().path("key").asString();
        Path file = scratch.resolve("contacts.csv");
        Files.writeString(file, "First Name,Last Name,Email\nAnn,Lee,ann@example.com\n,Nobody,x@example.com\nBo,Chen,bo@example.com\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int imported = TransferCommand.run(new String[] {"import", file.toString(), "--mapping=hubspot",
                "--server=" + baseUrl(), "--key=" + key}, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(imported).as("a row failed").isEqualTo(1);
        assertThat(err.toString()).contains("[####################] 100%");
        assertThat(out.toString()).contains("completed: 3 rows read, 2 created, 0 updated, 0 skipped, 1 failed")
                .contains("line 3: firstName is required");

        Path exported = scratch.resolve("leads.csv");
        int code = TransferCommand.run(new String[] {"export", exported.toString(), "--format=csv", "--key=" + key,
                "--server=" + baseUrl()}, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(code).isZero();
        assertThat(Files.readAllLines(exported)).hasSize(3).anySatisfy(line -> assertThat(line).contains("Ann,Lee"));
        assertThat(TransferCommand.run(new String[] {"import", file.toString(), "--mapping=hubspot", "--server=" + baseUrl(),
                "--key=not-a-key"}, new PrintStream(out, true), new PrintStream(err, true))).isEqualTo(1);
        assertThat(err.toString()).contains("the server refused the import: 401");
    }

    /** The job once a node's runner (polling every second) has finished it. */
    private static JsonNode finished(TestTeam team, long importId) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonNode job = team.owner().get("/leadline/v1/imports/" + importId).json().path("import");
            if (!List.of("queued", "running").contains(job.path("state").asString()) || System.nanoTime() > deadline) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private static Map<String, JsonNode> byName(TestTeam team) {
        return team.owner().get("/leadline/v1/exports/leads?format=jsonl").raw().lines().map(JSON::readTree)
                .collect(java.util.stream.Collectors.toMap(lead -> lead.path("firstName").asString(), lead -> lead));
    }

    private static List<String> tags(JsonNode lead) {
        return lead.path("tags").valueStream().map(tag -> tag.path("tagName").asString()).sorted().toList();
    }
}
