package io.leadline.search;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import db.migration.common.V43__index_the_words_of_existing_leads;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** V43 gives leads written before the search words existed the same words the server writes, and can run again. */
abstract class WordBackfillTests extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void leadsWithoutWordsAreFoundByKeyOnceTheMigrationHasRun() throws Exception {
        TestTeam team = newTeam();
        team.createLead(team.owner(), aLead().with("firstName", "Backfilled").with("lastName", "Person")
                .with("emails", List.of("bf.person@older.example")).build());
        long trashed = team.createLead(team.owner(), aLead().with("firstName", "Backfilled").with("lastName", "Gone").build());
        team.owner().delete("/v1.0/leads/" + trashed + "?reason=test");
        team.createLead(team.owner(), aLead().with("firstName", "Other").build());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> before = words(jdbc, team);
        jdbc.update("DELETE FROM lead_terms WHERE team_id = ?", team.teamId());
        jdbc.update("DELETE FROM search_terms WHERE team_id = ?", team.teamId());
        assertThat(names(team, "key=backfill")).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            new V43__index_the_words_of_existing_leads().migrate(context(connection));
            new V43__index_the_words_of_existing_leads().migrate(context(connection)); // keeps what the first run wrote
        }

        assertThat(words(jdbc, team)).isEqualTo(before).hasSize(8)
                .anySatisfy(row -> assertThat(row).contains(":gone:").containsIgnoringCase(":false:"));
        assertThat(names(team, "key=backfill")).containsExactly("Backfilled");
        assertThat(names(team, "key=older")).containsExactly("Backfilled");
        assertThat(names(team, "key=" + java.net.URLEncoder.encode("bf.person@", java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly("Backfilled");
    }

    private static List<String> words(JdbcTemplate jdbc, TestTeam team) {
        return jdbc.queryForList("SELECT lead_id || ':' || term || ':' || live || ':' || ownership_scope FROM lead_terms"
                + " WHERE team_id = ? ORDER BY lead_id, term", String.class, team.teamId());
    }

    private static List<String> names(TestTeam team, String query) {
        JsonNode page = team.owner().get("/v1.0/leads?" + query).json();
        List<String> names = new ArrayList<>();
        page.path("leads").forEach(lead -> names.add(lead.path("firstName").asString()));
        assertThat(page.path("_metadata").path("total").asLong()).isEqualTo(names.size());
        return names;
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
