package io.leadline.timeline;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.LeadService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lead's timeline for callers that are not the API (the console): logged calls, emails and texts, sent and received
 * messages, site activity, notes and the system log (in words), newest first, a page at a time. The entries of
 * {@code GET /v2.0/leads/{id}/activities} and {@code GET /v1.0/systemLogs} together.
 */
@Service
public class TimelineDesk {

    private static final Set<TimelineType.Kind> KINDS = EnumSet.allOf(TimelineType.Kind.class);
    /** Every type but the system log's "note added", which would repeat the note's own entry. */
    private static final List<Integer> SHOWN = Arrays.stream(TimelineType.values())
            .filter(type -> type != TimelineType.NOTE_LOGGED).map(type -> type.code).toList();

    private final TimelineRepository timeline;
    private final LeadService leads;
    private final EntryContents contents;
    private final AccountsService accounts;
    private final ManualLogs manualLogs;

    TimelineDesk(TimelineRepository timeline, LeadService leads, EntryContents contents, AccountsService accounts,
            ManualLogs manualLogs) {
        this.manualLogs = manualLogs;
        this.timeline = timeline;
        this.leads = leads;
        this.contents = contents;
        this.accounts = accounts;
    }

    /** One entry as a page shows it: what it is, its heading (a subject or an outcome) and its text. */
    public record Item(long id, OffsetDateTime at, String what, @Nullable String heading, @Nullable String text) {}

    /** A page of entries, and the id to continue after when there are older ones. */
    public record Page(List<Item> items, @Nullable Long olderAfter) {}

    /** Newest first, {@code limit} entries older than the entry {@code afterId} when given; 404 for an invisible lead. */
    @Transactional(readOnly = true)
    public Page newestFirst(Caller caller, long leadId, @Nullable Long afterId, int limit) {
        leads.visibleLead(caller, leadId);
        TimelineRepository.Cursor after = afterId == null ? null : timeline.cursorAt(caller.teamId(), leadId, afterId)
                .orElseThrow(() -> ApiException.invalidField("after", "is not an entry of lead " + leadId + ": " + afterId));
        List<TimelineEntry> entries = timeline.page(caller.teamId(), leadId, KINDS, SHOWN, true, after, null, null, 0, limit + 1);
        Map<Long, Member> members = accounts.findMembers(caller.teamId(), entries.stream()
                .filter(entry -> entry.type() == TimelineType.ASSIGNMENT)
                .flatMap(entry -> Stream.of(entry.fromId(), entry.toId())).filter(Objects::nonNull).toList());
        List<Item> items = entries.stream().limit(limit).map(entry -> item(entry, members)).toList();
        return new Page(items, entries.size() > limit ? items.getLast().id() : null);
    }

    /** The outcomes a logged call may have, as the API takes them. */
    public static List<String> callOutcomes() {
        return TimelineInput.CALL_OUTCOMES.stream().sorted().toList();
    }

    /**
     * Logs a call with the lead, as {@code POST /v1.0/logType} with logCall would: the same checks and messages, the
     * lead's last call moved, the call in the lead's communications.
     */
    public void logCall(Caller caller, long leadId, String phone, String outcome, String notes, String direction) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("leadId", leadId).put("logType", "logCall")
                .put("leadPhoneNumber", phone).put("callingOutcome", outcome).put("content", notes)
                .put("outboundOrInbound", direction);
        manualLogs.addManualLog(caller, TimelineInput.manualLog(body));
    }

    private Item item(TimelineEntry entry, Map<Long, Member> members) {
        JsonNode content = contents.of(entry);
        return switch (entry.type().kind) {
            case LOGGED, COMMUNICATION -> new Item(entry.id(), entry.occurredAt(), channelWords(entry.type()),
                    first(EntryContents.text(content, "emailSubject"), EntryContents.text(content, "callingOutcome")),
                    EntryContents.text(content, "content"));
            case SITE -> new Item(entry.id(), entry.occurredAt(), "Site: " + entry.type().desc, null,
                    content.path("text").asString(""));
            case NOTE -> new Item(entry.id(), entry.occurredAt(), "Note", null, EntryContents.text(content, "content"));
            case SYSTEM -> {
                SystemLogWording.Words words = SystemLogWording.of(entry, content, members);
                yield new Item(entry.id(), entry.occurredAt(), words.what(), words.heading(), words.text());
            }
        };
    }

    private static String channelWords(TimelineType type) {
        return switch (type) {
            case LOG_CALL -> "Call logged";
            case LOG_EMAIL -> "Email logged";
            case LOG_TEXT -> "Text logged";
            default -> type.desc;
        };
    }

    private static @Nullable String first(@Nullable String one, @Nullable String other) {
        return one != null ? one : other;
    }
}
