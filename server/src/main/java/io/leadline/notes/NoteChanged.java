package io.leadline.notes;

import java.time.OffsetDateTime;

/** A note added, edited or deleted, published inside the transaction that did it (the timeline records it). */
public record NoteChanged(
        long teamId, long noteId, long timelineId, long leadId, long userId, Change change, String content, boolean pinned,
        OffsetDateTime at) {

    public enum Change {
        ADDED,
        EDITED,
        DELETED
    }
}
