package io.leadline.accounts.directory;

import io.leadline.web.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A member's role in the team. The numeric ids are Leadline's own; Lofty does not publish its numbering. {@code rank}
 * orders power: nobody creates, promotes or issues a credential for a member of their own rank or above (LL-13).
 */
public enum Role {
    OWNER(1, "Owner", 3),
    ADMIN(2, "Admin", 2),
    AGENT(3, "Agent", 1),
    LENDER(4, "Lender", 1),
    ASSISTANT(5, "Assistant", 1);

    final int id;
    final String displayName;
    private final int rank;

    Role(int id, String displayName, int rank) {
        this.id = id;
        this.displayName = displayName;
        this.rank = rank;
    }

    boolean outranks(Role other) {
        return rank > other.rank;
    }

    static Role of(String storedName) {
        return valueOf(storedName);
    }

    public static Role parse(String field, String value) {
        return Arrays.stream(values())
                .filter(role -> role.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField(field, "must be one of " + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
