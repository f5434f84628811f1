package io.leadline.timeline;

import io.leadline.accounts.Member;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Puts a system log entry into words for a person reading a lead's timeline: what changed ("Stage changed"), the
 * change in short ("New → Active") and any detail. The API answers the same entries as Lofty's fields instead.
 */
final class SystemLogWording {

    private SystemLogWording() {}

    /** The entry's words: what it is, a heading, a detail (either may be null). */
    record Words(String what, @Nullable String heading, @Nullable String text) {}

    static Words of(TimelineEntry entry, JsonNode content, Map<Long, Member> members) {
        return switch (entry.type()) {
            case LEAD_CREATED -> new Words("Lead created", null, "by " + text(content, "by", "system")
                    + via(content));
            case FIELD_CHANGE -> new Words("Changed " + spaced(text(content, "field", "a field")), null,
                    change(shown(content.path("from")), shown(content.path("to"))));
            case STAGE_CHANGE -> new Words("Stage changed", change(EntryContents.text(content, "fromStageName"),
                    EntryContents.text(content, "toStageName")), null);
            case ASSIGNMENT -> new Words(text(content, "role", "Agent") + " assigned",
                    change(name(entry.fromId(), members), name(entry.toId(), members)), EntryContents.text(content, "by"));
            case POND_CHANGE -> new Words("Pond changed", null, null);
            case TAGS_ADDED -> new Words("Tags added", shown(content.path("tags")), null);
            case TAGS_REMOVED -> new Words("Tags removed", shown(content.path("tags")), null);
            case LEAD_TRASHED -> new Words("Moved to the trash", null, null);
            case LEAD_RESTORED -> new Words("Restored from the trash", null, null);
            case INQUIRY_CHANGE -> new Words("Inquiry changed", null, null);
            case PROPERTY_CHANGE -> new Words("Property changed", null, null);
            case NOTE_LOGGED -> new Words("Note added", null, null);
            case NOTE_EDITED -> new Words("Note edited", null, null);
            case NOTE_DELETED -> new Words("Note deleted", null, null);
            case TRANSACTION_ADDED, TRANSACTION_UPDATED -> new Words(
                    entry.type() == TimelineType.TRANSACTION_ADDED ? "Transaction added" : "Transaction updated",
                    EntryContents.text(content, "transactionName"), EntryContents.text(content, "transactionStatus"));
            case TASK_CREATED, TASK_UPDATED, TASK_FINISHED, TASK_REOPENED, TASK_DELETED, APPOINTMENT_CREATED,
                 APPOINTMENT_UPDATED, APPOINTMENT_FINISHED, APPOINTMENT_REOPENED, APPOINTMENT_DELETED -> new Words(
                    spaced(entry.type().desc), EntryContents.text(content, "content"),
                    content.path("dueTime").isString() ? "due " + content.path("dueTime").asString() : null);
            case LEADS_MERGED -> new Words("Merged with leads " + shown(content.path("leads")), null, null);
            case MERGE_UNDONE -> new Words("Merge undone", "leads " + shown(content.path("leads")) + " separated again", null);
            default -> throw new IllegalArgumentException("not a system log entry: " + entry.type());
        };
    }

    /** "TaskCreated" → "Task created", "zipCode" → "zip code". */
    private static String spaced(String name) {
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return name.isEmpty() || Character.isLowerCase(name.charAt(0)) ? words
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(JsonNode content, String field, String otherwise) {
        String text = EntryContents.text(content, field);
        return text == null ? otherwise : text;
    }

    private static String via(JsonNode content) {
        String via = EntryContents.text(content, "via");
        return via == null || via.isEmpty() ? "" : " (" + via + ")";
    }

    private static @Nullable String change(@Nullable String from, @Nullable String to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "none" : from) + " → " + (to == null ? "none" : to);
    }

    private static @Nullable String name(@Nullable Long userId, Map<Long, Member> members) {
        if (userId == null || userId == 0) {
            return null;
        }
        Member member = members.get(userId);
        return member == null ? "a former member" : member.fullName();
    }

    private static @Nullable String shown(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(SystemLogWording::shown)
                    .collect(Collectors.joining(", "));
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
