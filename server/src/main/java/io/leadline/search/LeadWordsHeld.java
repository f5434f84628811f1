package io.leadline.search;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's words in the search index ({@code lead_terms}). */
@Component
class LeadWordsHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("lead_terms");
    }

    /**
     * Nothing of its own: the leads' erasure writes the lead's tombstone through {@link LeadIndex#erased}, as every
     * lead write keeps its words, which replaces the lead's words and drops from the vocabulary those no other lead holds.
     */
    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of();
    }

    /** None: a lead's words follow its own writes (a merge's write to the survivor adds the words it gained). */
    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of();
    }
}
