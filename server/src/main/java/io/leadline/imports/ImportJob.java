package io.leadline.imports;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One import job as stored: its choices, state, checkpoint ({@code rowsRead}) and counts. */
record ImportJob(long id, long teamId, long createdBy, String format, @Nullable String mapping, String duplicates,
        boolean dryRun, boolean routing, boolean webhooks, boolean webhookSummary, String state, long fileBytes, long fileLines, long rowsRead, long created,
        long updated, long skipped, long failed, @Nullable String failure, OffsetDateTime createdAt,
        @Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt) {

    boolean finished() {
        return state.equals("completed") || state.equals("failed") || state.equals("cancelled");
    }
}
