package io.leadline.communications.records;

import io.leadline.web.Times;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Lofty's shapes of a communication. Times are 'yyyy-MM-dd HH:mm:ss' in UTC, as in Lofty's other v1 records. */
final class CommunicationResponses {

    private CommunicationResponses() {}

    /** Lofty's {@code CallResponse}; the dialer's own fields (price, rate, caller id) are left empty. */
    record CallResponse(
            long id, @Nullable Long dialerCallRecordId, @Nullable Long userId, @Nullable String userPhoneNumber, long leadId,
            @Nullable String leadPhoneNumber, String direction, @Nullable String status, String startTime, @Nullable String endTime,
            @Nullable Integer duration, @Nullable String callingOutcome, @Nullable Integer rateScore, boolean recordingSwitch,
            @Nullable String showUserNumber, String createTime, String updateTime, @Nullable String note,
            @Nullable Boolean isMachineAnswered, @Nullable Double price, @Nullable Long agentId, @Nullable String elapsedTime) {}

    static CallResponse call(Communication c) {
        return new CallResponse(c.id(), null, c.agentId(), c.agentAddress(), c.leadId(), c.leadAddress(), c.direction(), c.status(),
                time(c.occurredAt()), c.endedAt() == null ? null : time(c.endedAt()), c.durationSeconds(), c.callOutcome(), null,
                c.recordingUrl() != null, null, time(c.createdAt()), time(c.createdAt()), c.body(), null, null, c.agentId(), null);
    }

    /** Lofty's {@code CallHistory} (the v2 call list). */
    record CallHistory(long id, @Nullable Long agentId, long leadId, String createTime, String direction, @Nullable String leadPhoneNumber) {}

    static CallHistory callHistory(Communication c) {
        return new CallHistory(c.id(), c.agentId(), c.leadId(), time(c.occurredAt()), c.direction(), c.leadAddress());
    }

    /** Lofty's {@code EmailResponse}: eventType Sent for what went out, Received for what came in. */
    record EmailResponse(
            long id, long leadId, String direction, @Nullable Long agentId, String eventType, String emailEventTime, String emailType,
            @Nullable String emailSubject, boolean fromPond) {}

    static EmailResponse email(Communication c) {
        return new EmailResponse(c.id(), c.leadId(), c.direction(), c.agentId(), emailEvent(c), time(c.occurredAt()), kind(c),
                c.subject(), false);
    }

    /** Lofty's {@code TextResponse}. */
    record TextResponse(
            long id, long leadId, String direction, @Nullable Long agentId, @Nullable String textOutcome, String textTime,
            String textType, @Nullable String textContent) {}

    static TextResponse text(Communication c) {
        return new TextResponse(c.id(), c.leadId(), c.direction(), c.agentId(), c.status(), time(c.occurredAt()), kind(c), c.body());
    }

    /** Lofty's {@code CommunicationResponse}, the agent searches' entry. */
    record CommunicationResponse(
            long id, long leadId, @Nullable Long agentId, String direction, @Nullable String callOutcome, @Nullable String callDuration,
            @Nullable String status, String communicationTime, String communicationType, String eventType, boolean fromPond) {}

    static CommunicationResponse entry(Communication c) {
        String event = switch (c.channel()) {
            case CALL -> "Call";
            case TEXT -> "Text";
            case EMAIL -> emailEvent(c) + " Email";
        };
        return new CommunicationResponse(c.id(), c.leadId(), c.agentId(), c.direction(), c.callOutcome(),
                c.durationSeconds() == null ? null : String.valueOf(c.durationSeconds()), c.status(), time(c.occurredAt()), c.type(),
                event, false);
    }

    private static String emailEvent(Communication c) {
        return c.direction().equals(Communication.INBOUND) ? "Received" : "Sent";
    }

    /** Manual (sent through Leadline) or Logged (logged by hand or imported); Leadline sends nothing automatically. */
    private static String kind(Communication c) {
        return c.type().equals(Communication.MANUAL) ? "Manual" : "Logged";
    }

    private static String time(OffsetDateTime time) {
        return Times.plainUtc(time);
    }
}
