package io.leadline.merges;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.leads.LeadsCombined;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 31: a merge is undone only once, and only within its time. */
class MergeUndoWindowTests {

    private static final OffsetDateTime MERGED_AT = OffsetDateTime.parse("2026-12-01T10:00:00Z");
    private static final Duration WITHIN = Duration.ofDays(30);

    private final Merge merge = new Merge(7, 1, 100, List.of(101L), new LeadsCombined(Map.of(), Map.of(), List.of(),
            Map.of(), MERGED_AT, null, null, null, null), Map.of(), 5, MERGED_AT, null);

    @Test
    void aMergeIsUndoableUntilItsTimeRunsOut() {
        assertThat(merge.notUndoable(MERGED_AT.plus(WITHIN), WITHIN)).as("the last moment").isEmpty();
        assertThat(merge.notUndoable(MERGED_AT.plus(WITHIN).plusNanos(1_000_000), WITHIN)).get().asString()
                .contains("can no longer be undone").contains("ended at 2026-12-31T10:00:00").contains("leadline.merges.undo-within");
    }

    @Test
    void anUndoneMergeIsNotUndoneAgain() {
        assertThat(merge.undone(MERGED_AT.plusHours(1)).notUndoable(MERGED_AT.plusHours(2), WITHIN)).get().asString()
                .contains("already undone");
    }
}
