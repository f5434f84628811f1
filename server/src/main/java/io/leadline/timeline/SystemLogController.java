package io.leadline.timeline;

import io.leadline.accounts.Member;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code GET /v1.0/systemLogs}: what Leadline did to a lead, newest first. */
@RestController
@Tag(name = "Lead timeline")
class SystemLogController {

    private final SystemLogReads timeline;
    private final EntryContents contents;

    SystemLogController(SystemLogReads timeline, EntryContents contents) {
        this.contents = contents;
        this.timeline = timeline;
    }

    /** Lofty's {@code SystemLogResponse}: the id as a string, times ISO-8601 with offset (UTC). */
    record SystemLog(
            String id, long leadId, long agentId, int timelineType, String timelineTypeDesc, String timelineTime,
            String createTime, String updateTime, long fromId, int fromType, long toId, int toType, String fromFirstName,
            String fromLastName, String toFirstName, String toLastName, long refId, boolean sticky, boolean canSticky,
            JsonNode content) {}

    record SystemLogPageResponse(int hasMore, List<SystemLog> timeLines) {}

    @Operation(summary = "The lead's system log: every change Leadline made to it, newest first")
    @GetMapping("/v1.0/systemLogs")
    SystemLogPageResponse list(
            Caller caller,
            @RequestParam(required = false) @Nullable Long leadId,
            @RequestParam(defaultValue = "-1") long startTime,
            @RequestParam(defaultValue = "-1") long endTime,
            @RequestParam(defaultValue = "0") int pageNumber,
            @RequestParam(defaultValue = "100") int pageSize,
            @RequestParam(defaultValue = "false") boolean withTrash) {
        SystemLogReads.SystemLogPage page = timeline.systemLogs(caller, leadId, startTime, endTime, pageNumber, pageSize, withTrash);
        return new SystemLogPageResponse(page.hasMore() ? 1 : 0,
                page.entries().stream().map(e -> systemLog(e, page.members())).toList());
    }

    private SystemLog systemLog(TimelineEntry e, Map<Long, Member> members) {
        JsonNode content = contents.of(e);
        String[] from = names(e.fromType(), e.fromId(), members, content.path("fromStageName"));
        String[] to = names(e.toType(), e.toId(), members, content.path("toStageName"));
        return new SystemLog(Long.toString(e.id()), e.leadId(), e.agentId(), e.type().code, e.type().desc,
                Times.isoIn(e.occurredAt(), ZoneOffset.UTC), Times.isoIn(e.createdAt(), ZoneOffset.UTC),
                Times.isoIn(e.updatedAt(), ZoneOffset.UTC), orZero(e.fromId()), e.fromType() == null ? 0 : e.fromType(),
                orZero(e.toId()), e.toType() == null ? 0 : e.toType(), from[0], from[1], to[0], to[1], orZero(e.refId()),
                e.sticky(), false, content);
    }

    /** A member's first and last name; a stage's name as the first name; empty for anything else. */
    private static String[] names(@Nullable Integer type, @Nullable Long id, Map<Long, Member> members, JsonNode stageName) {
        if (type != null && type == TimelineEntry.STAGE && stageName.isString()) {
            return new String[] {stageName.asString(), ""};
        }
        Member member = id == null ? null : members.get(id);
        return member == null ? new String[] {"", ""} : new String[] {member.firstName(), member.lastName()};
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
