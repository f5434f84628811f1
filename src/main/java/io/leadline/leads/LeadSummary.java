package io.leadline.leads;

import org.jspecify.annotations.Nullable;

/** What sub-resources of a lead need to know about it. */
public record LeadSummary(long leadId, long leadUserId, String firstName, @Nullable String lastName, @Nullable Long assignedUserId) {

    public String fullName() {
        return lastName == null ? firstName : firstName + " " + lastName;
    }
}
