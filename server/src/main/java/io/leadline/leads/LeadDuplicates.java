package io.leadline.leads;

import io.leadline.leads.resource.LeadNotFound;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.web.Caller;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads that may be the same person as a lead (issue 31): Lofty lets duplicates be created, so they are named,
 * not refused. Only leads the caller sees are named, and only for a lead the caller sees.
 */
@Service
public class LeadDuplicates {

    /** The most of each signal named for one lead. */
    static final int LIMIT = 100;

    private final LeadRepository leads;

    LeadDuplicates(LeadRepository leads) {
        this.leads = leads;
    }

    /** The weaker likeness of the lead aliased {@code l}, as one value: its name and street, without case. */
    public static final String NAME_AND_STREET_OF_L = LeadRepository.NAME_AND_STREET_OF_L;

    /** Every live lead of the team that has the same name at the same street address as another (a sweep's read). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AlikeLead> alikeByNameAndStreet(long teamId) {
        return leads.alikeByNameAndStreet(teamId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<DuplicateLead> of(Caller caller, long leadId) {
        var lead = leads.findVisible(caller, leadId, LeadRepository.TrashFilter.LIVE).orElseThrow(() -> LeadNotFound.forId(leadId));
        return leads.duplicatesOf(caller, lead, LIMIT);
    }
}
