package io.leadline.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.Caller;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadListSqlTests {

    private static final Caller AGENT = new Caller(7, 70, "AGENT", null, List.of(), false, 1, null);
    private static final LeadListSql.Resolved NONE = new LeadListSql.Resolved(false, null, null, List.of(), List.of(), List.of());

    @Test
    void alwaysScopesByTeamVisibilityAndTrash() {
        LeadListSql.Fragment where = LeadListSql.where(AGENT, ScrollTokenTests.query(null, LeadSort.DEFAULT, true), NONE);
        assertThat(where.sql()).startsWith("(l.team_id = :visTeamId AND").contains("(l.trashed_at IS NULL)");
        assertThat(where.params()).containsEntry("visTeamId", 7L).containsEntry("visUserId", 70L);
    }

    @Test
    void escapesLikeWildcardsInTheKey() {
        LeadQuery query = new LeadQuery(null, null, null, null, false, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), false, List.of(), List.of(), "50%_off", 0, 25, null, LeadSort.DEFAULT, true);
        LeadListSql.Fragment where = LeadListSql.where(AGENT, query, NONE);
        assertThat(where.params()).containsEntry("keyText", "%50\\%\\_off%");
        assertThat(where.params()).doesNotContainKey("keyDigits");
    }

    @Test
    void ordersByTheAllowListedColumnThenId() {
        assertThat(LeadListSql.orderBy(ScrollTokenTests.query(null, LeadSort.DEFAULT, true)))
                .isEqualTo(" ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC");
        assertThat(LeadListSql.orderBy(ScrollTokenTests.query(null, LeadSort.ASSIGN_TIME, false)))
                .isEqualTo(" ORDER BY l.team_id ASC, l.assign_time ASC NULLS LAST, l.id ASC");
    }

    @Test
    void keySearchJoinsTheMatchingIdsAndLooksAtPhonesOnlyForThreeDigitsOrMore() {
        assertThat(LeadListSql.from(ScrollTokenTests.query(null, LeadSort.DEFAULT, true))).isEqualTo("leads l");
        String byName = LeadListSql.from(withKey("smith"));
        assertThat(byName).endsWith(") key_matches JOIN leads l ON l.id = key_matches.id").doesNotContain("'phone'");
        assertThat(LeadListSql.from(withKey("555-01"))).contains("i.list_name = 'phone' AND i.item_key LIKE :keyDigits");
    }

    private static LeadQuery withKey(String key) {
        return new LeadQuery(null, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), key, 0, 25, null, LeadSort.DEFAULT, true);
    }

    @Test
    void keysetContinuesStrictlyAfterTheLastRow() {
        LeadQuery descending = ScrollTokenTests.query(null, LeadSort.CREATE_TIME, true);
        assertThat(LeadListSql.after(descending, ScrollToken.after(descending, 1000L, 5L, 10L)).sql())
                .isEqualTo("l.created_at <= :afterValue AND (l.created_at, l.id) < (:afterValue, :afterId)");
        LeadQuery ascendingNullable = ScrollTokenTests.query(null, LeadSort.ASSIGN_TIME, false);
        assertThat(LeadListSql.after(ascendingNullable, ScrollToken.after(ascendingNullable, 1000L, 5L, 10L)).sql())
                .isEqualTo("(l.assign_time >= :afterValue AND (l.assign_time, l.id) > (:afterValue, :afterId)) OR l.assign_time IS NULL");
        assertThat(LeadListSql.after(ascendingNullable, ScrollToken.after(ascendingNullable, null, 5L, 10L)).sql())
                .isEqualTo("l.assign_time IS NULL AND l.id > :afterId");
    }

    @Test
    void rolesFilterByTheirHoldersAndUnknownRolesAreRejected() {
        LeadQuery isa = withRoles(new LeadQuery.RoleAssigneeFilter("ISA", List.of(1L)));
        assertThat(LeadListSql.where(AGENT, isa, NONE).sql()).contains("lead_role_assignees a WHERE a.role_id = 130");
        LeadQuery lender = withRoles(new LeadQuery.RoleAssigneeFilter("Lender", List.of(3L)));
        assertThat(LeadListSql.where(AGENT, lender, NONE).sql()).contains("l.lender_user_id IN (:roleAssignees0)");
        LeadQuery nobody = withRoles(new LeadQuery.RoleAssigneeFilter("Agent", List.of()));
        assertThat(LeadListSql.where(AGENT, nobody, NONE).params()).containsEntry("roleAssignees0", List.of(-1L));
        LeadQuery agent = withRoles(new LeadQuery.RoleAssigneeFilter("Agent", List.of(1L, 2L)));
        assertThat(LeadListSql.where(AGENT, agent, NONE).params()).containsEntry("roleAssignees0", List.of(1L, 2L));
        assertThatThrownBy(() -> LeadListSql.where(AGENT, withRoles(new LeadQuery.RoleAssigneeFilter("Wizard", List.of())), NONE))
                .hasMessageContaining("Wizard");
    }

    @Test
    void onlyFiltersLeadsAreCountedByAreAnsweredFromTheCounts() {
        assertThat(LeadListSql.countWhere(AGENT, withRoles(new LeadQuery.RoleAssigneeFilter("Agent", List.of(1L))), NONE)).isEmpty();
        LeadQuery plain = new LeadQuery("New Lead", null, null, null, false, 7L, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), null, 0, 25, null, LeadSort.SCORE, true);
        String sql = LeadListSql.countWhere(AGENT, plain, NONE).orElseThrow().sql();
        assertThat(sql).contains("l.assigned_user_id = :assignedUserId").doesNotContain("trashed_at");
    }

    @Test
    void theSortKeysIndexIsNamedOnlyWhenNothingButTheOrderNarrowsThePage() {
        LeadQuery byScore = ScrollTokenTests.query(null, LeadSort.SCORE, true);
        assertThat(LeadListSql.sortIndex(byScore, NONE)).isEqualTo("leads_team_score_idx");
        LeadListSql.Resolved stage = new LeadListSql.Resolved(false, 3L, null, List.of(), List.of(), List.of());
        LeadQuery newest = ScrollTokenTests.query("New Lead", LeadSort.DEFAULT, true);
        assertThat(LeadListSql.sortIndex(newest, stage)).isEqualTo("leads_team_stage_idx");
        assertThat(LeadListSql.orderBy(newest, "leads_team_stage_idx"))
                .isEqualTo(" ORDER BY l.team_id DESC, l.stage_id DESC, l.created_at DESC, l.id DESC");
        assertThat(LeadListSql.sortIndex(ScrollTokenTests.query("New Lead", LeadSort.SCORE, true), stage)).isNull();
        LeadListSql.Resolved tagged = new LeadListSql.Resolved(false, null, null, List.of(), List.of(9L), List.of());
        assertThat(LeadListSql.sortIndex(byScore, tagged)).isNull();
    }

    private static LeadQuery withRoles(LeadQuery.RoleAssigneeFilter filter) {
        return new LeadQuery(null, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(filter), null, 0, 25, null, LeadSort.DEFAULT, true);
    }
}
