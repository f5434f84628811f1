package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.Caller;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LeadListSqlTests {

    private static final Caller AGENT = new Caller(7, 70, "AGENT", null, List.of(), false, 1, "test", null);
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
        assertThat(LeadListSql.orderBy(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), null))
                .isEqualTo("l.team_id DESC, l.created_at DESC, l.id DESC");
        assertThat(LeadListSql.orderBy(ScrollTokenTests.query(null, LeadSort.ASSIGN_TIME, false), null))
                .isEqualTo("l.team_id ASC, l.assign_time ASC NULLS LAST, l.id ASC");
        assertThat(LeadListSql.orderBy(ScrollTokenTests.query(null, LeadSort.ASSIGN_TIME, true), null))
                .as("never assigned last when newest first too (LL-26)")
                .isEqualTo("l.team_id DESC, l.assign_time DESC NULLS LAST, l.id DESC");
        assertThat(LeadListSql.orderBy(ScrollTokenTests.query(null, LeadSort.DELETE_TIME, true), null))
                .isEqualTo("l.team_id DESC, l.trashed_at DESC NULLS FIRST, l.id DESC");
    }

    @Test
    void keySearchJoinsTheMatchingIdsAndLooksAtPhonesOnlyForThreeDigitsOrMore() {
        assertThat(LeadListSql.from(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), NONE)).isEqualTo("leads l");
        String byName = LeadListSql.from(withKey("smith"), NONE);
        assertThat(byName).endsWith(") key_matches JOIN leads l ON l.id = key_matches.id").doesNotContain("'phone'");
        LeadListSql.Fragment keyPage = LeadListSql.page(withKey("smith"), NONE, LeadListSql.FROM_THE_START, LeadListSql.FROM_THE_START,
                null, 0, 26, true, LeadListSql.PageRead.ORDERED);
        assertThat(keyPage.params()).containsEntry("pageOffset", 0L).containsEntry("pageLimit", 26);
        assertThat(keyPage.sql())
                .startsWith("SELECT p.id, p.sort_value FROM (SELECT l.id, l.created_at AS sort_value FROM (SELECT DISTINCT m.lead_id AS id")
                .endsWith(") p ORDER BY p.sort_value DESC, p.id DESC OFFSET :pageOffset ROWS FETCH NEXT :pageLimit ROWS ONLY");
        assertThat(LeadListSql.page(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), NONE, LeadListSql.FROM_THE_START,
                LeadListSql.FROM_THE_START, "leads_team_created_idx", 0, 26, true, LeadListSql.PageRead.ORDERED).sql())
                .startsWith("SELECT l.id, l.created_at AS sort_value FROM leads l USE INDEX (leads_team_created_idx) WHERE")
                .contains(" ORDER BY l.team_id DESC, l.created_at DESC, l.id DESC");
        assertThat(LeadListSql.from(withKey("555-01"), NONE)).contains("i.list_name = 'phone' AND i.item_key LIKE :keyDigits");
    }

    @Test
    void anExactEmailOrPhoneStartsFromItsLookupAndASubstringDoesNot() {
        String exactEmail = LeadListSql.from(withList("Ann@Example.com", null, true), NONE);
        assertThat(exactEmail).contains("i.list_name = 'email' AND i.item_key = :emailKey) list_matches")
                .endsWith("JOIN leads l ON l.id = list_matches.id");
        LeadListSql.Fragment where = LeadListSql.where(AGENT, withList("Ann@Example.com", null, true), NONE);
        assertThat(where.params()).containsEntry("emailKey", "ann@example.com");
        assertThat(where.sql()).doesNotContain("lead_list_items");
        assertThat(LeadListSql.where(AGENT, withList("ann", null, false), NONE).sql())
                .contains("i.list_name = 'email' AND i.item_key LIKE :emailKey");
        assertThat(LeadListSql.from(withList(null, "(512) 555-0101", true), NONE)).contains("'phone' AND i.item_key = :phoneKey");
        assertThat(LeadListSql.from(withList("ann", null, false), NONE)).isEqualTo("leads l");
        assertThat(LeadListSql.from(withList(null, "no digits", true), NONE)).isEqualTo("leads l");
    }

    private static LeadQuery withList(String email, String phone, boolean precise) {
        return new LeadQuery(null, null, phone, email, precise, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), null, 0, 25, null, LeadSort.DEFAULT, true);
    }

    private static LeadQuery withKey(String key) {
        return new LeadQuery(null, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), key, 0, 25, null, LeadSort.DEFAULT, true);
    }

    @Test
    void keysetContinuesStrictlyAfterTheLastRow() {
        LeadQuery descending = ScrollTokenTests.query(null, LeadSort.CREATE_TIME, true);
        assertThat(LeadListSql.after(descending, ScrollToken.after(1L, descending, 1000L, 5L, 10L)).sql())
                .isEqualTo("l.created_at <= :afterValue AND (l.created_at, l.id) < (:afterValue, :afterId)");
        LeadQuery ascendingNullable = ScrollTokenTests.query(null, LeadSort.ASSIGN_TIME, false);
        assertThat(LeadListSql.after(ascendingNullable, ScrollToken.after(1L, ascendingNullable, 1000L, 5L, 10L)).sql())
                .isEqualTo("(l.assign_time >= :afterValue AND (l.assign_time, l.id) > (:afterValue, :afterId)) OR l.assign_time IS NULL");
        assertThat(LeadListSql.after(ascendingNullable, ScrollToken.after(1L, ascendingNullable, null, 5L, 10L)).sql())
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
    void eachTotalComesFromTheNarrowestTableThatCanAnswerIt() {
        LeadQuery roles = withRoles(new LeadQuery.RoleAssigneeFilter("Agent", List.of(1L)));
        assertThat(total(roles, NONE)).startsWith("SELECT COUNT(*) FROM leads l WHERE");
        LeadQuery plain = new LeadQuery("New Lead", null, null, null, false, 7L, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), null, 0, 25, null, LeadSort.SCORE, true);
        assertThat(total(plain, NONE)).contains("FROM lead_counts l").contains("l.assigned_user_id = :assignedUserId")
                .doesNotContain("trashed_at");
        LeadQuery spanish = new LeadQuery("New Lead", null, null, null, false, null, null, List.of(), List.of(), List.of(),
                List.of("x", "y"), List.of(), false, List.of("es"), List.of(), null, 0, 25, null, LeadSort.SCORE, true);
        LeadListSql.Resolved anyTwo = new LeadListSql.Resolved(false, 3L, null, List.of(), List.of(8L, 9L), List.of());
        assertThat(total(spanish, anyTwo)).startsWith("SELECT COUNT(DISTINCT m.lead_id) FROM (SELECT l.lead_id FROM lead_tags l WHERE")
                .contains("l.live = TRUE", "l.stage_id = :stageId", "l.language IN (:languages)", "(l.tag_id = :anyTag0) UNION ALL",
                        "(l.tag_id = :anyTag1)) m");
        LeadListSql.Resolved anyOne = new LeadListSql.Resolved(false, 3L, null, List.of(), List.of(8L), List.of());
        assertThat(total(spanish, anyOne)).startsWith("SELECT COUNT(*) AS n FROM lead_tags l WHERE").endsWith("(l.tag_id = :anyTag0)");
        LeadListSql.Resolved allThree = new LeadListSql.Resolved(false, null, null, List.of(7L, 8L, 9L), List.of(), List.of());
        assertThat(total(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), allThree))
                .contains("FROM lead_tags l JOIN lead_tags t1 ON t1.team_id = l.team_id AND t1.tag_id = :allTag1 AND t1.lead_id = l.lead_id"
                        + " JOIN lead_tags t2 ON t2.team_id = l.team_id AND t2.tag_id = :allTag2 AND t2.lead_id = l.lead_id WHERE")
                .contains("l.tag_id = :allTag0");
        LeadListSql.Resolved both = new LeadListSql.Resolved(false, null, null, List.of(7L), List.of(9L), List.of());
        assertThat(total(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), both)).startsWith("SELECT COUNT(*) FROM leads l");
    }

    private static String total(LeadQuery query, LeadListSql.Resolved resolved) {
        return LeadTotalSql.total(AGENT, query, resolved, LeadListSql.where(AGENT, query, resolved)).sql();
    }

    @Test
    void theSortKeysIndexIsNamedOnlyWhenNothingButTheOrderNarrowsThePage() {
        LeadQuery byScore = ScrollTokenTests.query(null, LeadSort.SCORE, true);
        assertThat(LeadListSql.sortIndex(byScore, NONE, false)).isEqualTo("leads_team_score_idx");
        LeadListSql.Resolved stage = new LeadListSql.Resolved(false, 3L, null, List.of(), List.of(), List.of());
        LeadQuery newest = ScrollTokenTests.query("New Lead", LeadSort.DEFAULT, true);
        assertThat(LeadListSql.sortIndex(newest, stage, false)).isEqualTo("leads_team_stage_idx");
        assertThat(LeadListSql.orderBy(newest, "leads_team_stage_idx"))
                .isEqualTo("l.team_id DESC, l.stage_id DESC, l.created_at DESC, l.id DESC");
        assertThat(LeadListSql.sortIndex(ScrollTokenTests.query("New Lead", LeadSort.SCORE, true), stage, false)).isNull();
        LeadListSql.Resolved tagged = new LeadListSql.Resolved(false, null, null, List.of(), List.of(9L), List.of());
        assertThat(LeadListSql.sortIndex(byScore, tagged, false)).isEqualTo("leads_team_score_idx");
        LeadQuery byKey = new LeadQuery(null, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), "smith", 0, 25, null, LeadSort.SCORE, true);
        assertThat(LeadListSql.sortIndex(byKey, NONE, false)).isNull();
        assertThat(LeadListSql.sortIndex(byKey, NONE, true)).isEqualTo("leads_team_score_idx");
    }

    @Test
    void aKeysWordsAreEqualityBranchesALongerKeyIntersectsAndTestsItsCandidatesAndPunctuationScans() {
        LeadListSql.Resolved garc = withWords(List.of("garcia", "garcon"));
        String oneWord = LeadListSql.from(withKey("Garc"), garc);
        assertThat(oneWord).contains("w.term = :keyWord0w0 AND 1 = 1 UNION ALL SELECT w.lead_id FROM lead_terms w")
                .contains("w.term = :keyWord0w1").doesNotContain("INTERSECT").doesNotContain("search_terms");
        assertThat(LeadListSql.where(AGENT, withKey("Garc"), garc).params())
                .containsEntry("keyWord0w0", "garcia").containsEntry("keyWord0w1", "garcon");
        assertThat(LeadListSql.from(withKey("Garc"), NONE)).contains("JOIN search_terms t").contains("t.term LIKE :keyRun0");
        assertThat(LeadListSql.from(withKey("maria.garcia"), withWords(List.of("maria"), List.of("garcia"))))
                .contains(" INTERSECT ").contains("w.term = :keyWord1w0");
        assertThat(LeadListSql.where(AGENT, withKey("maria.garcia"), NONE).sql()).contains("LOWER(l.first_name");
        assertThat(LeadListSql.where(AGENT, withKey("garcia"), NONE).sql()).doesNotContain("LOWER(l.first_name");
        assertThat(LeadListSql.from(withKey("@."), NONE)).doesNotContain("lead_terms").contains("LOWER(k.first_name");
        assertThat(total(withKey("garc"), withWords(List.of("garcia"))))
                .startsWith("SELECT COUNT(*) FROM lead_terms l WHERE l.team_id = :teamId AND l.term = :keyWord0w0");
        assertThat(total(withKey("garc"), garc)).startsWith("SELECT COUNT(DISTINCT m.lead_id) FROM (SELECT l.lead_id");
        assertThat(total(withKey("5125"), withWords(List.of("5125"))))
                .contains(" UNION SELECT l.id FROM lead_list_items i JOIN leads l");
        assertThat(LeadListSql.countsWithPage(withKey("maria.garcia"), NONE)).isTrue();
        assertThat(LeadListSql.countsWithPage(withKey("garcia"), NONE)).isFalse();
        assertThat(LeadListSql.page(withKey("maria.garcia"), NONE, LeadListSql.FROM_THE_START, LeadListSql.FROM_THE_START, null,
                0, 26, false, LeadListSql.PageRead.COUNTED).sql()).startsWith("SELECT p.id, p.sort_value, COUNT(*) OVER () AS total_rows FROM");
    }

    @Test
    void tagTotalsTestTheOtherTagsBitsOnOneTagsRowsWhenTheyHaveBits() {
        Map<Long, Long> bits = Map.of(7L, 1L, 8L, 2L);
        LeadListSql.Resolved allMasked = new LeadListSql.Resolved(false, null, null, List.of(7L, 8L, 9L), List.of(), List.of(),
                List.of(), bits, null);
        LeadListSql.Fragment all = LeadTotalSql.total(AGENT, ScrollTokenTests.query(null, LeadSort.DEFAULT, true), allMasked,
                LeadListSql.where(AGENT, ScrollTokenTests.query(null, LeadSort.DEFAULT, true), allMasked));
        assertThat(all.sql()).startsWith("SELECT COUNT(*) FROM lead_tags l WHERE").doesNotContain("JOIN")
                .contains("MOD(l.tag_mask / :allBit1, 2) = 1").contains("MOD(l.tag_mask / :allBit2, 2) = 1");
        assertThat(all.params()).containsEntry("allTag0", 9L).containsEntry("allBit1", 1L).containsEntry("allBit2", 2L);
        LeadListSql.Resolved twoWithout = new LeadListSql.Resolved(false, null, null, List.of(9L, 10L), List.of(), List.of(),
                List.of(), bits, null);
        assertThat(total(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), twoWithout)).contains(" JOIN lead_tags t1");

        LeadListSql.Resolved anyMasked = new LeadListSql.Resolved(false, null, null, List.of(), List.of(9L, 7L, 8L), List.of(),
                List.of(), bits, null);
        LeadListSql.Fragment any = LeadTotalSql.total(AGENT, ScrollTokenTests.query(null, LeadSort.DEFAULT, true), anyMasked,
                LeadListSql.where(AGENT, ScrollTokenTests.query(null, LeadSort.DEFAULT, true), anyMasked));
        assertThat(any.sql()).startsWith("SELECT COALESCE(SUM(m.n), 0) FROM (SELECT COUNT(*) AS n FROM lead_tags l")
                .contains("MOD(l.tag_mask / :anyBit0, 2) = 0").contains("MOD(l.tag_mask / :anyBit1, 2) = 0")
                .doesNotContain("anyBit2");
        assertThat(any.params()).containsEntry("anyTag0", 7L).containsEntry("anyTag1", 8L).containsEntry("anyTag2", 9L);
    }

    @Test
    void phoneMatchesLookedUpBeforeTheQueryAreNamedInItAndTooManyAreScannedForAsBefore() {
        LeadListSql.Fragment lookup = KeySql.phoneLeads(7, "555-01");
        assertThat(lookup.sql()).contains("i.list_name = 'phone' AND i.item_key LIKE :keyDigits")
                .endsWith("FETCH FIRST " + (KeySql.KEY_PHONE_LEADS_MAX + 1) + " ROWS ONLY");
        assertThat(lookup.params()).containsEntry("keyDigits", "%55501%");

        LeadListSql.Resolved found = withPhoneLeads(List.of(41L, 42L));
        assertThat(LeadListSql.from(withKey("55501"), found)).contains("p.id IN (:keyPhoneLeads)").doesNotContain(":keyDigits");
        assertThat(total(withKey("55501"), found)).contains(" UNION SELECT l.id FROM leads l WHERE l.team_id = :teamId"
                + " AND l.id IN (:keyPhoneLeads)").doesNotContain("lead_list_items");
        assertThat(LeadListSql.where(AGENT, withKey("55501"), found).params()).containsEntry("keyPhoneLeads", List.of(41L, 42L));

        LeadListSql.Resolved none = withPhoneLeads(List.of());
        assertThat(LeadListSql.from(withKey("55501"), none)).doesNotContain("phone").doesNotContain("keyPhoneLeads");
        assertThat(total(withKey("55501"), none)).startsWith("SELECT COUNT(*) FROM lead_terms l").doesNotContain("UNION");

        LeadListSql.Resolved tooMany = withPhoneLeads(null);
        assertThat(total(withKey("55501"), tooMany)).contains("i.list_name = 'phone' AND i.item_key LIKE :keyDigits");
    }

    private static LeadListSql.Resolved withPhoneLeads(@Nullable List<Long> leads) {
        return new LeadListSql.Resolved(false, null, null, List.of(), List.of(), List.of(), List.of(List.of("55501")),
                Map.of(), leads);
    }

    @Test
    void theTagSampleReadsTheTeamsNewestLeadsThroughTheCreatedIndex() {
        LeadListSql.Fragment sample = LeadTotalSql.tagSample(7, List.of(1L, 2L), true);
        assertThat(sample.sql()).contains("FROM leads l USE INDEX (leads_team_created_idx) WHERE l.team_id = :teamId")
                .contains("FETCH FIRST " + LeadTotalSql.TAG_SAMPLE + " ROWS ONLY").endsWith("GROUP BY lt.tag_id");
        assertThat(LeadTotalSql.tagSample(7, List.of(1L, 2L), false).sql()).doesNotContain("USE INDEX");
    }

    @SafeVarargs
    private static LeadListSql.Resolved withWords(List<String>... wordsPerRun) {
        return new LeadListSql.Resolved(false, null, null, List.of(), List.of(), List.of(), List.of(wordsPerRun), Map.of(), null);
    }

    @Test
    void aKeyPageWalksTheSortOrderOnlyWhenItsHitsAreDenseEnoughToFindSoonerThanReadingThemAll() {
        LeadQuery byKey = withKey("smith");
        assertThat(KeySql.walks(byKey, 26, 15_000, () -> 1_000_000)).isTrue();
        assertThat(KeySql.walks(byKey, 26, 1_000, () -> 1_000_000)).isFalse();
        assertThat(KeySql.walks(byKey, 20_001, 15_000, () -> 1_000_000)).isFalse();
        assertThat(KeySql.walks(ScrollTokenTests.query(null, LeadSort.DEFAULT, true), 26, 15_000, () -> 1_000_000)).isFalse();
        assertThat(KeySql.walks(byKey, 26, 3, () -> { throw new AssertionError("counted the team needlessly"); })).isFalse();
        String walk = LeadListSql.page(byKey, NONE, LeadListSql.FROM_THE_START, LeadListSql.FROM_THE_START,
                "leads_team_created_idx", 0, 26, true, LeadListSql.PageRead.WALKED).sql();
        assertThat(walk).startsWith("SELECT l.id, l.created_at AS sort_value FROM leads l USE INDEX (leads_team_created_idx) WHERE")
                .contains("LIKE :keyText").doesNotContain("key_matches");
    }

    private static LeadQuery withRoles(LeadQuery.RoleAssigneeFilter filter) {
        return new LeadQuery(null, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(filter), null, 0, 25, null, LeadSort.DEFAULT, true);
    }
}
