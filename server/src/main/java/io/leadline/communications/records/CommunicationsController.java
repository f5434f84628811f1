package io.leadline.communications.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.communications.Channel;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.ListMetadata;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's communication history, call records and agent searches. */
@RestController
@Tag(name = "Communication")
class CommunicationsController {

    private final CommunicationReads reads;

    CommunicationsController(CommunicationReads reads) {
        this.reads = reads;
    }

    record Calls(List<CommunicationResponses.CallResponse> calls) {}

    record CallHistories(List<CommunicationResponses.CallHistory> calls) {}

    record Emails(List<CommunicationResponses.EmailResponse> emails) {}

    record Texts(List<CommunicationResponses.TextResponse> texts) {}

    @Operation(summary = "A lead's calls, newest first (offset/limit, or after currentId)")
    @GetMapping("/v1.0/communication/call")
    Calls calls(Caller caller, @RequestParam long leadId, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit, @RequestParam(required = false) @Nullable Long currentId) {
        return new Calls(page(caller, leadId, Channel.CALL, offset, limit, currentId).stream().map(CommunicationResponses::call).toList());
    }

    @Operation(summary = "A lead's calls in the short v2 shape, newest first")
    @GetMapping("/v1.0/communication/call/v2")
    CallHistories callHistory(Caller caller, @RequestParam long leadId, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit, @RequestParam(required = false) @Nullable Long currentId) {
        return new CallHistories(page(caller, leadId, Channel.CALL, offset, limit, currentId).stream()
                .map(CommunicationResponses::callHistory).toList());
    }

    @Operation(summary = "A lead's emails, newest first")
    @GetMapping("/v1.0/communication/email")
    Emails emails(Caller caller, @RequestParam long leadId, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit, @RequestParam(required = false) @Nullable Long currentId) {
        return new Emails(page(caller, leadId, Channel.EMAIL, offset, limit, currentId).stream().map(CommunicationResponses::email).toList());
    }

    @Operation(summary = "A lead's texts, newest first")
    @GetMapping("/v1.0/communication/text")
    Texts texts(Caller caller, @RequestParam long leadId, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit, @RequestParam(required = false) @Nullable Long currentId) {
        return new Texts(page(caller, leadId, Channel.TEXT, offset, limit, currentId).stream().map(CommunicationResponses::text).toList());
    }

    @Operation(summary = "One call (400/20017 when it is not one the caller may see)")
    @GetMapping("/v2.0/communication/call/{communicationId}")
    CommunicationResponses.CallResponse call(Caller caller, @PathVariable long communicationId) {
        return CommunicationResponses.call(reads.one(caller, communicationId, Channel.CALL, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST));
    }

    @Operation(summary = "One email (400/20017 when it is not one the caller may see)")
    @GetMapping("/v2.0/communication/email/{communicationId}")
    CommunicationResponses.EmailResponse email(Caller caller, @PathVariable long communicationId) {
        return CommunicationResponses.email(reads.one(caller, communicationId, Channel.EMAIL, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST));
    }

    @Operation(summary = "One text (400/20017 when it is not one the caller may see)")
    @GetMapping("/v2.0/communication/text/{communicationId}")
    CommunicationResponses.TextResponse text(Caller caller, @PathVariable long communicationId) {
        return CommunicationResponses.text(reads.one(caller, communicationId, Channel.TEXT, ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST));
    }

    record CallPage(@JsonProperty("_metadata") ListMetadata metadata, List<CommunicationResponses.CallResponse> calls) {}

    @Operation(summary = "A lead's call records with paging metadata")
    @GetMapping("/v1.0/calls")
    CallPage callRecords(Caller caller, @RequestParam long leadId, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit) {
        CommunicationReads.LeadPage page = reads.forLead(caller, leadId, Channel.CALL, offset, limit, null);
        return new CallPage(new ListMetadata("calls", limit, offset, page.total(), null),
                page.entries().stream().map(CommunicationResponses::call).toList());
    }

    record CallDetail(CommunicationResponses.CallResponse calls) {}

    @Operation(summary = "One call record → {\"calls\": {…}}")
    @GetMapping("/v1.0/calls/{callId}")
    CallDetail callRecord(Caller caller, @PathVariable long callId) {
        return new CallDetail(CommunicationResponses.call(reads.one(caller, callId, Channel.CALL, ErrorCode.RESOURCE_NOT_EXIST)));
    }

    record RecordingUrl(long id, String url) {}

    record CallUrl(RecordingUrl calls) {}

    @Operation(summary = "The call's recording URL as recorded (\"\" when there is none)")
    @GetMapping("/v1.0/call/url/{callId}")
    CallUrl recording(Caller caller, @PathVariable long callId) {
        Communication call = reads.one(caller, callId, Channel.CALL, ErrorCode.RESOURCE_NOT_EXIST);
        return new CallUrl(new RecordingUrl(call.id(), call.recordingUrl() == null ? "" : call.recordingUrl()));
    }

    /** Lofty's {@code CommunicationRequest}. */
    record SearchRequest(@Nullable String type, @Nullable Long startTime, @Nullable Long endTime, @Nullable Integer offset,
            @Nullable Integer limit, @Nullable Boolean teamView) {}

    /** Lofty's {@code PageResult}. */
    record PageResult(int offset, int limit, List<CommunicationResponses.CommunicationResponse> pageData, boolean hasMore) {}

    @Operation(summary = "The caller's (or, for owners and admins, the team's) communications in a window of up to 24 hours")
    @PostMapping("/v1.0/agent/communication")
    PageResult search(Caller caller, @RequestBody SearchRequest r) {
        int offset = r.offset() == null ? 0 : r.offset();
        int limit = r.limit() == null ? 10 : r.limit();
        CommunicationReads.SearchPage page = reads.search(caller, r.type(), r.startTime(), r.endTime(),
                Boolean.TRUE.equals(r.teamView()), Duration.ofHours(24), offset, limit, null);
        return new PageResult(offset, limit, page.entries().stream().map(CommunicationResponses::entry).toList(), page.hasMore());
    }

    /** Lofty's {@code CommunicationCursorPage}. */
    record CursorPage(List<CommunicationResponses.CommunicationResponse> data, @Nullable String nextCursor, boolean hasMore, int limit,
            long totalCount) {}

    @Operation(summary = "The caller's (or the team's) communications in a window of up to 90 days, by cursor")
    @GetMapping("/v2.0/communication/agent")
    CursorPage searchV2(Caller caller, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Long startTime, @RequestParam(required = false) @Nullable Long endTime,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "false") boolean teamView) {
        CommunicationReads.SearchPage page = reads.search(caller, type, startTime, endTime, teamView, Duration.ofDays(90), 0, limit,
                cursor);
        return new CursorPage(page.entries().stream().map(CommunicationResponses::entry).toList(), page.nextCursor(), page.hasMore(),
                limit, page.total());
    }

    private List<Communication> page(Caller caller, long leadId, Channel channel, long offset, int limit, @Nullable Long currentId) {
        return reads.forLead(caller, leadId, channel, offset, limit, currentId).entries();
    }
}
