package io.leadline.timeline;

import io.leadline.communications.Channel;
import io.leadline.communications.CommunicationRecorded;
import io.leadline.communications.HtmlText;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts every sent or imported call, email and text on the lead's v2 timeline, under the communication's own id, in the
 * transaction that recorded it. An email's body is reduced to text for this copy: tags dropped, scripts and styles
 * with their contents, so nothing a mail client would run reaches a page that shows the timeline.
 */
@Component
class CommunicationEntries {

    static final int NOTE_MAX = 5_000;

    private final TimelineRepository timeline;
    private final JsonMapper json;
    private final Clock clock;

    CommunicationEntries(TimelineRepository timeline, JsonMapper json, Clock clock) {
        this.timeline = timeline;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void recorded(CommunicationRecorded c) {
        if (c.onTimeline()) {
            return;
        }
        OffsetDateTime now = Times.now(clock);
        ObjectNode content = json.createObjectNode();
        content.put("communicationType", c.type().equals("MANUAL") ? "Manual" : "Logged");
        content.put("direction", c.direction());
        content.put("callingOutcome", c.callOutcome());
        content.put("leadPhoneNumber", c.channel() == Channel.EMAIL ? null : c.leadAddress());
        content.put("emailEventType", c.channel() == Channel.EMAIL ? (c.direction().equals("Inbound") ? "Received" : "Sent") : null);
        content.put("emailSubject", c.subject());
        content.put("content", c.channel() == Channel.EMAIL ? plainText(c.body()) : c.body());
        TimelineType type = switch (c.channel()) {
            case CALL -> TimelineType.CALL;
            case EMAIL -> TimelineType.EMAIL;
            case TEXT -> TimelineType.TEXT;
        };
        timeline.insert(TimelineEntry.recorded(c.communicationId(), c.teamId(), c.leadId(), type,
                c.agentId() == null ? 0 : c.agentId(), c.occurredAt(), now, json.writeValueAsString(content))
                .referring(c.communicationId()));
    }

    static @Nullable String plainText(@Nullable String html) {
        if (html == null) {
            return null;
        }
        String text = HtmlText.plain(html);
        return text.length() > NOTE_MAX ? text.substring(0, NOTE_MAX) : text;
    }
}
