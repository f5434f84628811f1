package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * V46: lead search never plans parallel workers, even where the planner would think them worth it. The session here
 * makes parallel plans free, so without V46 each of these statements plans a Gather. (V46 covers {@code leads} too;
 * PostgreSQL plans no parallel scan of this test's empty {@code leads} whatever the settings, so it is not checked.)
 */
@OnPostgres
class SerialPlansOnPostgresTests extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT COUNT(*) FROM lead_tags l WHERE l.team_id = 1 AND l.tag_id = 2 AND MOD(l.tag_mask / 4, 2) = 1",
        "SELECT COUNT(*) FROM lead_terms l WHERE l.team_id = 1 AND l.term = 'ann'",
        "SELECT COUNT(*) FROM search_terms s WHERE s.team_id = 1 AND s.term LIKE '%ann%'",
        "SELECT COUNT(*) FROM lead_list_items i WHERE i.team_id = 1 AND i.item_key LIKE '%555%'"
    })
    void leadSearchTablesArePlannedWithoutWorkers(String query) throws Exception {
        assertThat(plan(query)).isNotEmpty().noneMatch(line -> line.contains("Gather") || line.contains("Parallel"));
    }

    private List<String> plan(String query) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String setting : List.of("parallel_setup_cost = 0", "parallel_tuple_cost = 0",
                    "min_parallel_table_scan_size = 0", "min_parallel_index_scan_size = 0", "enable_indexscan = off",
                    "enable_bitmapscan = off", "enable_indexonlyscan = off")) {
                statement.execute("SET LOCAL " + setting);
            }
            try (ResultSet rs = statement.executeQuery("EXPLAIN " + query)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
        }
        return lines;
    }
}
