package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The count compactor folds every delta into its total and deletes exactly the rows it summed; a second compactor
 * (another node) skips while one is at work. The deltas are written in the test's own transaction, so the server's
 * scheduled compactor cannot see them before the test's compaction does; it rolls back, so the team's totals stay
 * those of its (no) leads for the consistency check after the class.
 */
abstract class LeadCountCompactionTests extends ApiTestBase {

    @Autowired
    LeadCountRepository counts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void compactionFoldsEachKeysDeltasIntoItsTotalAndLeavesNoneBehind() {
        long team = newTeam().teamId();
        transactions.executeWithoutResult(status -> {
            holdCompactorLock();
            for (int delta : new int[] {1, 1, 1, -1}) {
                insertDelta(team, false, delta);
            }
            insertDelta(team, true, 1);
            insertDelta(team, true, -1);
            while (counts.compact(2)) {
                // each full batch of two folds and asks for another round
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_count_deltas WHERE team_id = ?", Long.class, team))
                    .isZero();
            assertThat(total(team, false)).isEqualTo(2);
            assertThat(total(team, true)).isZero();
            status.setRollbackOnly();
        });
    }

    @Test
    void aSecondCompactorSkipsWhileOneIsAtWork() throws Exception {
        transactions.executeWithoutResult(status -> {
            holdCompactorLock();
            try (var executor = Executors.newSingleThreadExecutor()) {
                Future<Boolean> other = executor.submit(() -> transactions.execute(t -> counts.compact(10)));
                assertThat(other.get()).isFalse();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Waits out the server's own compactor, if it is at work, and keeps it out until the test's transaction ends. */
    private void holdCompactorLock() {
        jdbc.queryForList("SELECT id FROM lead_count_compactor WHERE id = 1 FOR UPDATE");
    }

    private void insertDelta(long team, boolean hidden, int delta) {
        jdbc.update("""
                INSERT INTO lead_count_deltas (team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, delta)
                VALUES (?, NULL, NULL, ?, 'PERSONAL', NULL, ?)""", team, hidden, delta);
    }

    private long total(long team, boolean hidden) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(lead_count), 0) FROM lead_counts
                WHERE team_id = ? AND stage_id IS NULL AND assigned_user_id IS NULL AND hidden = ?
                  AND ownership_scope = 'PERSONAL' AND ownership_id IS NULL""", Long.class, team, hidden);
    }
}
