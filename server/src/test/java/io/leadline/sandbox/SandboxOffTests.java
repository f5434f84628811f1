package io.leadline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.sandbox.state.SandboxLeftovers;
import io.leadline.testing.ApiTestBase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With sandbox mode off (the default) none of its paths exist, even for a server administrator, and what a sandbox
 * left in the database is removed.
 */
abstract class SandboxOffTests extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SandboxLeftovers leftovers;

    @Autowired
    DataSource dataSource;

    @Test
    void everySandboxPathIsNotFound() {
        for (String path : List.of("/clock", "/journal", "/faults", "/faults/1", "/snapshots", "/messages", "/lofty-behaviours", "/receivers/r/deliveries")) {
            assertThat(serverAdmin().get(SandboxTests.SANDBOX + path).status()).as(path).isEqualTo(404);
        }
        assertThat(serverAdmin().put(SandboxTests.SANDBOX + "/clock", Map.of("advance", "PT1H")).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "drop")).status())
                .isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/receivers/r", Map.of()).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/reset", Map.of()).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/snapshots/s", Map.of()).status()).isEqualTo(404);
        assertThat(anonymous().post(SandboxTests.SANDBOX + "/receivers/r", Map.of()).status())
                .as("without sandbox mode the receivers are no open door").isEqualTo(401);
    }

    @Test
    void aSandboxsTriggersLogAndCopiesAreRemovedAtStart() throws Exception {
        boolean postgres;
        try (var connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql");
        }
        jdbc.sql("CREATE TABLE leftover_probe (id BIGINT PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE sbx_changes (seq BIGINT PRIMARY KEY, table_name VARCHAR(100))").update();
        jdbc.sql("CREATE TABLE sbx7_leftover_probe AS SELECT * FROM leftover_probe").update();
        if (postgres) {
            jdbc.sql("CREATE FUNCTION sbx_note() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " INSERT INTO sbx_changes VALUES (1, TG_TABLE_NAME); RETURN NULL; END $$").update();
            jdbc.sql("CREATE TRIGGER sbx_note AFTER INSERT ON leftover_probe FOR EACH ROW EXECUTE FUNCTION sbx_note()").update();
        } else {
            jdbc.sql("CREATE TRIGGER sbx_note_leftover_probe AFTER INSERT ON leftover_probe FOR EACH ROW CALL '"
                    + io.leadline.sandbox.state.RowChangeTrigger.class.getName() + "'").update();
        }
        try {
            leftovers.remove();

            jdbc.sql("INSERT INTO leftover_probe (id) VALUES (1)").update();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN ('sbx_changes', 'sbx7_leftover_probe')")
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.triggers WHERE LOWER(trigger_name) LIKE 'sbx_note%'")
                    .query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("DROP TABLE leftover_probe").update();
        }
    }
}
