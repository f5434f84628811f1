package io.leadline.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Manual logs: calls, emails and texts an agent had outside Leadline ({@code /v1.0/logType}). */
@RestController
@Tag(name = "Lead timeline")
class ManualLogController {

    private final ManualLogs timeline;
    private final EntryContents contents;

    ManualLogController(ManualLogs timeline, EntryContents contents) {
        this.contents = contents;
        this.timeline = timeline;
    }

    /** Lofty's {@code LogTypeResponse}: createTime 'yyyy-MM-dd HH:mm:ss' in UTC; channel fields null on other channels. */
    record LogTypeResponse(
            long id, long leadId, @Nullable String leadPhoneNumber, @Nullable String callingOutcome, @Nullable String content,
            String createTime, @Nullable String outboundOrInbound, @JsonProperty("isPin") boolean isPin, long agentId,
            @Nullable String emailSubject, @Nullable String toEmail, @Nullable String fromEmail) {}

    record LogTypeSingleResponse(LogTypeResponse logType) {}

    record LogTypeListResponse(List<LogTypeResponse> logType) {}

    @Operation(summary = "Log a call, email or text (logCall, logEmail, logText); moves the lead's last call/email/contact")
    @PostMapping("/v1.0/logType")
    LogTypeSingleResponse add(Caller caller, @RequestBody JsonNode body) {
        return new LogTypeSingleResponse(response(timeline.addManualLog(caller, TimelineInput.manualLog(body))));
    }

    @Operation(summary = "A lead's manual logs of one channel, by offset and limit or from a cursor (currentId)")
    @GetMapping("/v1.0/logType")
    LogTypeListResponse list(
            Caller caller,
            @RequestParam(required = false) @Nullable Long leadId,
            @RequestParam(required = false) @Nullable String logType,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(defaultValue = "0") long currentId,
            @RequestParam(defaultValue = "createTime") String sort,
            @RequestParam(defaultValue = "asc") String order,
            @RequestParam(defaultValue = "false") boolean withTrash) {
        List<TimelineEntry> found = timeline.manualLogs(caller,
                new ManualLogs.ManualLogQuery(leadId, logType, offset, limit, currentId, sort, order, withTrash));
        return new LogTypeListResponse(found.stream().map(this::response).toList());
    }

    @Operation(summary = "One manual log")
    @GetMapping("/v1.0/logType/{logTypeId}")
    LogTypeSingleResponse get(Caller caller, @PathVariable long logTypeId) {
        return new LogTypeSingleResponse(response(timeline.manualLog(caller, logTypeId)));
    }

    @Operation(summary = "Delete a manual log (empty body)")
    @DeleteMapping("/v1.0/logType/{logTypeId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable long logTypeId) {
        timeline.deleteManualLog(caller, logTypeId);
        return ResponseEntity.ok().build();
    }

    private LogTypeResponse response(TimelineEntry e) {
        JsonNode c = contents.of(e);
        return new LogTypeResponse(e.id(), e.leadId(), EntryContents.text(c, "leadPhoneNumber"),
                EntryContents.text(c, "callingOutcome"), EntryContents.text(c, "content"), Times.plainUtc(e.occurredAt()),
                EntryContents.text(c, "outboundOrInbound"), e.sticky(), e.agentId(), EntryContents.text(c, "emailSubject"),
                EntryContents.text(c, "toEmail"), EntryContents.text(c, "fromEmail"));
    }
}
