package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Calls, emails and texts: import, history, sending with consent, manual logs, searches, webhooks 6-8 (LL issue 16). */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class CommunicationsApiTests extends ApiTestBase {

    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void importedCommunicationsShowInHistoryCallsTimelineAndTheLeadsTimes() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("phones", List.of("5125550101")).build());
        long call = imported(team.owner(), Map.ofEntries(Map.entry("leadId", leadId), Map.entry("channel", "call"),
                Map.entry("direction", "inbound"), Map.entry("status", "completed"), Map.entry("callOutcome", "talked"),
                Map.entry("durationSeconds", 65), Map.entry("leadAddress", "5125550101"), Map.entry("agentAddress", "5125550199"),
                Map.entry("recordingUrl", "https://recordings.example/123.mp3"), Map.entry("occurredAt", "2026-11-30T15:00:00Z"),
                Map.entry("body", "Wants a showing")));
        // LL-26 item 14: lastTouch is the last call, email or text
        assertThat(team.owner().get("/v1.0/leads/" + leadId).json().path("lead").path("lastTouch").asString())
                .isEqualTo("2026-11-30T15:00:00Z");
        long email = imported(team.owner(), Map.of("leadId", leadId, "channel", "EMAIL", "subject", "Listing",
                "body", "<p>Hello <b>Bob</b></p><script>alert(1)</script>", "occurredAt", 1764518400000L));
        long text = imported(team.owner(), Map.of("leadId", leadId, "channel", "TEXT", "body", "See you at 5"));

        ApiResponse calls = team.owner().get("/v1.0/communication/call?leadId=" + leadId);
        assertThat(LoftySchema.problems("CommunicationCallListResponse", calls.json())).isEmpty();
        JsonNode first = calls.json().path("calls").get(0);
        assertThat(first.path("id").asLong()).isEqualTo(call);
        assertThat(first.path("direction").asString()).isEqualTo("Inbound");
        assertThat(first.path("status").asString()).isEqualTo("Completed");
        assertThat(first.path("callingOutcome").asString()).isEqualTo("Talked");
        assertThat(first.path("duration").asInt()).isEqualTo(65);
        assertThat(first.path("startTime").asString()).isEqualTo("2026-11-30 15:00:00");
        assertThat(first.path("recordingSwitch").asBoolean()).isTrue();
        assertThat(LoftySchema.problems("CommunicationCallV2ListResponse",
                team.owner().get("/v1.0/communication/call/v2?leadId=" + leadId).json())).isEmpty();
        assertThat(LoftySchema.problems("CallResponse", team.owner().get("/v2.0/communication/call/" + call).json())).isEmpty();
        ApiResponse records = team.owner().get("/v1.0/calls?leadId=" + leadId);
        assertThat(records.json().path("_metadata").path("total").asLong()).isEqualTo(1);
        records.json().path("calls").forEach(c -> assertThat(LoftySchema.problems("CallResponse", c)).isEmpty());
        assertThat(LoftySchema.problems("CallDetailResponse", team.owner().get("/v1.0/calls/" + call).json())).isEmpty();
        ApiResponse url = team.owner().get("/v1.0/call/url/" + call);
        assertThat(LoftySchema.problems("CallUrlResponse", url.json())).isEmpty();
        assertThat(url.json().path("calls").path("url").asString()).isEqualTo("https://recordings.example/123.mp3");

        ApiResponse emails = team.owner().get("/v1.0/communication/email?leadId=" + leadId);
        assertThat(LoftySchema.problems("CommunicationEmailListResponse", emails.json())).isEmpty();
        assertThat(emails.json().path("emails").get(0).path("emailType").asString()).isEqualTo("Logged");
        assertThat(LoftySchema.problems("EmailResponse", team.owner().get("/v2.0/communication/email/" + email).json())).isEmpty();
        ApiResponse texts = team.owner().get("/v1.0/communication/text?leadId=" + leadId);
        assertThat(LoftySchema.problems("CommunicationTextListResponse", texts.json())).isEmpty();
        assertThat(texts.json().path("texts").get(0).path("textContent").asString()).isEqualTo("See you at 5");
        assertThat(LoftySchema.problems("TextResponse", team.owner().get("/v2.0/communication/text/" + text).json())).isEmpty();
        assertThat(team.owner().get("/v2.0/communication/text/" + call).code()).as("a call is not a text").isEqualTo(20017);

        List<JsonNode> timeline = team.owner().get("/v2.0/leads/" + leadId + "/activities?limit=100").json().path("activities")
                .valueStream().toList();
        JsonNode emailEntry = timeline.stream().filter(a -> a.path("id").asLong() == email).findFirst().orElseThrow();
        assertThat(emailEntry.path("channel").asString()).isEqualTo("Email");
        assertThat(emailEntry.path("note").asString()).isEqualTo("Hello Bob");
        assertThat(timeline.stream().map(a -> a.path("id").asLong()).toList()).contains(call, text);
        long other = team.createLead(team.owner(), aLead().build());
        assertThat(team.owner().get("/v1.0/leads/" + other).json().path("lead").path("lastTouch").isNull()).isTrue();
        for (String sort : List.of("LastCall", "LastEmail", "LastContact", "Communication")) {
            assertThat(team.owner().get("/v1.0/leads?desc=false&limit=2&sort=" + sort).json().path("leads").valueStream()
                    .map(l -> l.path("leadId").asLong()).toList()).as(sort).containsExactly(leadId, other);
        }
    }

    @Test
    void messagesGoOnlyToLeadsThatConsentAndHaveAnAddress() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("first@example.com", "second@example.com"))
                .with("phones", List.of("(512) 555-0101", "5125550102")).build());
        ApiResponse email = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "Open house",
                "content", "<p>Saturday</p>", "toEmail", "SECOND@example.com"));
        assertThat(email.status()).as(email.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("EmailSendResponse", email.json())).isEmpty();
        assertThat(email.json().path("toEmail").asString()).isEqualTo("second@example.com");
        assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "x", "content", "y",
                "toEmail", "stranger@example.com")).json().path("toEmail").asString()).isEqualTo("first@example.com");
        ApiResponse text = team.owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId, "content", "Hi", "phoneNumber",
                "5125550102", "phoneCode", "1"));
        assertThat(text.status()).as(text.toString()).isEqualTo(200);
        assertThat(LoftySchema.problems("SmsResponse", text.json())).isEmpty();
        assertThat(text.json().path("phoneNumber").asString()).isEqualTo("5125550102");

        JsonNode captured = team.owner().get("/leadline/v1/outbox/messages").json().path("messages");
        assertThat(captured).hasSize(3);
        assertThat(captured.get(2).path("to").asString()).isEqualTo("second@example.com");
        assertThat(captured.get(2).path("body").asString()).isEqualTo("<p>Saturday</p>");
        JsonNode sent = team.owner().get("/v1.0/communication/email?leadId=" + leadId).json().path("emails").get(0);
        assertThat(sent.path("emailType").asString()).isEqualTo("Manual");
        assertThat(sent.path("eventType").asString()).isEqualTo("Sent");

        for (Map.Entry<String, Object> flag : Map.<String, Object>of("cannotEmail", true, "unsubscription", true).entrySet()) {
            long declined = team.createLead(team.owner(), aLead().with("emails", List.of("no@example.com")).with(flag.getKey(), flag.getValue()).build());
            ApiResponse refused = team.owner().post("/v1.0/message/email/send", Map.of("leadId", declined, "subject", "x", "content", "y"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo(900451);
        }
        long noText = team.createLead(team.owner(), aLead().with("phones", List.of("5125550103")).with("cannotText", true).build());
        assertThat(team.owner().post("/v1.0/message/sms/send", Map.of("leadId", noText, "content", "x")).code()).isEqualTo(900451);
        long unsubscribed = team.createLead(team.owner(), aLead().with("phones", List.of("5125550104")).with("unsubscription", true).build());
        ApiResponse refusedText = team.owner().post("/v1.0/message/sms/send", Map.of("leadId", unsubscribed, "content", "x"));
        assertThat(refusedText.code()).isEqualTo(900451);
        assertThat(refusedText.message()).contains("unsubscribed");
        long noAddress = team.createLead(team.owner(), aLead().build());
        assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", noAddress, "subject", "x", "content", "y")).code())
                .isEqualTo(900452);
        assertThat(team.owner().post("/v1.0/message/sms/send", Map.of("leadId", noAddress, "content", "y")).code()).isEqualTo(900452);
        assertThat(team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "content", "y")).message()).contains("subject");
        assertThat(team.owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId)).message()).contains("content");
        ApiResponse outsider = newTeam().owner().post("/v1.0/message/sms/send", Map.of("leadId", leadId, "content", "x"));
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(team.owner().get("/leadline/v1/outbox/messages").json().path("messages")).hasSize(3);
        assertThat(team.agent(null).client().get("/leadline/v1/outbox/messages").status()).isEqualTo(403);
    }

    @Test
    void manualLogsAreLoggedCommunicationsUntilDeleted() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        long log = team.owner().post("/v1.0/logType", Map.of("leadId", leadId, "logType", "logCall", "content", "Left a message",
                "leadPhoneNumber", "5125550101", "callingOutcome", "VoiceMessage")).json().path("logType").path("id").asLong();
        JsonNode call = team.owner().get("/v1.0/communication/call?leadId=" + leadId).json().path("calls").get(0);
        assertThat(call.path("id").asLong()).isEqualTo(log);
        assertThat(call.path("callingOutcome").asString()).isEqualTo("VoiceMessage");
        assertThat(call.path("leadPhoneNumber").asString()).isEqualTo("5125550101");
        List<JsonNode> timeline = team.owner().get("/v2.0/leads/" + leadId + "/activities").json().path("activities").valueStream().toList();
        assertThat(timeline).as("one entry, not two").hasSize(1);

        assertThat(team.owner().delete("/v1.0/logType/" + log).status()).isEqualTo(200);
        assertThat(team.owner().get("/v1.0/communication/call?leadId=" + leadId).json().path("calls")).isEmpty();
        assertThat(team.owner().get("/v2.0/communication/call/" + log).code()).isEqualTo(20017);
    }

    @Test
    void agentSearchesFindTheCallersOrTheTeamsCommunicationsInAWindow() {
        TestTeam team = newTeam();
        TestTeam.TestMember agent = team.agent(null);
        long leadId = team.createLead(team.owner(), aLead().with("assignedUserId", agent.userId()).build());
        Instant base = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(imported(agent.client(), Map.of("leadId", leadId, "channel", i % 2 == 0 ? "CALL" : "TEXT",
                    "occurredAt", base.plusSeconds(60L * i).toString())));
        }
        imported(team.owner(), Map.of("leadId", leadId, "channel", "EMAIL", "occurredAt", base.toString()));
        long from = base.minusSeconds(60).toEpochMilli();
        long to = base.plusSeconds(3600).toEpochMilli();

        ApiResponse v1 = agent.client().post("/v1.0/agent/communication", Map.of("type", "ALL", "startTime", from, "endTime", to,
                "limit", 3));
        assertThat(LoftySchema.problems("PageResult", v1.json())).isEmpty();
        assertThat(ids(v1.json().path("pageData"))).containsExactly(mine.get(4), mine.get(3), mine.get(2));
        assertThat(v1.json().path("hasMore").asBoolean()).isTrue();
        assertThat(ids(agent.client().post("/v1.0/agent/communication", Map.of("type", "CALL", "startTime", from, "endTime", to))
                .json().path("pageData"))).containsExactly(mine.get(4), mine.get(2), mine.get(0));
        assertThat(agent.client().post("/v1.0/agent/communication", Map.of("type", "ALL", "startTime", from, "endTime", to,
                "teamView", true)).code()).isEqualTo(20017);
        assertThat(team.owner().post("/v1.0/agent/communication", Map.of("type", "ALL", "startTime", from, "endTime", to,
                "teamView", true)).json().path("pageData")).hasSize(6);
        assertThat(agent.client().post("/v1.0/agent/communication", Map.of("type", "ALL", "startTime", from,
                "endTime", from + Duration.ofHours(25).toMillis())).message()).contains("endTime");
        assertThat(agent.client().post("/v1.0/agent/communication", Map.of("type", "FAX", "startTime", from, "endTime", to)).message())
                .contains("type");

        List<Long> walked = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 5; page++) {
            ApiResponse v2 = agent.client().get("/v2.0/communication/agent?startTime=" + from + "&endTime=" + to + "&limit=2"
                    + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
            assertThat(LoftySchema.problems("CommunicationCursorPage", v2.json())).isEmpty();
            assertThat(v2.json().path("totalCount").asLong()).isEqualTo(5);
            walked.addAll(ids(v2.json().path("data")));
            if (v2.json().path("nextCursor").isNull()) {
                break;
            }
            cursor = v2.json().path("nextCursor").asString();
        }
        assertThat(walked).containsExactlyElementsOf(mine.reversed());
        assertThat(agent.client().get("/v2.0/communication/agent?startTime=" + from + "&endTime=" + to + "&cursor=@@").code())
                .isEqualTo(20012);
        assertThat(agent.client().get("/v2.0/communication/agent?startTime=" + from).message()).contains("endTime");
    }

    @Test
    void everyRecordedCommunicationIsDeliveredOnItsList() {
        TestTeam team = newTeam();
        for (int listId : List.of(6, 7, 8)) {
            assertThat(team.owner().post("/v1.0/webhook", Map.of("listId", listId, "callbackUrl", receiver.url("/l" + listId)))
                    .status()).isEqualTo(200);
        }
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        long call = imported(team.owner(), Map.of("leadId", leadId, "channel", "CALL"));
        long email = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"))
                .json().path("messageId").asLong();
        long text = team.owner().post("/v1.0/logType", Map.of("leadId", leadId, "logType", "logText", "content", "texted"))
                .json().path("logType").path("id").asLong();

        List<WebhookReceiver.Received> posts = receiver.await(r -> r.size() >= 3, Duration.ofSeconds(10));
        Map<String, JsonNode> byPath = new HashMap<>();
        posts.forEach(p -> byPath.put(p.path(), p.json()));
        assertThat(byPath.get("/l6").path("createdCall").get(0).path("timelineId").asLong()).isEqualTo(call);
        assertThat(byPath.get("/l6").path("createdCall").get(0).path("callId").asLong()).isEqualTo(call);
        assertThat(byPath.get("/l7").path("createdEmail").get(0).path("emailId").asLong()).isEqualTo(email);
        assertThat(byPath.get("/l8").path("createdText").get(0).path("textId").asLong()).isEqualTo(text);
        assertThat(byPath.get("/l8").path("createdText").get(0).path("leadId").asLong()).isEqualTo(leadId);
    }

    @Test
    void importsAreChecked() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().build());
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId)), "channel");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId, "channel", "FAX")), "channel");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("channel", "CALL")), "leadId");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId, "channel", "CALL", "callOutcome", "Shouted")),
                "callOutcome");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId, "channel", "CALL", "durationSeconds", -1)),
                "durationSeconds");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId, "channel", "CALL",
                "recordingUrl", "file:///etc/passwd")), "recordingUrl");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId, "channel", "CALL",
                "occurredAt", "yesterday")), "occurredAt");
        assertRefused(team.owner().post("/leadline/v1/communications", Map.of("leadId", leadId, "channel", "CALL",
                "agentUserId", 4503599627370001L)), "agentUserId");
        assertThat(team.owner().get("/v1.0/communication/call?leadId=" + leadId).json().path("calls")).isEmpty();
        assertThat(team.owner().get("/v1.0/communication/call?leadId=" + leadId + "&limit=101").code()).isEqualTo(20042);
        assertThat(team.owner().get("/v1.0/communication/call?leadId=4503599627370001").code()).isEqualTo(20006);
    }

    static long imported(ApiClient client, Map<String, Object> body) {
        ApiResponse created = client.post("/leadline/v1/communications", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("communicationId").asLong();
    }

    private static List<Long> ids(JsonNode entries) {
        return entries.valueStream().map(e -> e.path("id").asLong()).toList();
    }

    private static void assertRefused(ApiResponse response, String named) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.message()).as(response.toString()).contains(named);
    }
}
