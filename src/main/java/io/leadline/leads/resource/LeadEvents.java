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

    public void created(LeadRow row) {
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.NEW, audience(row), row.updatedAt);
        history(row, LeadHistory.Kind.CREATED, Map.of());
    }

    public void updated(LeadRow row) {
        updated(row, row.stageId);
    }

    public void trashed(LeadRow row) {
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.DELETED, audience(row), row.updatedAt);
        history(row, LeadHistory.Kind.TRASHED, Map.of());
    }

    /**
     * Publishes what the write did (LL-14), inside its transaction: the logged fields that differ from the row as it
     * was loaded, the tags added and removed, the property touched, and what set the assignee. Every write path ends
     * here, so none can change a lead without leaving its record. The snapshot is then reset, so a second publish in
     * the same write reports only what changed since.
     */
    private void history(LeadRow row, LeadHistory.Kind kind, Map<Long, String> stageNames) {
        LeadSnapshot after = LeadSnapshot.of(row);
        List<LeadHistory.Change> changes = new java.util.ArrayList<>(
                row.changes.loaded != null ? row.changes.loaded.changesTo(after) : after.fromNothing());
        changes.addAll(row.changes.listChanges);
        List<String> added = List.of();
        List<String> removed = List.of();
        TagEdits tagEdits = row.changes.tagEdits;
        if (tagEdits != null) {
            added = tagNames(row.teamId, tagEdits, tagEdits.addedIds());
            removed = tagNames(row.teamId, tagEdits, tagEdits.removedIds());
        }
        String assignedBy = row.changes.assignedBy != null ? row.changes.assignedBy
                : kind == LeadHistory.Kind.CREATED && row.assignedUserId != null ? "create" : null;
        Caller caller = Caller.current();
        publisher.publishEvent(new LeadHistory(row.teamId, row.id, caller == null ? 0 : caller.userId(),
                caller == null ? "system" : "API key " + caller.credentialId(), row.updatedAt, kind, changes, added, removed,
                row.changes.propertyChange, assignedBy, stageNames));
        row.changes.publishedAs(after);
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
    public void updated(LeadRow row, @Nullable Long stageBefore) {
        Map<Long, String> stageNames = Objects.equals(stageBefore, row.stageId)
                ? Map.of()
                : teamFeatures.stagesCovering(row.teamId, Stream.of(stageBefore, row.stageId).filter(Objects::nonNull).toList())
                        .stream().collect(Collectors.toMap(Stage::id, Stage::name));
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.UPDATED, audience(row), row.updatedAt);
        if (!stageNames.isEmpty()) {
            webhooks.pipelineChange(row.teamId, row.id, audience(row), row.stageId, stageNames.get(row.stageId), stageBefore,
                    stageNames.get(stageBefore), row.updatedAt);
        }
        LeadSnapshot loaded = row.changes.loaded;
        boolean restored = loaded != null && loaded.trashedAt() != null && row.trashedAt == null;
        history(row, restored ? LeadHistory.Kind.RESTORED : LeadHistory.Kind.UPDATED, stageNames);
    }

    public static EventAudience audience(LeadRow row) {
        return new EventAudience(row.assignedUserId, row.hidden, row.ownershipScope, row.ownershipId);
    }
}
