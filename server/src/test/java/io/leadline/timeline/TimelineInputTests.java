package io.leadline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.testing.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TimelineInputTests {

    @Test
    void siteActivityTypesAreLoftysFiveInAnyCase() {
        assertThat(TimelineInput.siteActivity(json("{\"type\":\"submission\",\"created\":1}")).type())
                .isEqualTo(TimelineType.SITE_SUBMISSION);
        assertThatThrownBy(() -> TimelineInput.siteActivity(json("{\"type\":\"Visit\",\"created\":1}"))).hasMessageContaining("type");
        assertThatThrownBy(() -> TimelineInput.siteActivity(json("{\"type\":\"Search\",\"created\":-5}"))).hasMessageContaining("created");
        assertThatThrownBy(() -> TimelineInput.siteActivity(json("{\"type\":\"Search\",\"created\":1.5}"))).hasMessageContaining("created");
    }

    @Test
    void manualLogChannelsAreCaseSensitiveAndCallsNeedAPhone() {
        assertThat(TimelineInput.manualLog(json("{\"leadId\":\"7\",\"logType\":\"logText\",\"content\":\"x\"}")).leadId()).isEqualTo(7);
        assertThatThrownBy(() -> TimelineInput.manualLog(json("{\"leadId\":7,\"logType\":\"logtext\",\"content\":\"x\"}")))
                .hasMessageContaining("logType");
        assertThatThrownBy(() -> TimelineInput.manualLog(json("{\"leadId\":7,\"logType\":\"logCall\",\"content\":\"x\"}")))
                .hasMessageContaining("leadPhoneNumber");
    }

    @Test
    void anUnknownCallOutcomeIsTalkedAndContentIsCutAt5000() {
        ManualLogs.ManualLog log = TimelineInput.manualLog(json("{\"leadId\":7,\"logType\":\"logCall\",\"content\":\""
                + "y".repeat(6000) + "\",\"leadPhoneNumber\":\"512\",\"callingOutcome\":\"Chatted\"}"));
        assertThat(log.content().path("callingOutcome").asString()).isEqualTo("Talked");
        assertThat(log.content().path("content").asString()).hasSize(5000);
        assertThat(log.content().path("outboundOrInbound").asString()).isEqualTo("outbound");
    }

    private static JsonNode json(String text) {
        return ApiClient.JSON.readTree(text);
    }
}
