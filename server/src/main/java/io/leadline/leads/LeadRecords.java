package io.leadline.leads;

import io.leadline.web.Caller;
import java.util.List;

/**
 * What a feature keeps about a lead, for an export of the lead whole: each feature that keeps records of leads (notes,
 * tasks, communications, transactions) provides one, answering the lead's records in the shape its own API reads them.
 */
public interface LeadRecords {

    /** The name an export includes them by ({@code include=notes}) and the key they are nested under. */
    String name();

    /** Every record of the lead, as the feature's API reads one; 404 for a lead the caller cannot see. */
    List<?> of(Caller caller, long leadId);
}
