package io.leadline.routing;

import java.util.List;

/** A store of unassigned leads that its agents (and its owner) may claim. */
public record LeadPond(long id, String pondName, long pondOwnerId, List<Long> agentIds) {

    /** Its owner and its agents may see its leads and claim them. */
    public boolean admits(long userId) {
        return pondOwnerId == userId || agentIds.contains(userId);
    }
}
