package io.leadline.accounts;

import java.util.List;
import java.util.Map;

/**
 * How many leads each member holds, for Lofty's member records. The leads feature answers it: accounts sits below
 * leads and may not call it directly, so the dependency is turned around here.
 */
public interface AssignedLeadCounts {

    /** Per user id: leads assigned and not trashed, and how many of those are still in the team's first stage. */
    Map<Long, Counts> forMembers(long teamId, List<Long> userIds);

    record Counts(long assigned, long inFirstStage) {
        public static final Counts NONE = new Counts(0, 0);
    }
}
