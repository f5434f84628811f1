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

    /** A new entry, written {@code now}, of something that happened at {@code occurredAt}: no parties, no reference, not pinned. */
    static TimelineEntry recorded(long id, long teamId, long leadId, TimelineType type, long agentId,
            OffsetDateTime occurredAt, OffsetDateTime now, String content) {
        return new TimelineEntry(id, teamId, leadId, type, agentId, occurredAt, now, now, null, null, null, null, null,
                false, content);
    }

    TimelineEntry pinned(boolean pinned) {
        return new TimelineEntry(id, teamId, leadId, type, agentId, occurredAt, createdAt, updatedAt, fromId, fromType,
                toId, toType, refId, pinned, content);
    }

    /** The record (note, transaction, task, communication) this entry tells of. */
    TimelineEntry referring(long recordId) {
        return new TimelineEntry(id, teamId, leadId, type, agentId, occurredAt, createdAt, updatedAt, fromId, fromType,
                toId, toType, recordId, sticky, content);
    }

    /** A change from one party (an agent, a stage, a pond…, typed as Lofty numbers them) to another. */
    TimelineEntry between(@Nullable Long from, @Nullable Integer fromPartyType, @Nullable Long to,
            @Nullable Integer toPartyType) {
        return new TimelineEntry(id, teamId, leadId, type, agentId, occurredAt, createdAt, updatedAt, from, fromPartyType,
                to, toPartyType, refId, sticky, content);
    }
}
