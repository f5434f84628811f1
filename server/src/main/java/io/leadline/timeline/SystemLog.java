package io.leadline.timeline;

import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadHistory;
import io.leadline.leads.LeadsMerged;
import io.leadline.notes.NoteChanged;
import io.leadline.tasks.TaskChanged;
import io.leadline.tasks.TaskKind;
import io.leadline.transactions.TransactionChanged;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the system log (LL-14): every lead change, note and transaction change becomes timeline entries inside the
 * transaction that made it (the events are published there and heard synchronously), so a change that rolls back
 * leaves no entry and no change goes unlogged. Nobody writes system log entries through the API.
 */
@Component
class SystemLog {

    private final TimelineRepository timeline;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    SystemLog(TimelineRepository timeline, IdGenerator ids, JsonMapper json, Clock clock) {
        this.timeline = timeline;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void leadChanged(LeadHistory history) {
        List<TimelineEntry> entries = new ArrayList<>();
        switch (history.kind()) {
            case CREATED -> entries.add(entry(history, TimelineType.LEAD_CREATED, null, null, null, null,
                    content("by", history.actorUserId() == 0 ? "system" : "user " + history.actorUserId(), "via", history.via())));
            case TRASHED -> entries.add(entry(history, TimelineType.LEAD_TRASHED, null, null, null, null, content()));
            case RESTORED -> entries.add(entry(history, TimelineType.LEAD_RESTORED, null, null, null, null, content()));
            case UPDATED -> { }
        }
        for (LeadHistory.Change change : history.changes()) {
            switch (change.field()) {
                case "stage" -> entries.add(entry(history, TimelineType.STAGE_CHANGE, id(change.from()), TimelineEntry.STAGE,
                        id(change.to()), TimelineEntry.STAGE, content(
                                "fromStageName", history.stageNames().get(id(change.from())),
                                "toStageName", history.stageNames().get(id(change.to())))));
                case "assignedUserId" -> entries.add(entry(history, TimelineType.ASSIGNMENT, id(change.from()), TimelineEntry.AGENT,
                        id(change.to()), TimelineEntry.AGENT, content("role", "Agent", "by", history.assignedBy())));
                case "lenderUserId" -> entries.add(entry(history, TimelineType.ASSIGNMENT, id(change.from()), TimelineEntry.LENDER,
                        id(change.to()), TimelineEntry.LENDER, content("role", "Lender")));
                case "pondId" -> entries.add(entry(history, TimelineType.POND_CHANGE, id(change.from()), TimelineEntry.POND,
                        id(change.to()), TimelineEntry.POND, content()));
                case "inquiry" -> entries.add(entry(history, TimelineType.INQUIRY_CHANGE, null, null, null, null,
                        content("from", parsed(change.from()), "to", parsed(change.to()))));
                case "leadTypes" -> entries.add(fieldChange(history, change.field(), parsed(change.from()), parsed(change.to())));
                default -> entries.add(fieldChange(history, change.field(), change.from(), change.to()));
            }
        }
        if (!history.tagsAdded().isEmpty()) {
            entries.add(entry(history, TimelineType.TAGS_ADDED, null, null, null, null, content("tags", history.tagsAdded())));
        }
        if (!history.tagsRemoved().isEmpty()) {
            entries.add(entry(history, TimelineType.TAGS_REMOVED, null, null, null, null, content("tags", history.tagsRemoved())));
        }
        if (history.property() != null) {
            entries.add(entry(history, TimelineType.PROPERTY_CHANGE, null, null, null, null, content("change", history.property())));
        }
        timeline.insertAll(entries);
    }

    /** On the survivor: which leads were merged into it, or separated again by an undo. */
    @EventListener
    void leadsMerged(LeadsMerged merge) {
        timeline.insertAll(List.of(TimelineEntry.recorded(ids.nextId(), merge.teamId(), merge.survivorId(),
                merge.undone() ? TimelineType.MERGE_UNDONE : TimelineType.LEADS_MERGED, merge.actorUserId(), merge.at(),
                Times.now(clock), json(content("leads", merge.mergedIds())))));
    }

    /** A note's own entry (for the v2 timeline) when added; a system log entry for every change to it. */
    @EventListener
    void noteChanged(NoteChanged note) {
        OffsetDateTime now = Times.now(clock);
        List<TimelineEntry> entries = new ArrayList<>();
        if (note.change() == NoteChanged.Change.ADDED) {
            entries.add(TimelineEntry.recorded(note.timelineId(), note.teamId(), note.leadId(), TimelineType.NOTE_ADDED,
                            note.userId(), note.at(), now, json(content("content", note.content())))
                    .referring(note.noteId()).pinned(note.pinned()));
        }
        TimelineType type = switch (note.change()) {
            case ADDED -> TimelineType.NOTE_LOGGED;
            case EDITED -> TimelineType.NOTE_EDITED;
            case DELETED -> TimelineType.NOTE_DELETED;
        };
        entries.add(TimelineEntry.recorded(ids.nextId(), note.teamId(), note.leadId(), type, note.userId(), note.at(), now,
                json(content("noteId", note.noteId()))).referring(note.noteId()));
        timeline.insertAll(entries);
    }

    @EventListener
    void transactionChanged(TransactionChanged change) {
        OffsetDateTime now = Times.now(clock);
        TimelineType type = change.added() ? TimelineType.TRANSACTION_ADDED : TimelineType.TRANSACTION_UPDATED;
        timeline.insertAll(List.of(TimelineEntry.recorded(ids.nextId(), change.teamId(), change.leadId(), type,
                change.userId(), change.at(), now, json(content("transactionId", change.transactionId(),
                        "transactionName", change.name(), "transactionStatus", change.status())))
                .referring(change.transactionId())));
    }

    @EventListener
    void taskChanged(TaskChanged change) {
        OffsetDateTime now = Times.now(clock);
        timeline.insertAll(List.of(TimelineEntry.recorded(ids.nextId(), change.teamId(), change.leadId(), taskType(change),
                change.userId(), change.at(), now,
                json(content("taskId", change.taskId(), "content", change.content(), "dueTime", Times.iso(change.dueAt()))))
                .referring(change.taskId())));
    }

    /** TaskCreated … AppointmentDeleted: one code per kind and change (1015-1024). */
    private static TimelineType taskType(TaskChanged change) {
        boolean task = change.kind() == TaskKind.TASK;
        return switch (change.change()) {
            case CREATED -> task ? TimelineType.TASK_CREATED : TimelineType.APPOINTMENT_CREATED;
            case UPDATED -> task ? TimelineType.TASK_UPDATED : TimelineType.APPOINTMENT_UPDATED;
            case FINISHED -> task ? TimelineType.TASK_FINISHED : TimelineType.APPOINTMENT_FINISHED;
            case REOPENED -> task ? TimelineType.TASK_REOPENED : TimelineType.APPOINTMENT_REOPENED;
            case DELETED -> task ? TimelineType.TASK_DELETED : TimelineType.APPOINTMENT_DELETED;
        };
    }

    private TimelineEntry fieldChange(LeadHistory history, String field, @Nullable Object from, @Nullable Object to) {
        return entry(history, TimelineType.FIELD_CHANGE, null, null, null, null, content("field", field, "from", from, "to", to));
    }

    private TimelineEntry entry(LeadHistory history, TimelineType type, @Nullable Long fromId, @Nullable Integer fromType,
                                @Nullable Long toId, @Nullable Integer toType, Map<String, @Nullable Object> content) {
        OffsetDateTime now = Times.now(clock);
        return TimelineEntry.recorded(ids.nextId(), history.teamId(), history.leadId(), type, history.actorUserId(),
                history.at(), now, json(content)).between(fromId, fromType, toId, toType);
    }

    private static @Nullable Long id(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private @Nullable JsonNode parsed(@Nullable Object text) {
        return text instanceof String s ? json.readTree(s) : null;
    }

    private static Map<String, @Nullable Object> content(@Nullable Object... pairs) {
        Map<String, @Nullable Object> content = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            content.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return content;
    }

    private String json(Map<String, @Nullable Object> content) {
        return json.writeValueAsString(content);
    }

}
