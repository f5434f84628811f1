package io.leadline.leads;

import io.leadline.webhooks.EventAudience;
import org.jspecify.annotations.Nullable;

/** What sub-resources of a lead need to know about it, including who hears about its changes (webhooks). */
public record LeadSummary(
        long leadId, long leadUserId, String firstName, @Nullable String lastName, @Nullable Long assignedUserId, EventAudience audience) {

    public String fullName() {
        return lastName == null ? firstName : firstName + " " + lastName;
    }
}
