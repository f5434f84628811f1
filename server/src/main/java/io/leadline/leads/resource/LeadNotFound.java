package io.leadline.leads.resource;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;

/** Missing, trashed, another team's, or invisible to the caller: Lofty answers all alike, 404 with 20006. */
public final class LeadNotFound extends ApiException {

    private LeadNotFound(String message) {
        super(ErrorCode.LEAD_NOT_EXIST, message);
    }

    public static LeadNotFound forId(long leadId) {
        return new LeadNotFound("Lead " + leadId + " does not exist");
    }
}
