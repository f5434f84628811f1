package io.leadline.search;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One lead as the search index holds it: the name its words come from, the key it is counted by in lead_counts, and
 * the columns its tag and word rows carry (V39), so tag and word totals need not read the leads. Lead writers hand
 * {@link LeadIndex} the lead as the index last saw it and as it is now.
 */
public record IndexedLead(long leadId, String firstName, @Nullable String lastName, CountKey counted,
                          @Nullable String language) {

    /** The SET list that copies the carried columns onto lead_tags or lead_terms, from {@link #carriedColumns}. */
    static final String CARRIED_COLUMNS_SET = """
            live = :live, hidden = :hidden, assigned_user_id = :assignedUserId, ownership_scope = :ownershipScope,
            ownership_id = :ownershipId, stage_id = :stageId, language = :language""";

    String fullName() {
        return SearchTerms.fullName(firstName, lastName);
    }

    /** The carried columns (and the team) as named SQL parameters, by the lead_tags and lead_terms column names. */
    public Map<String, Object> carriedColumns() {
        Map<String, Object> params = counted.params();
        params.put("live", counted.live());
        params.put("language", language);
        return params;
    }

    boolean carriesTheSameAs(IndexedLead other) {
        return counted.equals(other.counted) && Objects.equals(language, other.language);
    }
}
