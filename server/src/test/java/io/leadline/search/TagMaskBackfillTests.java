package io.leadline.search;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** V44's backfill gives existing tags and tag rows the same bits and masks the server gives new ones. */
abstract class TagMaskBackfillTests extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void theMigrationWritesTheBitsAndMasksTheServerWrites() throws Exception {
        TestTeam team = newTeam();
        team.createLead(team.owner(), aLead().with("tags", List.of("first", "second")).build());
        team.createLead(team.owner(), aLead().with("tags", List.of("second", "third")).build());
        long trashed = team.createLead(team.owner(), aLead().with("tags", List.of("first", "third")).build());
        team.owner().delete("/v1.0/leads/" + trashed + "?reason=test");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> written = masks(jdbc, team);
        jdbc.update("UPDATE lead_tags SET tag_mask = 0 WHERE team_id = ?", team.teamId());
        jdbc.update("UPDATE tags SET tag_bit = NULL WHERE team_id = ?", team.teamId());

        String migration = new ClassPathResource("db/migration/common/V44__carry_tag_bits_on_lead_tags.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        Arrays.stream(migration.split(";"))
                .map(statement -> statement.replaceAll("(?m)^--.*$", "").trim())
                .filter(statement -> statement.startsWith("UPDATE"))
                .forEach(jdbc::update);

        assertThat(masks(jdbc, team)).isEqualTo(written).hasSize(6).contains("first:1:3", "third:4:6");
    }

    private static List<String> masks(JdbcTemplate jdbc, TestTeam team) {
        return jdbc.queryForList("SELECT t.name || ':' || t.tag_bit || ':' || lt.tag_mask FROM lead_tags lt"
                + " JOIN tags t ON t.id = lt.tag_id WHERE lt.team_id = ? ORDER BY lt.lead_id, t.name", String.class, team.teamId());
    }
}
