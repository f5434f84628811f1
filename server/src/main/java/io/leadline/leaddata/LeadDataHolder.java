package io.leadline.leaddata;

import io.leadline.database.StoredRows;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A feature that keeps data about leads, answering for all of it (issue 31's seam): the tables it keeps rows of a lead
 * in, the lead's rows in them (read as stored, unless a holder says otherwise), and the erasure of what in them is
 * personal. Spring finds every holder, in their {@code @Order} (the lead's own row first); a request about a person
 * (an export of what is held about them, their erasure) asks each, in one transaction. An architecture test holds
 * every table with a {@code lead_id} column to the holder of the module that writes it, so a feature that starts
 * keeping lead data cannot be left out.
 */
public interface LeadDataHolder {

    /** The feature's tables that hold rows of a lead (each with a {@code lead_id} column; the lead's own row for leads). */
    List<String> tables();

    /** The lead's rows in each of those tables, as stored: column name to value, table by table. */
    default Map<String, List<Map<String, Object>>> export(StoredRows rows, long leadId) {
        return rows.ofEach(tables(), "lead_id", leadId);
    }

    /**
     * Removes what in the lead's rows says who the person is or what they said (names, addresses, texts), keeping the
     * rows and their non-personal facts (kinds, times, agents, stages, amounts) so counts and reports still add up.
     * Called inside the erasure's transaction, after the leads' own holder (ordered first) has locked the lead's row and
     * made it a tombstone; answers how many rows of each table it changed or removed (a table it had nothing to erase
     * in may be left out).
     */
    Map<String, Integer> erase(long teamId, long leadId);

    /**
     * Moves the lead's rows to another lead of the team (a merge), or with {@code only} just those rows of each table
     * (an undo moving them back), answering the ids moved, table by table. A holder whose rows stay with their lead —
     * the lead's own row and lists, which a merge combines itself; who read it; its search words, which follow its
     * writes — answers none. Called in the merge's transaction with both leads locked.
     */
    Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only);
}
