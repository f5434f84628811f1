package io.leadline.accounts.directory;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The team's company as Lofty's {@code CompanyRequest} describes it; {@code header} is a banner image URL. */
record Company(@Nullable String name, ContactDetails contact, @Nullable String header, @Nullable OffsetDateTime updatedAt) {

    static final Company NONE = new Company(null, ContactDetails.NONE, null, null);
}
