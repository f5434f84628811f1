package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.web.Caller;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityTests {

    @Test
    void ownersAndAdminsSeeTheirWholeTeamOnly() {
        Visibility.SqlFilter filter = Visibility.where(new Caller(7, 70, "ADMIN", null, List.of(), false, 1, "test", null));
        assertThat(filter.sql()).isEqualTo("l.team_id = :visTeamId");
        assertThat(filter.params()).containsEntry("visTeamId", 7L);
    }

    @Test
    void agentsSeeAssignedTeamOwnedTheirOwnAndTheirOfficeSubtree() {
        Visibility.SqlFilter filter = Visibility.where(new Caller(7, 70, "AGENT", 5L, List.of(5L, 6L), false, 1, "test", null));
        assertThat(filter.sql())
                .startsWith("l.team_id = :visTeamId AND (")
                .contains("l.assigned_user_id = :visUserId")
                .contains("l.hidden = FALSE")
                .contains("l.ownership_scope = 'TEAM'")
                .contains("l.ownership_scope = 'PERSONAL' AND l.ownership_id = :visUserId")
                .contains("l.ownership_scope = 'OFFICE' AND l.ownership_id IN (:visOfficeIds)");
        assertThat(filter.params())
                .containsEntry("visTeamId", 7L)
                .containsEntry("visUserId", 70L)
                .containsEntry("visOfficeIds", List.of(5L, 6L));
    }

    @Test
    void agentsWithoutAnOfficeHaveNoOfficeClause() {
        Visibility.SqlFilter filter = Visibility.where(new Caller(7, 70, "LENDER", null, List.of(), false, 1, "test", null));
        assertThat(filter.sql()).doesNotContain("OFFICE");
        assertThat(filter.params()).doesNotContainKey("visOfficeIds");
    }

    @Test
    void serverAdminsGetNoWiderViewOfLeads() {
        Visibility.SqlFilter filter = Visibility.where(new Caller(7, 70, "AGENT", null, List.of(), true, 1, "test", null));
        assertThat(filter.sql()).contains("l.assigned_user_id = :visUserId");
    }
}
