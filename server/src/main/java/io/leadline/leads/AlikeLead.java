package io.leadline.leads;

import org.jspecify.annotations.Nullable;

/**
 * A live lead with the same name at the same street address as another ({@code firstLead}: the smallest id among them),
 * with the columns visibility reads.
 */
public record AlikeLead(long firstLead, long leadId, @Nullable Long assignedUserId, boolean hidden, String ownershipScope,
        @Nullable Long ownershipId) {}
