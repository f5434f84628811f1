package io.leadline.timeline;

import io.leadline.web.ApiException;
import io.leadline.web.Ids;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of the timeline's request bodies (Lofty's {@code LeadActivity} and {@code LogTypeRequest}): a clear 400
 * naming the field for anything else, and Lofty's quiet corrections where it documents them (manual log content cut
 * at 5000 characters, an unknown call outcome read as Talked).
 */
final class TimelineInput {

    static final Set<String> CALL_OUTCOMES = Set.of("Talked", "VoiceMessage", "NoAnswer", "BadNumber", "DNCNumber", "DNCContact");
    static final int PHONE_MAX = 20;
    static final int OUTCOME_MAX = 20;
    static final int TEXT_MAX = 2000;
    static final int LOG_CONTENT_MAX = 5000;

    private TimelineInput() {}

    static ActivityTimeline.SiteActivity siteActivity(JsonNode body) {
        requireObject(body);
        String typeName = requiredText(body, "type");
        TimelineType type = TimelineType.siteActivity(typeName);
        if (type == null) {
            throw ApiException.invalidField("type", "must be one of Search, Browse, Favorite, Request, Submission, not '" + typeName + "'");
        }
        long created = requiredNumber(body, "created");
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("type", type.desc);
        for (String field : new String[] {"text", "link", "picture"}) {
            String value = optionalText(body, field, TEXT_MAX);
            content.put(field, value == null ? "" : value);
        }
        JsonNode listing = body.get("listing");
        if (listing != null && !listing.isNull() && !listing.isObject()) {
            throw ApiException.invalidField("listing", "must be an object (a LeadProperty)");
        }
        content.set("listing", listing == null || listing.isNull() ? null : listing);
        content.put("scheduledDate", optionalText(body, "scheduledDate", 100));
        content.put("pageName", optionalText(body, "pageName", 200));
        return new ActivityTimeline.SiteActivity(type, created, content);
    }

    static ManualLogs.ManualLog manualLog(JsonNode body) {
        requireObject(body);
        long leadId = requiredNumber(body, "leadId");
        String channel = requiredText(body, "logType");
        TimelineType type = TimelineType.manualLog(channel);
        if (type == null) {
            throw ApiException.invalidField("logType", "must be logCall, logEmail or logText (case-sensitive), not '" + channel + "'");
        }
        String text = requiredText(body, "content");
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("content", text.length() > LOG_CONTENT_MAX ? text.substring(0, LOG_CONTENT_MAX) : text);
        String direction = optionalText(body, "outboundOrInbound", 20);
        if (direction != null && !direction.equals("outbound") && !direction.equals("inbound")) {
            throw ApiException.invalidField("outboundOrInbound", "must be 'outbound' or 'inbound', not '" + direction + "'");
        }
        content.put("outboundOrInbound", direction == null ? "outbound" : direction);
        if (type == TimelineType.LOG_CALL) {
            String phone = requiredText(body, "leadPhoneNumber");
            if (phone.length() > PHONE_MAX) {
                throw ApiException.tooLong("leadPhoneNumber", PHONE_MAX);
            }
            content.put("leadPhoneNumber", phone);
            String outcome = optionalText(body, "callingOutcome", OUTCOME_MAX);
            content.put("callingOutcome", outcome == null ? null : CALL_OUTCOMES.contains(outcome) ? outcome : "Talked");
        }
        if (type == TimelineType.LOG_EMAIL) {
            content.put("emailSubject", optionalText(body, "emailSubject", 1000));
            content.put("toEmail", optionalText(body, "toEmail", 320));
            content.put("fromEmail", optionalText(body, "fromEmail", 320));
        }
        JsonNode pin = body.get("isPin");
        if (pin != null && !pin.isNull() && !pin.isBoolean()) {
            throw ApiException.invalidField("isPin", "must be true or false");
        }
        return new ManualLogs.ManualLog(leadId, type, pin != null && pin.asBoolean(false), content);
    }

    private static void requireObject(JsonNode body) {
        if (!body.isObject()) {
            throw ApiException.invalidField("body", "must be a JSON object");
        }
    }

    private static String requiredText(JsonNode body, String field) {
        String value = optionalText(body, field, Integer.MAX_VALUE);
        if (value == null || value.isBlank()) {
            throw ApiException.missingField(field);
        }
        return value;
    }

    private static @Nullable String optionalText(JsonNode body, String field, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ApiException.invalidField(field, "must be a string");
        }
        if (node.asString().length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return node.asString();
    }

    /** A whole number, as a JSON number or a string of plain decimal digits, 0 or more. */
    private static long requiredNumber(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw ApiException.missingField(field);
        }
        if (node.isString()) {
            return Ids.parse(field, node.asString());
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw ApiException.invalidField(field, "must be a whole number, 0 or more");
        }
        return node.asLong();
    }
}
