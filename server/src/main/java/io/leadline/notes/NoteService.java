package io.leadline.notes;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadCreated;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.webhooks.EventAudience;
import io.leadline.webhooks.WebhookEvents;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notes door. Content over 2000 characters is cut silently, as Lofty does, or rejected in strict mode. */
@Service
public class NoteService {

    private final NoteRepository notes;
    private final LeadService leads;
    private final AccountsService accounts;
    private final WebhookEvents webhooks;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;
    private final boolean strict;

    NoteService(
            NoteRepository notes,
            LeadService leads,
            AccountsService accounts,
            WebhookEvents webhooks,
            org.springframework.context.ApplicationEventPublisher events,
            IdGenerator ids,
            Clock clock,
            @Value("${leadline.strict}") boolean strict) {
        this.notes = notes;
        this.leads = leads;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
        this.strict = strict;
    }

    /** A lead created with {@code content} gets that note, in the same transaction. */
    @EventListener
    void addCreationNote(LeadCreated created) {
        if (created.note() != null) {
            insert(created.teamId(), created.leadId(), created.userId(), created.note(), created.notePinned(), created.audience());
        }
    }

    @Transactional
    long create(Caller caller, @Nullable Long leadId, @Nullable String content, @Nullable Boolean pinned) {
        if (leadId == null) {
            throw ApiException.missingField("leadId");
        }
        String text = NoteRules.required(content);
        LeadSummary lead = leads.visibleLead(caller, leadId);
        return insert(caller.teamId(), leadId, caller.userId(), text, Boolean.TRUE.equals(pinned), lead.audience());
    }

    private long insert(long teamId, long leadId, long authorUserId, String content, boolean pinned, EventAudience audience) {
        OffsetDateTime now = Times.now(clock);
        Note note = new Note(
                ids.nextId(), ids.nextId(), teamId, leadId, NoteRules.limited(content, strict), pinned, authorUserId, authorUserId, now,
                now, false);
        notes.insert(note);
        webhooks.leadResource(teamId, WebhookEvents.NOTE, "newNote", "noteId", note.id(), leadId, audience, now);
        events.publishEvent(new NoteChanged(teamId, note.id(), note.timelineId(), leadId, authorUserId, NoteChanged.Change.ADDED,
                note.content(), pinned, now));
        return note.id();
    }

    record NoteView(Note note, @Nullable Member creator, @Nullable Member lastEditor) {}

    @Transactional(readOnly = true)
    List<NoteView> listForLead(Caller caller, long leadId) {
        leads.visibleLead(caller, leadId);
        return views(caller.teamId(), notes.findLiveForLead(caller.teamId(), leadId));
    }

    @Transactional(readOnly = true)
    NoteView get(Caller caller, long noteId) {
        return views(caller.teamId(), List.of(visibleNote(caller, noteId).note())).getFirst();
    }

    /** Lofty requires content and isPin on update; a leadId in the body must be the note's own. */
    @Transactional
    void update(Caller caller, long noteId, @Nullable Long leadId, @Nullable String content, @Nullable Boolean pinned) {
        VisibleNote visible = visibleNote(caller, noteId);
        Note note = visible.note();
        if (leadId != null && leadId != note.leadId()) {
            throw ApiException.invalidField("leadId", "does not match the note's lead (INVALID_UPDATE_OPERATION_LEADID)");
        }
        String text = NoteRules.required(content);
        if (pinned == null) {
            throw ApiException.missingField("isPin");
        }
        OffsetDateTime now = Times.now(clock);
        notes.update(new Note(
                note.id(), note.timelineId(), note.teamId(), note.leadId(), NoteRules.limited(text, strict), pinned, note.creatorUserId(),
                caller.userId(), note.createdAt(), now, false));
        webhooks.leadResource(note.teamId(), WebhookEvents.NOTE, "updatedNote", "noteId", note.id(), note.leadId(),
                visible.lead().audience(), now);
        events.publishEvent(new NoteChanged(note.teamId(), note.id(), note.timelineId(), note.leadId(), caller.userId(),
                NoteChanged.Change.EDITED, NoteRules.limited(text, strict), pinned, now));
    }

    @Transactional
    void delete(Caller caller, long noteId) {
        VisibleNote visible = visibleNote(caller, noteId);
        Note note = visible.note();
        OffsetDateTime now = Times.now(clock);
        notes.update(new Note(
                note.id(), note.timelineId(), note.teamId(), note.leadId(), note.content(), note.pinned(),
                note.creatorUserId(), caller.userId(), note.createdAt(), now, true));
        webhooks.leadResource(note.teamId(), WebhookEvents.NOTE, "deletedNote", "noteId", note.id(), note.leadId(),
                visible.lead().audience(), now);
        events.publishEvent(new NoteChanged(note.teamId(), note.id(), note.timelineId(), note.leadId(), caller.userId(),
                NoteChanged.Change.DELETED, note.content(), note.pinned(), now));
    }

    private record VisibleNote(Note note, LeadSummary lead) {}

    /** A note is as visible as its lead; a note of an invisible lead is simply not there. */
    private VisibleNote visibleNote(Caller caller, long noteId) {
        Note note = notes.findLive(caller.teamId(), noteId)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "Note " + noteId + " does not exist"));
        try {
            return new VisibleNote(note, leads.visibleLead(caller, note.leadId()));
        } catch (ApiException invisible) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "Note " + noteId + " does not exist");
        }
    }

    private List<NoteView> views(long teamId, List<Note> found) {
        Map<Long, Member> members = accounts.findMembers(
                teamId, found.stream().flatMap(n -> Stream.of(n.creatorUserId(), n.lastEditorUserId())).toList());
        return found.stream()
                .map(n -> new NoteView(n, members.get(n.creatorUserId()), members.get(n.lastEditorUserId())))
                .toList();
    }
}
