package io.leadline.leads;

import io.leadline.leads.resource.LeadRepository;
import io.leadline.search.SearchKeys;
import io.leadline.web.ApiException;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom a request about a person concerns: the team's leads, live or in the trash, holding an email or phone, compared
 * as the search compares them (case, spacing and punctuation aside).
 */
@Service
public class PersonLookup {

    /** The most leads one person's request reaches; a busier address is refused rather than half answered. */
    static final int MAX_LEADS = 1000;

    private final LeadRepository leads;

    PersonLookup(LeadRepository leads) {
        this.leads = leads;
    }

    /** {@code list} is "email" or "phone". */
    @Transactional(readOnly = true)
    public List<LeadOfPerson> leadsHolding(long teamId, String list, String value) {
        String key = SearchKeys.of(list, value);
        if (key.isEmpty()) {
            throw ApiException.invalidField(list, "'" + value + "' holds nothing to compare");
        }
        List<LeadOfPerson> found = leads.holdingKey(teamId, list, key, MAX_LEADS + 1);
        if (found.size() > MAX_LEADS) {
            throw ApiException.invalidField(list, "'" + value + "' is held by more than " + MAX_LEADS + " leads");
        }
        return found;
    }

    /** Every email and phone these leads hold, as written: what else of the person may have been quoted elsewhere. */
    @Transactional(readOnly = true)
    public List<String> addressesOf(long teamId, Collection<Long> leadIds) {
        return leads.addressesOf(teamId, leadIds);
    }
}
