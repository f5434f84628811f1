package io.leadline.leads.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

record FamilyMember(
        @Nullable String relationship,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable List<String> phones,
        @Nullable List<String> emails,
        @Nullable String birthday) {}
