package io.leadline.merges;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /leadline/v1/duplicates}: the team's sets of leads sharing an email or phone, as the caller sees them. */
@RestController
@Tag(name = "Leadline merges")
class DuplicatesController {

    private final DuplicateSets sets;

    DuplicatesController(DuplicateSets sets) {
        this.sets = sets;
    }

    record Metadata(String collection, long total, int limit, @Nullable String next, @Nullable String sweptAt) {}

    record SetView(long setId, String signal, List<String> matchedBy, List<String> values,
            List<DuplicateSets.Member> leads) {

        static SetView of(String signal, DuplicateSets.DuplicateSet set) {
            return new SetView(set.setId(), signal, List.copyOf(set.keys().keySet()), signal.equals(DuplicateSets.WEAK)
                    ? List.of() : set.keys().values().stream().flatMap(List::stream).toList(), set.leads());
        }
    }

    record DuplicatesResponse(@JsonProperty("_metadata") Metadata metadata, List<SetView> duplicates) {}

    @Operation(summary = "Sets of live leads you see that share an email or phone (or, weak, a name at a street address)")
    @GetMapping("/leadline/v1/duplicates")
    @Transactional(readOnly = true)
    DuplicatesResponse list(Caller caller, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) @Nullable Long after,
            @RequestParam(defaultValue = DuplicateSets.STRONG) String signal) {
        PageSize.field("limit", limit, 100);
        if (!signal.equals(DuplicateSets.STRONG) && !signal.equals(DuplicateSets.WEAK)) {
            throw ApiException.invalidField("signal", "must be strong (a shared email or phone) or weak (the same name at"
                    + " the same street address), not '" + signal + "'");
        }
        DuplicateSets.Page page = sets.page(caller, signal, after, limit);
        String sweptAt = sets.sweptAt(caller.teamId()).map(Times::iso).orElse(null);
        return new DuplicatesResponse(new Metadata("duplicates", sets.total(caller, signal), limit,
                page.next() == null ? null : String.valueOf(page.next()), sweptAt),
                page.sets().stream().map(set -> SetView.of(signal, set)).toList());
    }
}
