package io.leadline.leaddata;

import io.leadline.database.StoredRows;
import java.util.List;
import java.util.Map;

/**
 * A feature that keeps data about leads, answering for all of it (issue 31's seam): the tables it keeps rows of a lead
 * in, and the lead's rows in them (read as stored, unless a holder says otherwise). Spring finds every holder; a request about a person (an export of what is held
 * about them) asks each. An architecture test holds every table with a {@code lead_id} column to the holder of the
 * module that writes it, so a feature that starts keeping lead data cannot be left out.
 */
public interface LeadDataHolder {

    /** The feature's tables that hold rows of a lead (each with a {@code lead_id} column; the lead's own row for leads). */
    List<String> tables();

    /** The lead's rows in each of those tables, as stored: column name to value, table by table. */
    default Map<String, List<Map<String, Object>>> export(StoredRows rows, long leadId) {
        return rows.ofEach(tables(), "lead_id", leadId);
    }
}
