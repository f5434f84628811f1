package io.leadline.timeline;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One row of {@code timeline_entries}; {@code content} is JSON whose shape depends on the type. */
record TimelineEntry(
        long id,
        long teamId,
        long leadId,
        TimelineType type,
        long agentId,
        OffsetDateTime occurredAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Nullable Long fromId,
        @Nullable Integer fromType,
        @Nullable Long toId,
        @Nullable Integer toType,
        @Nullable Long refId,
        boolean sticky,
        String content) {

    /** Party types of fromType/toType, as Lofty numbers them. */
    static final int AGENT = 1;
    static final int STAGE = 3;
    static final int LENDER = 5;
    static final int POND = 6;
    static final int PROPERTY = 10;
}
