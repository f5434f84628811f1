package io.leadline.webhooks;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lofty's recipients rules (reference §9). Mode 0 (assignment): a hidden lead's events go only to its assignee;
 * otherwise to its assignee and the team's owners and admins. Mode 1 (ownership) adds, for unhidden leads, every
 * subscriber whose scope holds the lead: all members for TEAM leads, members of the office or an office above it for
 * OFFICE leads, the owner of a PERSONAL lead.
 */
final class Recipients {

    /** The subscriber as the rules see it: role, and the offices whose leads their scope holds. */
    record Subscriber(long userId, String role, List<Long> officeScope) {

        boolean managesTeam() {
            return "OWNER".equals(role) || "ADMIN".equals(role);
        }
    }

    private Recipients() {}

    static boolean receives(int permissionMode, Subscriber subscriber, EventAudience lead) {
        boolean assignee = lead.assignedUserId() != null && lead.assignedUserId() == subscriber.userId();
        if (lead.hidden()) {
            return assignee;
        }
        if (assignee || subscriber.managesTeam()) {
            return true;
        }
        return permissionMode == 1 && inScope(subscriber, lead);
    }

    private static boolean inScope(Subscriber subscriber, EventAudience lead) {
        @Nullable Long owner = lead.ownershipId();
        return switch (lead.ownershipScope()) {
            case "TEAM" -> true;
            case "OFFICE" -> owner != null && subscriber.officeScope().contains(owner);
            case "PERSONAL" -> owner != null && owner == subscriber.userId();
            default -> false;
        };
    }
}
