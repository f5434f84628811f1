package io.leadline.timeline;

import io.leadline.leads.LeadService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A lead's timeline for callers that are not the API (the console): logged calls, emails and texts, sent and received
 * messages, site activity and notes, newest first, a page at a time. The same entries as
 * {@code GET /v2.0/leads/{id}/activities}, which lists them oldest first.
 */
@Service
public class TimelineDesk {

    private static final Set<TimelineType.Kind> SHOWN = Set.of(TimelineType.Kind.LOGGED, TimelineType.Kind.SITE,
            TimelineType.Kind.NOTE, TimelineType.Kind.COMMUNICATION);

    private final TimelineRepository timeline;
    private final LeadService leads;
    private final EntryContents contents;

    TimelineDesk(TimelineRepository timeline, LeadService leads, EntryContents contents) {
        this.timeline = timeline;
        this.leads = leads;
        this.contents = contents;
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
        List<TimelineEntry> entries = timeline.page(caller.teamId(), leadId, SHOWN, null, true, after, null, null, 0, limit + 1);
        List<Item> items = entries.stream().limit(limit).map(this::item).toList();
        return new Page(items, entries.size() > limit ? items.getLast().id() : null);
    }

    private Item item(TimelineEntry entry) {
        JsonNode content = contents.of(entry);
        return switch (entry.type().kind) {
            case LOGGED, COMMUNICATION -> new Item(entry.id(), entry.occurredAt(), entry.type().desc,
                    first(EntryContents.text(content, "emailSubject"), EntryContents.text(content, "callingOutcome")),
                    EntryContents.text(content, "content"));
            case SITE -> new Item(entry.id(), entry.occurredAt(), "Site: " + entry.type().desc, null,
                    content.path("text").asString(""));
            case NOTE -> new Item(entry.id(), entry.occurredAt(), "Note", null, EntryContents.text(content, "content"));
            case SYSTEM -> throw new IllegalStateException("system log entries are not on this timeline");
        };
    }

    private static @Nullable String first(@Nullable String one, @Nullable String other) {
        return one != null ? one : other;
    }
}
