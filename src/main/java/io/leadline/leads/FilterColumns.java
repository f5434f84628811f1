package io.leadline.leads;

import io.leadline.search.CountKey;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The lead columns list totals are kept by: what lead_counts counts the lead as, and what each of its lead_tags rows
 * carries (V39), so tag-filter totals need not read the leads.
 */
record FilterColumns(CountKey counted, @Nullable String language) {

    static FilterColumns of(LeadRow row) {
        return new FilterColumns(row.countKey(), row.language);
    }

    /** The SET list that copies them onto a table that carries them (lead_tags, lead_terms), from {@link #tagRowParams}. */
    static final String CARRIED_COLUMNS_SET = """
            live = :live, hidden = :hidden, assigned_user_id = :assignedUserId, ownership_scope = :ownershipScope,
            ownership_id = :ownershipId, stage_id = :stageId, language = :language""";

    /** As named SQL parameters, by the lead_tags column names. */
    Map<String, Object> tagRowParams() {
        Map<String, Object> params = counted.params();
        params.put("live", counted.live());
        params.put("language", language);
        return params;
    }
}
