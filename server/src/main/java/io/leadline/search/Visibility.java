package io.leadline.search;

import io.leadline.web.Caller;
import java.util.HashMap;
import java.util.Map;

/**
 * Which leads a caller may read and write, as a SQL predicate over {@code leads l}. Owners and admins see the whole
 * team. Everyone else sees leads assigned to them, and unhidden leads that are TEAM-owned, OFFICE-owned by an office
 * in their subtree, or PERSONAL-owned by them. Another team's leads are never visible.
 */
public final class Visibility {

    private Visibility() {}

    public record SqlFilter(String sql, Map<String, Object> params) {}

    /**
     * Joins another feature's rows to their lead as {@code l}, live leads only, for {@link #where}: the one place
     * outside the lead tables' owner that names them.
     */
    public static String joinLiveLead(String leadIdColumn) {
        return " JOIN leads l ON l.id = " + leadIdColumn + " AND l.trashed_at IS NULL";
    }

    public static SqlFilter where(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("visTeamId", caller.teamId());
        if (caller.managesTeam()) {
            return new SqlFilter("l.team_id = :visTeamId", params);
        }
        params.put("visUserId", caller.userId());
        String officeClause = "";
        if (!caller.visibleOfficeIds().isEmpty()) {
            params.put("visOfficeIds", caller.visibleOfficeIds());
            officeClause = " OR (l.ownership_scope = 'OFFICE' AND l.ownership_id IN (:visOfficeIds))";
        }
        String sql = "l.team_id = :visTeamId AND (l.assigned_user_id = :visUserId OR (l.hidden = FALSE AND ("
                + "l.ownership_scope = 'TEAM'"
                + " OR (l.ownership_scope = 'PERSONAL' AND l.ownership_id = :visUserId)"
                + officeClause + ")))";
        return new SqlFilter(sql, params);
    }
}
