package io.leadline.leads;

import io.leadline.search.CountKey;
import io.leadline.search.IndexedLead;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code leads}. Mutable on purpose: an update loads the row under a lock, applies the request's fields
 * and writes the row back whole, inside one transaction.
 */
final class LeadRow {
    long id;
    long teamId;
    long leadUserId;
    String firstName = "";
    @Nullable String lastName;
    @Nullable String birthday;
    @Nullable Integer sourceId;
    @Nullable Long stageId;
    @Nullable Long assignedUserId;
    @Nullable OffsetDateTime assignTime;
    @Nullable Long lenderUserId;
    @Nullable Long pondId;
    @Nullable String streetAddress;
    @Nullable String city;
    @Nullable String state;
    @Nullable String zipCode;
    @Nullable String referredBy;
    boolean hidden;
    boolean unsubscription;
    boolean cannotText;
    boolean cannotCall;
    boolean cannotEmail;
    boolean welcomeEmail;
    boolean leadAlert;
    @Nullable String buyingTimeFrame;
    @Nullable String sellingTimeFrame;
    @Nullable String preQual;
    @Nullable String houseToSell;
    @Nullable String fthb;
    @Nullable String withBuyerAgent;
    @Nullable String mortgage;
    @Nullable String buyHouse;
    @Nullable String withListingAgent;
    @Nullable String language;
    String leadTypes = "[]";
    String ownershipScope = "PERSONAL";
    @Nullable Long ownershipId;
    @Nullable Long assignGroupId;
    @Nullable String inquiry;
    @Nullable String familyMembers;
    int score;
    @Nullable OffsetDateTime lastActivityAt;
    @Nullable OffsetDateTime lastContactAt;
    @Nullable OffsetDateTime lastCallAt;
    @Nullable OffsetDateTime lastEmailAt;
    long creatorUserId;
    OffsetDateTime createdAt = OffsetDateTime.MIN;
    OffsetDateTime updatedAt = OffsetDateTime.MIN;
    @Nullable OffsetDateTime trashedAt;
    @Nullable String trashReason;
    @Nullable Long trashedBy;
    /** The lead as the search index holds it (as loaded or last written); null until a new lead is indexed. */
    @Nullable IndexedLead indexedAs;
    /** The logged fields as loaded, for the system log; null for a lead being created. */
    @Nullable LeadSnapshot loaded;
    /** What this write's tag operations did; null when the write leaves tags alone. */
    @Nullable TagEdits tagEdits;
    /** What the write did to a property ("added: …", "updated: …"), for the system log. */
    @Nullable String propertyChange;
    /** The lists (emails, phones, segments, groups) this write changed, for the system log. */
    final java.util.List<LeadHistory.Change> listChanges = new java.util.ArrayList<>();
    /** What set the assignee during this write, for the system log. */
    @Nullable String assignedBy;

    CountKey countKey() {
        return new CountKey(teamId, stageId, assignedUserId, hidden, ownershipScope, ownershipId, trashedAt == null);
    }

    /** Being created by this request: nothing of it was read from the database (no lists, tags or history yet). */
    boolean isNew() {
        return loaded == null;
    }

    /** The lead as the search index should hold it now. */
    IndexedLead indexed() {
        return new IndexedLead(id, firstName, lastName, countKey(), language);
    }
}
