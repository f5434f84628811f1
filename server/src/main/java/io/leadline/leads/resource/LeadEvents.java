package io.leadline.leads.resource;

import io.leadline.leads.LeadHistory;
import io.leadline.teamfeatures.Stage;
import io.leadline.teamfeatures.Tag;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.Caller;
import io.leadline.webhooks.EventAudience;
import io.leadline.webhooks.WebhookEvents;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells webhooks what happened to a lead (Lead Info 2, Pipeline Change 12) and publishes its {@link LeadHistory} for
 * the system log, inside the transaction of the change.
 */
@Component
public class LeadEvents {

    private final WebhookEvents webhooks;
    private final TeamFeaturesService teamFeatures;
    private final LeadTagRepository leadTags;
    private final ApplicationEventPublisher publisher;

    LeadEvents(WebhookEvents webhooks, TeamFeaturesService teamFeatures, LeadTagRepository leadTags,
               ApplicationEventPublisher publisher) {
        this.webhooks = webhooks;
        this.teamFeatures = teamFeatures;
        this.leadTags = leadTags;
        this.publisher = publisher;
    }

    public void created(LeadWrite lead) {
        LeadRow row = lead.row;
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.NEW, audience(row), row.updatedAt);
        history(lead, LeadHistory.Kind.CREATED, Map.of());
    }

    public void updated(LeadWrite lead) {
        updated(lead, lead.row.stageId);
    }

    public void trashed(LeadWrite lead) {
        LeadRow row = lead.row;
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.DELETED, audience(row), row.updatedAt);
        history(lead, LeadHistory.Kind.TRASHED, Map.of());
    }

    /**
     * A live lead's personal data erased: subscribers hear an update, so that copies they keep are read again and
     * erased too. No system-log entry: one would have to name the values that were removed.
     */
    public void erased(LeadWrite lead) {
        LeadRow row = lead.row;
        if (row.trashedAt == null) {
            webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.UPDATED, audience(row), row.updatedAt);
        }
        lead.publishedAs(LeadSnapshot.of(row));
    }

    /**
     * Publishes what the write did (LL-14), inside its transaction: the logged fields that differ from the row as it
     * was loaded, the tags added and removed, the property touched, and what set the assignee. Every write path ends
     * here, so none can change a lead without leaving its record. The snapshot is then reset, so a second publish in
     * the same write reports only what changed since.
     */
    private void history(LeadWrite lead, LeadHistory.Kind kind, Map<Long, String> stageNames) {
        LeadRow row = lead.row;
        LeadSnapshot after = LeadSnapshot.of(row);
        List<LeadHistory.Change> changes = new java.util.ArrayList<>(
                lead.loaded != null ? lead.loaded.changesTo(after) : after.fromNothing());
        changes.addAll(lead.listChanges);
        List<String> added = List.of();
        List<String> removed = List.of();
        TagEdits tagEdits = lead.tagEdits;
        if (tagEdits != null) {
            added = tagNames(row.teamId, tagEdits, tagEdits.addedIds());
            removed = tagNames(row.teamId, tagEdits, tagEdits.removedIds());
        }
        String assignedBy = lead.assignedBy != null ? lead.assignedBy
                : kind == LeadHistory.Kind.CREATED && row.assignedUserId != null ? "create" : null;
        Caller caller = Caller.current();
        long actor = lead.madeByUserId != null ? lead.madeByUserId : caller == null ? 0 : caller.userId();
        String via = lead.madeVia != null ? lead.madeVia : caller == null ? "system" : "API key " + caller.credentialId();
        publisher.publishEvent(new LeadHistory(row.teamId, row.id, actor, via, row.updatedAt, kind, changes, added, removed,
                lead.propertyChange, assignedBy, stageNames));
        lead.publishedAs(after);
    }

    /** Names the operations saw; only a tag a replace or clear dropped unseen is looked up. */
    private List<String> tagNames(long teamId, TagEdits edits, List<Long> tagIds) {
        Map<Long, String> known = edits.knownNames();
        List<Long> unknown = tagIds.stream().filter(id -> !known.containsKey(id)).toList();
        Stream<String> looked = unknown.isEmpty()
                ? Stream.empty()
                : teamFeatures.tagsById(teamId, unknown).stream().map(Tag::name);
        return Stream.concat(tagIds.stream().filter(known::containsKey).map(known::get), looked)
                .sorted()
                .toList();
    }

    /**
     * An update, plus a Pipeline Change when the stage moved; the stage names are read once, for the webhook and the
     * system log both.
     */
    public void updated(LeadWrite lead, @Nullable Long stageBefore) {
        LeadRow row = lead.row;
        Map<Long, String> stageNames = Objects.equals(stageBefore, row.stageId)
                ? Map.of()
                : teamFeatures.stagesCovering(row.teamId, Stream.of(stageBefore, row.stageId).filter(Objects::nonNull).toList())
                        .stream().collect(Collectors.toMap(Stage::id, Stage::name));
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.UPDATED, audience(row), row.updatedAt);
        if (!stageNames.isEmpty()) {
            webhooks.pipelineChange(row.teamId, row.id, audience(row), row.stageId, stageNames.get(row.stageId), stageBefore,
                    stageNames.get(stageBefore), row.updatedAt);
        }
        LeadSnapshot loaded = lead.loaded;
        boolean restored = loaded != null && loaded.trashedAt() != null && row.trashedAt == null;
        history(lead, restored ? LeadHistory.Kind.RESTORED : LeadHistory.Kind.UPDATED, stageNames);
    }

    public static EventAudience audience(LeadRow row) {
        return new EventAudience(row.assignedUserId, row.hidden, row.ownershipScope, row.ownershipId);
    }
}
