package io.leadline.accounts.directory;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

@NamedInterface("administration") // the console's administration pages read it
public record Office(
        long id,
        long teamId,
        @Nullable Long parentId,
        String name,
        ContactDetails contact,
        boolean allowManageSub,
        OffsetDateTime createdAt) {}
