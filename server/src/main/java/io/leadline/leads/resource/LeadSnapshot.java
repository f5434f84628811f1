package io.leadline.leads.resource;

import io.leadline.leads.LeadHistory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The fields of a lead its system log records changes of, as loaded, to compare with the row a write leaves. */
record LeadSnapshot(Map<String, @Nullable Object> fields, @Nullable OffsetDateTime trashedAt) {

    static LeadSnapshot of(LeadRow row) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("firstName", row.firstName);
        fields.put("lastName", row.lastName);
        fields.put("stage", row.stageId);
        fields.put("source", row.sourceId);
        fields.put("assignedUserId", row.assignedUserId);
        fields.put("lenderUserId", row.lenderUserId);
        fields.put("pondId", row.pondId);
        fields.put("hidden", row.hidden);
        fields.put("ownershipScope", row.ownershipScope);
        fields.put("ownershipId", row.ownershipId);
        fields.put("streetAddress", row.streetAddress);
        fields.put("city", row.city);
        fields.put("state", row.state);
        fields.put("zipCode", row.zipCode);
        fields.put("birthday", row.birthday);
        fields.put("language", row.language);
        fields.put("leadTypes", row.leadTypes);
        fields.put("unsubscription", row.unsubscription);
        fields.put("cannotText", row.cannotText);
        fields.put("cannotCall", row.cannotCall);
        fields.put("cannotEmail", row.cannotEmail);
        fields.put("inquiry", row.inquiry);
        return new LeadSnapshot(fields, row.trashedAt);
    }

    /**
     * What a new lead's history records beyond its creation: who it went to and whether it waits in a pond (routing
     * may have decided any of them), as changes from nothing.
     */
    List<LeadHistory.Change> fromNothing() {
        List<LeadHistory.Change> changes = new ArrayList<>();
        for (String field : List.of("assignedUserId", "lenderUserId", "pondId")) {
            if (fields.get(field) != null) {
                changes.add(new LeadHistory.Change(field, null, fields.get(field)));
            }
        }
        return changes;
    }

    /** The logged fields whose values differ, in a fixed order. */
    List<LeadHistory.Change> changesTo(LeadSnapshot after) {
        List<LeadHistory.Change> changes = new ArrayList<>();
        fields.forEach((field, before) -> {
            Object now = after.fields.get(field);
            if (!Objects.equals(before, now)) {
                changes.add(new LeadHistory.Change(field, before, now));
            }
        });
        return changes;
    }
}
