package io.leadline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import io.leadline.testing.WebhookReceiver;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 30: import jobs through the API, on both databases. The runner is driven by the test (its poll is an hour), so
 * each job runs exactly when the test says.
 */
@TestPropertySource(properties = {"leadline.imports.poll-interval=PT1H", "leadline.webhooks.allow-insecure-targets=true"})
abstract class ImportTests extends ApiTestBase {

    private static final String HUBSPOT_HEADER = "First Name,Last Name,Email,Phone Number,Lifecycle Stage,Contact owner,"
            + "Create Date,City\r\n";

    @Autowired
    ImportRunner runner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.leadline.web.RequestsInProgress requests;

    @Test
    void aHubspotExportIsImportedWithItsQuotesLineBreaksOwnersAndDatesAndItsBadRowsReported() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("\uFEFF" + HUBSPOT_HEADER
                + "\"Carla, Jr.\",Diaz,carla@example.com,555-000-1111,Sales Qualified Lead," + ann.email()
                + ",2024-03-01 09:30,\"Spring\nfield\"\r\n"
                + ",Nobody,nobody@example.com,,lead,,,\r\n"
                + "Bad,").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        file.writeBytes(",bad@example.com,,,,,\r\nDana,Ek,dana@example.com,,opportunity,,3/2/2024,Austin\r\n".getBytes(StandardCharsets.UTF_8));

