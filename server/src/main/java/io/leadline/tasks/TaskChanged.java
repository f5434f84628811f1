package io.leadline.tasks;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A task or appointment created, changed, finished, reopened or deleted, published inside the transaction that did it. */
public record TaskChanged(
        long teamId,
        long taskId,
        long leadId,
        long userId,
        TaskKind kind,
        Change change,
        String content,
        OffsetDateTime dueAt,
        @Nullable OffsetDateTime finishedAt,
        OffsetDateTime at) {

    public enum Change {
        CREATED,
        UPDATED,
        FINISHED,
        REOPENED,
        DELETED
    }
}
