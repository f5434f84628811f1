package io.leadline.accounts;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A user of a team. {@code id} is the user id Lofty calls memberUserId and uses in assignedUserId. */
public record Member(
        long id,
        long teamId,
        long memberRecordId,
        String email,
        String firstName,
        String lastName,
        @Nullable String phone,
        String role,
        @Nullable Long officeId,
        boolean serverAdmin,
        @Nullable Long invitedBy,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime deactivatedAt) {

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }

    /** The form a login email is stored and compared in. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
