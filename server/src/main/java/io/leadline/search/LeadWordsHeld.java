package io.leadline.search;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's words in the search index ({@code lead_terms}). */
@Component
class LeadWordsHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("lead_terms");
    }
}
