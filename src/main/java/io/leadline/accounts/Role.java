package io.leadline.accounts;

import io.leadline.web.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A member's role in the team. The numeric ids are Leadline's own; Lofty does not publish its numbering. */
enum Role {
    OWNER(1, "Owner"),
    ADMIN(2, "Admin"),
    AGENT(3, "Agent"),
    LENDER(4, "Lender"),
    ASSISTANT(5, "Assistant");

    final int id;
    final String displayName;

    Role(int id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    static Role parse(String field, String value) {
        return Arrays.stream(values())
                .filter(role -> role.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField(field, "must be one of " + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
