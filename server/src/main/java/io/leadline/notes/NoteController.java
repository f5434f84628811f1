package io.leadline.notes;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.accounts.Member;
import io.leadline.idempotency.IdempotentCreates;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notes")
class NoteController {

    private final NoteService notes;

    private final IdempotentCreates idempotent;

    NoteController(NoteService notes, IdempotentCreates idempotent) {
        this.notes = notes;
        this.idempotent = idempotent;
    }

    record NoteRequest(@Nullable Long leadId, @Nullable String content, @JsonProperty("isPin") @Nullable Boolean isPin) {}

    record NoteIdResponse(long noteId) {}

    record NoteResponse(
            long id,
            long noteId,
            long creatorId,
            long leadId,
            String createTime,
            boolean deleteFlag,
            String content,
            String lastUpdate,
            long lastEditorId,
            @Nullable String creatorName,
            @Nullable String lastEditorName,
            @JsonProperty("isPin") boolean isPin,
            boolean systemNote) {

        static NoteResponse of(NoteService.NoteView view) {
            Note n = view.note();
            return new NoteResponse(
                    n.timelineId(), n.id(), n.creatorUserId(), n.leadId(),
                    Times.plainUtc(n.createdAt()), n.deleted(), n.content(),
                    Times.plainUtc(n.updatedAt()), n.lastEditorUserId(),
                    name(view.creator()), name(view.lastEditor()), n.pinned(), false);
        }

        private static @Nullable String name(@Nullable Member member) {
            return member == null ? null : member.fullName();
        }
    }

    record NotesResponse(List<NoteResponse> notes) {}

    record NoteEnvelope(NoteResponse note) {}

    @Operation(summary = "Add a note to a lead; answers {\"noteId\": …}")
    @PostMapping("/v1.0/notes")
    NoteIdResponse create(
            Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody NoteRequest request) {
        return new NoteIdResponse(idempotent.run(caller, idempotencyKey, "note", "", request,
                () -> notes.create(caller, request.leadId(), request.content(), request.isPin())));
    }

    /** There are no system notes in Leadline, so includeSystemNote changes nothing. */
    @Operation(summary = "A lead's notes, pinned first, then newest first")
    @GetMapping("/v1.0/notes")
    NotesResponse list(
            Caller caller,
            @RequestParam long leadId,
            @RequestParam(defaultValue = "false") boolean includeSystemNote) {
        return new NotesResponse(notes.listForLead(caller, leadId).stream().map(NoteResponse::of).toList());
    }

    @Operation(summary = "One note under {\"note\": …}")
    @GetMapping("/v1.0/notes/{noteId}")
    NoteEnvelope get(Caller caller, @PathVariable long noteId) {
        return new NoteEnvelope(NoteResponse.of(notes.get(caller, noteId)));
    }

    @Operation(summary = "Change a note's content and pin; answers an empty body")
    @PutMapping("/v1.0/notes/{noteId}")
    ResponseEntity<Void> update(Caller caller, @PathVariable long noteId, @RequestBody NoteRequest request) {
        notes.update(caller, noteId, request.leadId(), request.content(), request.isPin());
        return ResponseEntity.ok().build();
    }

    @Operation(summary = "Delete a note; answers an empty body")
    @DeleteMapping("/v1.0/notes/{noteId}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable long noteId) {
        notes.delete(caller, noteId);
        return ResponseEntity.ok().build();
    }
}
