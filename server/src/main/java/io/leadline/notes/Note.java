package io.leadline.notes;

import java.time.OffsetDateTime;

record Note(
        long id,
        long timelineId,
        long teamId,
        long leadId,
        String content,
        boolean pinned,
        long creatorUserId,
        long lastEditorUserId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean deleted) {}
