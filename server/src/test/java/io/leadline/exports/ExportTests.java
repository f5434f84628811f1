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
    void anExportIncludesNotesTasksCommunicationsAndTransactionsNestedOrAsFilesOfAZip() throws Exception {
        TestTeam team = newTeam();
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "phones", List.of("5550001111")));
        team.createLead(team.owner(), Map.of("firstName", "Dana"));
        team.addOneRecordOfEachKind(lead, "5550001111");

        Map<String, JsonNode> leads = team.owner().get("/leadline/v1/exports/leads?format=jsonl&include=notes,tasks,"
                + "communications,transactions").raw().lines().map(JSON::readTree)
                .collect(java.util.stream.Collectors.toMap(found -> found.path("firstName").asString(), found -> found));
        JsonNode carla = leads.get("Carla");
        assertThat(carla.path("notes").get(0).path("content").asString()).isEqualTo("Wants a garden, \"big\" one");
        assertThat(carla.path("tasks").get(0).path("content").asString()).isEqualTo("Call back");
        assertThat(carla.path("communications").get(0).path("channel").asString()).isEqualTo("call");
        assertThat(carla.path("transactions").get(0).path("transactionName").asString()).isEqualTo("12 Oak St");
        assertThat(leads.get("Dana").path("notes")).isEmpty();

        java.net.http.HttpResponse<byte[]> zip = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/leadline/v1/exports/leads?include=notes,tasks"))
                        .header("Authorization", team.owner().authorizationHeader()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> files = new java.util.LinkedHashMap<>();
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            java.util.zip.ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.keySet()).containsExactly("leads.csv", "notes.csv", "tasks.csv");
        assertThat(files.get("leads.csv")).contains("Carla").contains("Dana");
        assertThat(files.get("notes.csv")).startsWith("leadId,").contains(lead + ",")
                .contains("\"Wants a garden, \"\"big\"\" one\"");
        assertThat(files.get("tasks.csv")).contains("Call back");

        ApiResponse unknown = team.owner().get("/leadline/v1/exports/leads?include=notes,photos");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("include names what an export cannot include: 'photos'")
                .contains("communications, notes, tasks, transactions");
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
