package io.leadline.merges;

import io.leadline.leads.DuplicateLead;
import io.leadline.leads.LeadDuplicates;
import io.leadline.leads.NewLeadDuplicates;
import io.leadline.web.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A team set to {@code merge-into-oldest}: a lead the API creates with the email or phone of an older live lead the
 * creator may write is merged into the oldest such lead, as {@code POST …/merge} would, and the create answers with
 * that lead's id. A weak likeness (name and address) never merges on its own.
 */
@Component
class MergeOnCreate implements NewLeadDuplicates {

    private final DuplicateSettings settings;
    private final LeadDuplicates duplicates;
    private final MergeService merges;

    MergeOnCreate(DuplicateSettings settings, LeadDuplicates duplicates, MergeService merges) {
        this.settings = settings;
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @Override
    public long settle(Caller caller, long newLeadId) {
        if (!settings.onCreate(caller.teamId()).equals(DuplicateSettings.MERGE_INTO_OLDEST)) {
            return newLeadId;
        }
        return duplicates.of(caller, newLeadId).stream()
                .filter(duplicate -> duplicate.signal().equals("strong"))
                .map(DuplicateLead::leadId)
                .findFirst()
                .map(oldest -> {
                    merges.merge(caller, oldest, List.of(newLeadId));
                    return oldest;
                })
                .orElse(newLeadId);
    }
}
