package io.leadline.accounts;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

record Office(
        long id,
        long teamId,
        @Nullable Long parentId,
        String name,
        ContactDetails contact,
        boolean allowManageSub,
        OffsetDateTime createdAt) {}
