package io.leadline.leads;

import org.jspecify.annotations.Nullable;

/** A lead holding a person's email or phone: who it is and whether it is in the trash. */
public record LeadOfPerson(long leadId, String firstName, @Nullable String lastName, boolean trashed) {}
