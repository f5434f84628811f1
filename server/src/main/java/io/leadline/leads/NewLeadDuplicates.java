package io.leadline.leads;

import io.leadline.web.Caller;

/**
 * What becomes of a lead the API just created when it shares an email or phone with another (a team may merge it into
 * the oldest). Implemented by the merges feature, which depends on this one.
 */
public interface NewLeadDuplicates {

    /** The id the create answers with: the new lead's own, or the lead it was merged into. */
    long settle(Caller caller, long newLeadId);
}
