package io.leadline.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The custom roles a lead can have holders for (Lofty's {@code customRoleList}, {@code GET /v1.0/routing/role/list}).
 * Lofty's catalogue is per account; Leadline serves the catalogue Lofty returns by default (reference §5.1 OBS).
 */
public final class RoleCatalog {

    public record Role(int id, String name) {}

    public static final List<Role> ROLES = List.of(
            new Role(20, "Referral Partner"),
            new Role(40, "Buyer Agent"),
            new Role(50, "Co-Agent"),
            new Role(60, "LOA"),
            new Role(80, "Transaction Coordinator"),
            new Role(90, "Internal LO"),
            new Role(100, "Virtual Assistant (EVA)"),
            new Role(110, "Showing Assistant"),
            new Role(120, "Client Specialist"),
            new Role(130, "ISA"),
            new Role(140, "Assistant"));

    private RoleCatalog() {}

    public static Optional<Role> find(int id) {
        return ROLES.stream().filter(role -> role.id() == id).findFirst();
    }

    public static Optional<Role> named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ROLES.stream().filter(role -> role.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
