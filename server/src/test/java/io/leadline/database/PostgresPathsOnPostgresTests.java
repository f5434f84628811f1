package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnPostgres;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the server does only on PostgreSQL: its sessions' settings, held inserts sent as COPY, transaction settings. */
@OnPostgres
class PostgresPathsOnPostgresTests extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HeldInserts held;
    @Autowired
    TransactionSettings transactionSettings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void sessionsStartNoParallelWorkers() {
        assertThat(jdbc.sql("SHOW max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
    }

    @Test
    void heldInsertsSentTogetherStoreEveryValueExactly() {
        String awkward = "tab\there, line\r\nbreak, back\\slash, \\N, quote \" and é";
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 4, 9, 30, 15, 123_000_000, ZoneOffset.ofHours(-5));
        List<Map<String, Object>> rows = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("CREATE TEMPORARY TABLE held_probe (id BIGINT PRIMARY KEY, content VARCHAR(200), flag BOOLEAN,"
                    + " at TIMESTAMP WITH TIME ZONE) ON COMMIT DROP").update();
            transactionSettings.unflushedCommit();
            transactionSettings.lockWaitsAtMost(java.time.Duration.ofMillis(1500));
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("off");
            assertThat(jdbc.sql("SHOW lock_timeout").query(String.class).single()).isEqualTo("1500ms");
            held.holding(() -> {
                held.insert("INSERT INTO held_probe (id, content, flag, at) VALUES (:id, :content, :flag, :at)",
                        new MapSqlParameterSource(Map.of("id", 1L, "content", awkward, "flag", true, "at", at)),
                        new MapSqlParameterSource("id", 2L).addValue("content", null).addValue("flag", false).addValue("at", null));
                return null;
            });
            return jdbc.sql("SELECT id, content, flag, at = :at AS same_time FROM held_probe ORDER BY id")
                    .param("at", at).query().listOfRows();
        });
        assertThat(rows.get(0)).containsEntry("content", awkward).containsEntry("flag", true).containsEntry("same_time", true);
        assertThat(rows.get(1)).containsEntry("content", null).containsEntry("flag", false).containsEntry("same_time", null);
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).as("for that transaction only").isEqualTo("on");
        assertThat(jdbc.sql("SHOW lock_timeout").query(String.class).single()).isEqualTo("0");
    }

    @Test
    void heldInsertsSentWithPausesGoInShortStatementsEachAfterAPause() {
        java.util.concurrent.atomic.AtomicInteger pauses = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> counts = new java.util.ArrayList<>();
        long stored = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("CREATE TEMPORARY TABLE paused_probe (id BIGINT PRIMARY KEY) ON COMMIT DROP").update();
            held.holding(() -> {
                for (long id = 1; id <= 250; id++) {
                    held.insert("INSERT INTO paused_probe (id) VALUES (:id)", new MapSqlParameterSource("id", id));
                }
                return null;
            }, () -> {
                pauses.incrementAndGet();
                counts.add(jdbc.sql("SELECT COUNT(*) FROM paused_probe").query(Long.class).single());
            });
            return jdbc.sql("SELECT COUNT(*) FROM paused_probe").query(Long.class).single();
        });
        assertThat(stored).isEqualTo(250);
        assertThat(pauses.get()).isEqualTo(3);
        assertThat(counts).as("rows stored before each pause").containsExactly(0L, 100L, 200L);
    }
}
