package io.leadline.leads.resource;

import io.leadline.leads.LeadHistory;
import io.leadline.search.IndexedLead;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One write of one lead: its row, and what the write did so far beside the columns — how the search index last saw
 * the lead, the logged fields as they were loaded, the tag operations, the property and lists touched, and what set
 * the assignee. The system log entry is made from it when the write publishes its history ({@link LeadEvents}),
 * which starts it over. Reads never make one: a row read to be shown carries nothing a write needs.
 */
public final class LeadWrite {

    public final LeadRow row;
    /** The lead as the search index holds it (as loaded or last written); null until a new lead is indexed. */
    @Nullable IndexedLead indexedAs;
    /** The logged fields as loaded, for the system log; null for a lead being created. */
    @Nullable LeadSnapshot loaded;
    /** What this write's tag operations did; null when the write leaves tags alone. */
    @Nullable TagEdits tagEdits;
    /** What the write did to a property ("added: …", "updated: …"). */
    @Nullable String propertyChange;
    /** The lists (emails, phones, segments, groups) this write changed. */
    final List<LeadHistory.Change> listChanges = new ArrayList<>();
    /** What set the assignee during this write. */
    @Nullable String assignedBy;
    /** Who made the write and with what, when it is not the request's caller (an import job); null: the caller. */
    @Nullable Long madeByUserId;
    @Nullable String madeVia;

    private LeadWrite(LeadRow row, @Nullable IndexedLead indexedAs, @Nullable LeadSnapshot loaded) {
        this.row = row;
        this.indexedAs = indexedAs;
        this.loaded = loaded;
    }

    /** A lead this request creates: nothing of it is in the database or the search index yet. */
    public static LeadWrite creating(LeadRow row) {
        return new LeadWrite(row, null, null);
    }

    /** Made by a job rather than a request: {@code via} names it in the system log. */
    public void madeBy(long userId, String via) {
        this.madeByUserId = userId;
        this.madeVia = via;
    }

    /** A row just loaded under its lock: how it was, for the search index and the system log. */
    static LeadWrite loaded(LeadRow row) {
        return new LeadWrite(row, row.indexed(), LeadSnapshot.of(row));
    }

    /** Being created by this request: nothing of it was read from the database (no lists, tags or history yet). */
    boolean isNew() {
        return loaded == null;
    }

    /** Names what set the assignee ("routing (…)", "assignment", "update"), for the system log. */
    public void assignedBy(String by) {
        assignedBy = by;
    }

    /** The history was published: what follows in the same write is reported from here on. */
    void publishedAs(LeadSnapshot now) {
        loaded = now;
        tagEdits = null;
        propertyChange = null;
        assignedBy = null;
        listChanges.clear();
    }
}
