package io.leadline.leads.resource;

import io.leadline.search.CountKey;
import io.leadline.search.IndexedLead;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code leads}. Mutable on purpose: an update loads the row under a lock, applies the request's fields
 * and writes the row back whole, inside one transaction ({@link LeadWrite} holds it while it is written).
 */
public final class LeadRow {
    public long id;
    public long teamId;
    public long leadUserId;
    public String firstName = "";
    public @Nullable String lastName;
    public @Nullable String birthday;
    public @Nullable Integer sourceId;
    public @Nullable Long stageId;
    public @Nullable Long assignedUserId;
    public @Nullable OffsetDateTime assignTime;
    public @Nullable Long lenderUserId;
    public @Nullable Long pondId;
    public @Nullable String streetAddress;
    public @Nullable String city;
    public @Nullable String state;
    public @Nullable String zipCode;
    public @Nullable String referredBy;
    public boolean hidden;
    public boolean unsubscription;
    public boolean cannotText;
    public boolean cannotCall;
    public boolean cannotEmail;
    public boolean welcomeEmail;
    public boolean leadAlert;
    public @Nullable String buyingTimeFrame;
    public @Nullable String sellingTimeFrame;
    public @Nullable String preQual;
    public @Nullable String houseToSell;
    public @Nullable String fthb;
    public @Nullable String withBuyerAgent;
    public @Nullable String mortgage;
    public @Nullable String buyHouse;
    public @Nullable String withListingAgent;
    public @Nullable String language;
    public String leadTypes = "[]";
    public String ownershipScope = "PERSONAL";
    public @Nullable Long ownershipId;
    public @Nullable Long assignGroupId;
    public @Nullable String inquiry;
    public @Nullable String familyMembers;
    public int score;
    public @Nullable OffsetDateTime lastActivityAt;
    public @Nullable OffsetDateTime lastContactAt;
    public @Nullable OffsetDateTime lastCallAt;
    public @Nullable OffsetDateTime lastEmailAt;
    public long creatorUserId;
    public OffsetDateTime createdAt = OffsetDateTime.MIN;
    public OffsetDateTime updatedAt = OffsetDateTime.MIN;
    public @Nullable OffsetDateTime trashedAt;
    public @Nullable String trashReason;
    public @Nullable Long trashedBy;
    /** Read only: set by a merge ({@link LeadRepository#setMergedInto}), never written back with the row. */
    public @Nullable Long mergedInto;

    public CountKey countKey() {
        return new CountKey(teamId, stageId, assignedUserId, hidden, ownershipScope, ownershipId, trashedAt == null);
    }

    /** The lead as the search index should hold it now. */
    public IndexedLead indexed() {
        return new IndexedLead(id, firstName, lastName, countKey(), language);
    }
}
