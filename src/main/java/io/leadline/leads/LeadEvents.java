package io.leadline.leads;

import io.leadline.teamfeatures.Stage;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.webhooks.EventAudience;
import io.leadline.webhooks.WebhookEvents;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Tells webhooks what happened to a lead, inside the transaction of the change (Lead Info 2, Pipeline Change 12). */
@Component
class LeadEvents {

    private final WebhookEvents webhooks;
    private final TeamFeaturesService teamFeatures;

    LeadEvents(WebhookEvents webhooks, TeamFeaturesService teamFeatures) {
        this.webhooks = webhooks;
        this.teamFeatures = teamFeatures;
    }

    void created(LeadRow row) {
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.NEW, audience(row), row.updatedAt);
    }

    void updated(LeadRow row) {
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.UPDATED, audience(row), row.updatedAt);
    }

    void trashed(LeadRow row) {
        webhooks.leadInfo(row.teamId, row.id, WebhookEvents.LeadChange.DELETED, audience(row), row.updatedAt);
    }

    /** An update, plus a Pipeline Change when the stage moved. */
    void updated(LeadRow row, @Nullable Long stageBefore) {
        updated(row);
        if (!Objects.equals(stageBefore, row.stageId)) {
            Map<Long, String> names = teamFeatures.stages(row.teamId).stream().collect(Collectors.toMap(Stage::id, Stage::name));
            webhooks.pipelineChange(row.teamId, row.id, audience(row), row.stageId, names.get(row.stageId), stageBefore,
                    names.get(stageBefore), row.updatedAt);
        }
    }

    static EventAudience audience(LeadRow row) {
        return new EventAudience(row.assignedUserId, row.hidden, row.ownershipScope, row.ownershipId);
    }
}
