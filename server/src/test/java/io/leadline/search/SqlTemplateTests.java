package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlTemplateTests {

    private static final SqlTemplate PAGE = SqlTemplate.of("""
            SELECT l.id
            FROM leads l{hint}
            WHERE {filter}
            ORDER BY l.id""");

    @Test
    void aTextBlockBecomesOneLineWithItsSlotsFilled() {
        assertThat(PAGE.fill("hint", "", "filter", "l.team_id = :teamId"))
                .isEqualTo("SELECT l.id FROM leads l WHERE l.team_id = :teamId ORDER BY l.id");
    }

    @Test
    void aSlotLeftEmptyOfTextIsRefusedNamingIt() {
        assertThatThrownBy(() -> PAGE.fill("hint", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("slot {filter} not filled in");
    }

    @Test
    void onlyH2IsToldWhichIndexToWalk() {
        assertThat(SqlTemplate.indexHint(true, "leads_team_created_idx")).isEqualTo(" USE INDEX (leads_team_created_idx)");
        assertThat(SqlTemplate.indexHint(true, null)).isEmpty();
        assertThat(SqlTemplate.indexHint(false, "leads_team_created_idx")).isEmpty();
    }
}