        long id = start(team, "format=csv&mapping=hubspot", file.toByteArray());
        JsonNode job = run(team, id);
        assertThat(job.path("state").asString()).isEqualTo("completed");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(4);
        assertThat(job.path("created").asLong()).isEqualTo(2);
        assertThat(job.path("failed").asLong()).isEqualTo(2);
        assertThat(job.path("mapping").asString()).isEqualTo("hubspot");
        JsonNode errors = team.owner().get("/leadline/v1/imports/" + id + "/errors").json().path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("line").asLong()).isEqualTo(4);
        assertThat(errors.get(0).path("message").asString()).isEqualTo("firstName is required");
        assertThat(errors.get(1).path("line").asLong()).isEqualTo(5);
        assertThat(errors.get(1).path("message").asString()).contains("not valid UTF-8");

        JsonNode carla = onlyLead(team, "carla@example.com");
        assertThat(carla.path("firstName").asString()).isEqualTo("Carla, Jr.");
        assertThat(carla.path("city").asString()).isEqualTo("Spring\nfield");
        assertThat(carla.path("stage").asString()).isEqualTo("Qualified");
        assertThat(carla.path("assignedUserId").asLong()).isEqualTo(ann.userId());
        assertThat(carla.path("createTime").asString()).startsWith("2024-03-01");
        assertThat(onlyLead(team, "dana@example.com").path("stage").asString()).isEqualTo("Under Contract");
        assertThat(team.owner().get("/v1.0/systemLogs?leadId=" + carla.path("leadId").asLong()).json().toString())
                .contains("import job " + id);
    }

    @Test
    void aBatchWrittenTogetherKeepsTabsBackslashesLineBreaksAndQuotesAsTheyWere() {
        TestTeam team = newTeam();
        String city = "Back\\slash\tTab\r\nNext \\N line \u00e9";
        long id = start(team, "format=csv&mapping=hubspot", (HUBSPOT_HEADER
                + "\"Ann \"\"The\"\" Tab\tbed\",Lee,ann.tab@example.com,,,,2024-03-01 09:30,\"" + city + "\"\r\n"
                + "Bo,Ek,bo@example.com,,,,,\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode job = run(team, id);
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(2);

        JsonNode ann = onlyLead(team, "ann.tab@example.com");
        assertThat(ann.path("firstName").asString()).isEqualTo("Ann \"The\" Tab\tbed");
        assertThat(ann.path("city").asString()).isEqualTo(city);
        assertThat(ann.path("createTime").asString()).startsWith("2024-03-01");
        assertThat(onlyLead(team, "bo@example.com").path("lastName").asString()).isEqualTo("Ek");
    }

    @Test
    void anImportGivesWayAtEachRowWhileTheNodeAnswersARequest() throws Exception {
        TestTeam team = newTeam();
        StringBuilder file = new StringBuilder(HUBSPOT_HEADER);
        for (int i = 1; i <= 5; i++) {
            file.append("Row,").append(i).append(",row").append(i).append("@giving.example,,,,,\r\n");
        }
        long id = start(team, "format=csv&mapping=hubspot", file.toString().getBytes(StandardCharsets.UTF_8));

        OpenRequest request = OpenRequest.open(requests, "GET", "/v1.0/leads");
        long started = System.nanoTime();
        JsonNode job;
        try {
            job = run(team, id);
        } finally {
            request.finish();
        }
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(5);
        assertThat(took).as("each of the five rows waited for the request, up to the longest wait")
                .isGreaterThanOrEqualTo(RequestsFirst.LONGEST_WAIT.multipliedBy(5));
    }

    @Test
    void batchesWrittenBehindOneAnotherMatchRowsAcrossBatchesAndAreWrittenAgainFromARefusedRowOn() {
        TestTeam team = newTeam();
        StringBuilder file = new StringBuilder(HUBSPOT_HEADER);
        int rows = ImportRunner.BATCH * 4 + 300;
        int refused = ImportRunner.BATCH * 3 + 100;
        for (int i = 0; i < rows; i++) {
            boolean repeatsAcrossABatchsStart = (i >= ImportRunner.BATCH && i < ImportRunner.BATCH + 10)
                    || (i >= ImportRunner.BATCH * 2 && i < ImportRunner.BATCH * 2 + 5);
            int person = repeatsAcrossABatchsStart ? i - 10 : i;
            String firstName = i == refused ? "" : "P" + person;
            file.append(firstName).append(",Row").append(i).append(",person").append(person).append("@example.com,,,,,\r\n");
        }
        long id = start(team, "format=csv&mapping=hubspot&duplicates=skip", file.toString().getBytes(StandardCharsets.UTF_8));

        JsonNode job = run(team, id);
        assertThat(job.path("state").asString()).isEqualTo("completed");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(rows);
        assertThat(job.path("failed").asLong()).isEqualTo(1);
        assertThat(job.path("skipped").asLong()).isEqualTo(15);
        assertThat(job.path("created").asLong()).isEqualTo(rows - 16);
        JsonNode errors = team.owner().get("/leadline/v1/imports/" + id + "/errors").json().path("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("line").asLong()).isEqualTo(refused + 2);
        assertThat(team.owner().get("/v1.0/leads?limit=1").json().path("_metadata").path("total").asLong()).isEqualTo(rows - 16);
        for (int person : new int[] {ImportRunner.BATCH - 10, ImportRunner.BATCH - 1, ImportRunner.BATCH * 2 - 6}) {
            assertThat(onlyLead(team, "person" + person + "@example.com").path("lastName").asString())
                    .as("the file's first row with the email is the lead").isEqualTo("Row" + person);
        }
    }

    @Test
    void duplicatesOfExistingLeadsAndOfEarlierRowsAreSkippedUpdatedOrCreatedAsTheJobSays() {
        String file = "firstName,emails,tags\nAnn,ann@example.com,vip\nBo,bo@example.com,new\nBobby,BO@example.com,late\n";
        for (String policy : List.of("skip", "update", "create")) {
            TestTeam team = newTeam();
            team.createLead(team.owner(), Map.of("firstName", "Ann", "emails", List.of("ann@example.com"), "tags", List.of("old")));
            JsonNode job = run(team, start(team, "mapping=leadline&duplicates=" + policy, file.getBytes(StandardCharsets.UTF_8)));
            long leads = team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong();
            switch (policy) {
                case "skip" -> {
                    assertThat(List.of(job.path("created").asLong(), job.path("updated").asLong(), job.path("skipped").asLong()))
                            .containsExactly(1L, 0L, 2L);
                    assertThat(leads).isEqualTo(2);
                }
                case "update" -> {
                    assertThat(List.of(job.path("created").asLong(), job.path("updated").asLong(), job.path("skipped").asLong()))
                            .containsExactly(1L, 2L, 0L);
                    assertThat(leads).isEqualTo(2);
                    JsonNode ann = onlyLead(team, "ann@example.com");
                    assertThat(ann.path("tags").valueStream().map(tag -> tag.path("tagName").asString()))
                            .containsExactlyInAnyOrder("old", "vip");
                    assertThat(onlyLead(team, "bo@example.com").path("firstName").asString()).isEqualTo("Bobby");
                }
                default -> {
                    assertThat(job.path("created").asLong()).isEqualTo(3);
                    assertThat(leads).isEqualTo(4);
                }
            }
        }
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndWritesNothing() {
        TestTeam team = newTeam();
        team.createLead(team.owner(), Map.of("firstName", "Ann", "emails", List.of("ann@example.com")));
        String file = "firstName,emails,stage\nAnn,ann@example.com,Fresh\nBo,bo@example.com,Fresh\nBobby,bo@example.com,\n,x@example.com,\n";
        JsonNode job = run(team, start(team, "mapping=leadline&dryRun=true", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(job.path("dryRun").asBoolean()).isTrue();
        assertThat(List.of(job.path("created").asLong(), job.path("skipped").asLong(), job.path("failed").asLong()))
                .containsExactly(1L, 2L, 1L);
        assertThat(team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isEqualTo(1);
        assertThat(team.owner().get("/v1.0/teamFeatures/lead-pipelines").raw()).as("no stage stays").doesNotContain("Fresh");
    }

    @Test
    void jsonLinesAreCreatePayloadsAndALineThatIsNotJsonIsThatLinesError() {
        TestTeam team = newTeam();
        String file = "{\"firstName\":\"Ann\",\"emails\":[\"ann@example.com\"],\"tags\":[\"buyer\"],\"createdAt\":\"2023-05-06T07:08:09Z\"}\n"
                + "{not json\n\n{\"firstName\":\"Bo\",\"stage\":\"No Such Stage\"}\n";
        JsonNode job = run(team, start(team, "format=jsonl", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(job.path("created").asLong(), job.path("failed").asLong())).containsExactly(1L, 2L);
        JsonNode errors = team.owner().get("/leadline/v1/imports/" + job.path("importId").asLong() + "/errors").json().path("errors");
        assertThat(errors.get(0).path("line").asLong()).isEqualTo(2);
        assertThat(errors.get(0).path("message").asString()).startsWith("row is not JSON");
        assertThat(errors.get(1).path("line").asLong()).isEqualTo(4);
        assertThat(errors.get(1).path("message").asString()).contains("No Such Stage");
        assertThat(onlyLead(team, "ann@example.com").path("createTime").asString()).startsWith("2023-05-06");
    }

    @Test
    void mappingsAreCheckedAndOnlyOwnersAndAdminsImport() {
        TestTeam team = newTeam();
        byte[] file = "Name,Email\nAnn,ann@example.com\n".getBytes(StandardCharsets.UTF_8);
        assertThat(team.owner().postBytes("/leadline/v1/imports?mapping=nope", file, "text/csv").message())
                .contains("names no mapping: 'nope'");
        assertThat(team.owner().postBytes("/leadline/v1/imports?mapping=hubspot", file, "text/csv").message())
                .contains("has no column the mapping 'hubspot' maps to firstName");
        assertThat(team.owner().postBytes("/leadline/v1/imports?format=xml&mapping=hubspot", file, "text/csv").message())
                .contains("format must be csv or jsonl");
        assertThat(team.owner().get("/leadline/v1/imports").json().path("imports")).isEmpty();

        ApiResponse badField = team.owner().put("/leadline/v1/imports/mappings/ours", Map.of("name", "ours",
                "columns", Map.of("Name", "firstName", "Email", "email")));
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.message()).contains("mapping.columns.Email names no lead field: 'email'");
        assertThat(team.owner().put("/leadline/v1/imports/mappings/ours", Map.of("name", "ours",
                "columns", Map.of("Name", "firstName", "Email", "emails"))).status()).isEqualTo(200);
        long ours = start(team, "mapping=ours", file);
        assertThat(run(team, ours).path("created").asLong()).isEqualTo(1);

        TestMember agent = team.agent(null);
        assertThat(agent.client().postBytes("/leadline/v1/imports?mapping=ours", file, "text/csv").status()).isEqualTo(403);
        assertThat(agent.client().get("/leadline/v1/imports/" + ours).status()).isEqualTo(403);
        assertThat(newTeam().owner().get("/leadline/v1/imports/" + ours).status()).isEqualTo(404);
    }

    @Test
    void aJobWhoseNodeDiedMidwayIsResumedFromItsCheckpointAndCreatesNoLeadTwice() {
        TestTeam team = newTeam();
        StringBuilder file = new StringBuilder("firstName,emails\n");
        int rows = 2 * ImportRunner.BATCH + 50;
        for (int i = 1; i <= rows; i++) {
            file.append("Lead").append(i).append(",lead").append(i).append("@example.com\n");
        }
        long id = start(team, "mapping=leadline", file.toString().getBytes(StandardCharsets.UTF_8));
        ImportJob claimed = runner.claim().orElseThrow();
        runner.run(claimed, 1);
        JsonNode midway = team.owner().get("/leadline/v1/imports/" + id).json().path("import");
        assertThat(midway.path("state").asString()).isEqualTo("running");
        assertThat(midway.path("rowsRead").asLong()).isEqualTo(ImportRunner.BATCH);
        assertThat(midway.path("estimatedFinish").isString()).isTrue();

        jdbc.sql("UPDATE import_jobs SET lease_until = :past WHERE id = :id")
                .param("past", java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z")).param("id", id).update();
        JsonNode job = run(team, id);
        assertThat(job.path("state").asString()).isEqualTo("completed");
        assertThat(job.path("created").asLong()).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single()).isEqualTo(rows);
        assertThat(team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isEqualTo(rows);
    }

    @Test
    void aNodeThatLostItsJobCommitsNoneOfItsBatchesInFlight() {
        TestTeam team = newTeam();
        StringBuilder file = new StringBuilder("firstName,emails\n");
        int rows = 3 * ImportRunner.BATCH;
        for (int i = 1; i <= rows; i++) {
            file.append("Lead").append(i).append(",lead").append(i).append("@example.com\n");
        }
        long id = start(team, "mapping=leadline", file.toString().getBytes(StandardCharsets.UTF_8));
        ImportJob claimed = runner.claim().orElseThrow();
        runner.run(claimed, 1);
        jdbc.sql("UPDATE import_jobs SET lease_owner = 'another node' WHERE id = :id").param("id", id).update();

        runner.run(claimed, 3);

        JsonNode job = team.owner().get("/leadline/v1/imports/" + id).json().path("import");
        assertThat(job.path("rowsRead").asLong()).isEqualTo(ImportRunner.BATCH);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leads WHERE team_id = :teamId").param("teamId", team.teamId())
                .query(Long.class).single()).as("none of the later batches committed").isEqualTo(ImportRunner.BATCH);
    }

    @Test
    void aMultipartUploadImportsItsFilePartAndOneWithoutAFileIsRefused() {
        TestTeam team = newTeam();
        String type = "multipart/form-data; boundary=b0undary";
        String body = "--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot the file\r\n"
                + "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "firstName,emails\r\nAnn,ann@example.com\r\nBo,bo@example.com\r\n--b0undary--\r\n";
        ApiResponse started = team.owner().postBytes("/leadline/v1/imports?mapping=leadline", body.getBytes(StandardCharsets.UTF_8), type);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(run(team, started.json().path("importId").asLong()).path("created").asLong()).isEqualTo(2);

        String noFile = "--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--b0undary--\r\n";
        ApiResponse refused = team.owner().postBytes("/leadline/v1/imports?mapping=leadline", noFile.getBytes(StandardCharsets.UTF_8), type);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("has no file part");
        assertThat(team.owner().get("/leadline/v1/imports").json().path("imports")).as("nothing half written").hasSize(1);
    }

    @Test
    void aCancelledJobWritesNothingMoreAndAFinishedOneCannotBeCancelled() {
        TestTeam team = newTeam();
        byte[] file = "firstName\nAnn\nBo\n".getBytes(StandardCharsets.UTF_8);
        long waiting = start(team, "mapping=leadline", file);
        ApiResponse cancelled = team.owner().post("/leadline/v1/imports/" + waiting + "/cancel", Map.of());
        assertThat(cancelled.json().path("import").path("state").asString()).isEqualTo("cancelled");
        runner.runWaiting();
        assertThat(team.owner().get("/v1.0/leads").json().path("_metadata").path("total").asLong()).isZero();

        long done = start(team, "mapping=leadline", file);
        run(team, done);
        ApiResponse late = team.owner().post("/leadline/v1/imports/" + done + "/cancel", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.message()).contains("has already completed");
        assertThat(team.owner().get("/leadline/v1/imports").json().path("imports")).hasSize(2);
    }

    @Test
    void aQuietImportSendsNoWebhookForItsLeadsOrTheirNotesOrTransactionsAndALoudOneDoes() {
        TestTeam team = newTeam();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            for (int list : List.of(2, 5, 9)) {
                assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", list, "callbackUrl", receiver.url("/hook")))
                        .status()).isEqualTo(200);
            }
            byte[] quiet = "{\"firstName\":\"Quiet\",\"emails\":[\"quiet@example.com\"],\"content\":\"a first note\"}\n"
                    .getBytes(StandardCharsets.UTF_8);
            run(team, start(team, "format=jsonl", quiet));
            byte[] quietUpdate = ("{\"firstName\":\"Quiet\",\"emails\":[\"quiet@example.com\"],"
                    + "\"leadTransaction\":{\"transactionName\":\"12 Oak St\"}}\n").getBytes(StandardCharsets.UTF_8);
            assertThat(run(team, start(team, "format=jsonl&duplicates=update", quietUpdate)).path("updated").asLong()).isEqualTo(1);
            byte[] loud = "{\"firstName\":\"Loud\",\"content\":\"a first note\"}\n".getBytes(StandardCharsets.UTF_8);
            run(team, start(team, "format=jsonl&webhooks=true", loud));
            long quietLead = onlyLeadNamed(team, "Quiet");
            long loudLead = onlyLeadNamed(team, "Loud");
            List<WebhookReceiver.Received> received = receiver.await(all -> all.stream()
                    .filter(one -> one.body().contains(Long.toString(loudLead))).count() >= 2, java.time.Duration.ofSeconds(20));
            assertThat(received).as("the loud lead and its note").filteredOn(one -> one.body().contains(Long.toString(loudLead)))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(team.owner().get("/v1.0/leads/" + quietLead + "/transactions").json().toString())
                    .as("the quiet update wrote its transaction").contains("12 Oak St");
            assertThat(received).as("nothing of the quiet lead, its note or its transaction")
                    .noneMatch(one -> one.body().contains(Long.toString(quietLead)));
        }
    }

    @Test
    void aJobAskingForASummaryAnnouncesItsEndOnceOnLeadlinesListAndNoneOfItsLeads() {
        TestTeam team = newTeam();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiResponse lofty = team.owner().post("/v1.0/webhook", Map.of("listId", 101, "callbackUrl", receiver.url("/hook")));
            assertThat(lofty.status()).as("Lofty's subscribe keeps Lofty's lists").isEqualTo(400);
            assertThat(lofty.message()).contains("WEBHOOK_TYPE_ERROR");
            assertThat(team.agent(null).client().post("/leadline/v1/webhooks", Map.of("listId", 101, "callbackUrl",
                    receiver.url("/hook"))).status()).isEqualTo(403);
            assertThat(team.owner().post("/leadline/v1/webhooks", Map.of("listId", 2, "callbackUrl", receiver.url("/hook")))
                    .message()).contains("101");
            ApiResponse subscribed = team.owner().post("/leadline/v1/webhooks", Map.of("listId", 101, "callbackUrl",
                    receiver.url("/imports")));
            assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
            assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/leads")))
                    .status()).isEqualTo(200);
            assertThat(team.owner().get("/v1.0/webhooks").json()).as("Lofty's list shows Lofty's lists").hasSize(1);
            assertThat(team.owner().get("/leadline/v1/webhooks").json()).hasSize(2);
            ApiResponse badChoice = team.owner().postBytes("/leadline/v1/imports?format=jsonl&webhooks=loud",
                    "{}\n".getBytes(StandardCharsets.UTF_8), "text/csv");
            assertThat(badChoice.status()).isEqualTo(400);
            assertThat(badChoice.message()).contains("webhooks").contains("summary");

            byte[] rows = ("{\"firstName\":\"Sum\"}\n{\"firstName\":\"Mary\"}\n{\"lastName\":\"no first name\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            long importId = start(team, "format=jsonl&webhooks=summary", rows);
            JsonNode job = run(team, importId);
            assertThat(job.path("webhookSummary").asBoolean()).isTrue();
            List<WebhookReceiver.Received> received = receiver.await(all -> all.stream()
                    .anyMatch(one -> one.path().equals("/imports")), java.time.Duration.ofSeconds(20));
            JsonNode summary = received.stream().filter(one -> one.path().equals("/imports")).findFirst().orElseThrow().json();
            assertThat(summary.path("listId").asInt()).isEqualTo(101);
            assertThat(summary.path("teamId").asLong()).isEqualTo(team.teamId());
            JsonNode item = summary.path("importFinished").get(0);
            assertThat(item.path("importId").asLong()).isEqualTo(importId);
            assertThat(item.path("state").asString()).isEqualTo("completed");
            assertThat(item.path("created").asLong()).isEqualTo(2);
            assertThat(item.path("failed").asLong()).isEqualTo(1);
            assertThat(received).as("none of its leads").noneMatch(one -> one.path().equals("/leads"));

            long cancelled = start(team, "format=jsonl&webhooks=summary", rows);
            assertThat(team.owner().post("/leadline/v1/imports/" + cancelled + "/cancel", Map.of()).status()).isEqualTo(200);
            List<WebhookReceiver.Received> both = receiver.await(all -> all.stream()
                    .filter(one -> one.path().equals("/imports")).count() >= 2, java.time.Duration.ofSeconds(20));
            assertThat(both).filteredOn(one -> one.path().equals("/imports"))
                    .extracting(one -> one.json().path("importFinished").get(0).path("importId").asLong() + " "
                            + one.json().path("importFinished").get(0).path("state").asString())
                    .containsExactly(importId + " completed", cancelled + " cancelled");
        }
    }

    private static long onlyLeadNamed(TestTeam team, String name) {
        JsonNode found = team.owner().get("/v1.0/leads?key=" + name).json().path("leads");
        assertThat(found).as(name).hasSize(1);
        return found.get(0).path("leadId").asLong();
    }

    private long start(TestTeam team, String query, byte[] file) {
        ApiResponse started = team.owner().postBytes("/leadline/v1/imports?" + query, file, "text/csv");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json().path("importId").asLong();
    }

    private JsonNode run(TestTeam team, long importId) {
        runner.runWaiting();
        return team.owner().get("/leadline/v1/imports/" + importId).json().path("import");
    }

    private static JsonNode onlyLead(TestTeam team, String email) {
        JsonNode found = team.owner().get("/v1.0/leads?email=" + email + "&preciseSearchFlag=true").json().path("leads");
        assertThat(found).as(email).hasSize(1);
        return team.owner().get("/v1.0/leads/" + found.get(0).path("leadId").asLong()).json().path("lead");
    }
}
