package io.leadline.merges;

import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's merges: {@code /leadline/v1/leads/{id}/merge} and {@code /leadline/v1/merges/{id}}. */
@RestController
@Tag(name = "Leadline merges")
class MergeController {

    private final MergeService merges;

    MergeController(MergeService merges) {
        this.merges = merges;
    }

    /** The leads to merge into the one in the path. */
    record MergeRequest(@Nullable List<Long> from) {}

    record MergeView(long mergeId, long survivorId, List<Long> merged, Map<String, Integer> moved, long mergedBy,
            String mergedAt, String undoUntil, @Nullable String undoneAt) {}

    @Operation(summary = "Merge leads into this one: blanks filled, lists and tags joined, their records moved, them trashed")
    @PostMapping("/leadline/v1/leads/{leadId}/merge")
    MergeView mergeLeads(Caller caller, @PathVariable long leadId, @RequestBody(required = false) @Nullable MergeRequest request) {
        return view(merges.merge(caller, leadId, request == null ? null : request.from()));
    }

    @Operation(summary = "A merge: its survivor, the leads merged, the records moved, until when it can be undone")
    @GetMapping("/leadline/v1/merges/{mergeId}")
    MergeView mergeRecord(Caller caller, @PathVariable long mergeId) {
        return view(merges.find(caller, mergeId));
    }

    @Operation(summary = "Undo a merge: the merged leads back from the trash, their records moved back, the survivor as before")
    @PostMapping("/leadline/v1/merges/{mergeId}/undo")
    MergeView undoMerge(Caller caller, @PathVariable long mergeId) {
        return view(merges.undo(caller, mergeId));
    }

    private MergeView view(Merge merge) {
        return new MergeView(merge.id(), merge.survivorId(), merge.mergedIds(), merge.movedCounts(), merge.mergedBy(),
                Times.iso(merge.mergedAt()), Times.iso(merges.undoUntil(merge)),
                merge.undoneAt() == null ? null : Times.iso(merge.undoneAt()));
    }
}
