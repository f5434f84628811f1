package io.leadline.merges;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    record SetView(String signal, String matchedBy, String value, List<DuplicateSets.Member> leads) {}

    record DuplicatesResponse(@JsonProperty("_metadata") Metadata metadata, List<SetView> duplicates) {}

    @Operation(summary = "Sets of live leads you see that share an email or phone, in pages, with their total")
    @GetMapping("/leadline/v1/duplicates")
    @Transactional(readOnly = true)
    DuplicatesResponse list(Caller caller, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(required = false) @Nullable String after) {
        if (limit < 1 || limit > 100) {
            throw ApiException.invalidField("limit", "must be 1 to 100");
        }
        String[] cursor = after == null ? null : cursor(after);
        List<DuplicateSets.DuplicateSet> page = sets.page(caller, cursor == null ? null : cursor[0],
                cursor == null ? null : cursor[1], limit);
        String next = page.size() < limit ? null : cursorOf(page.getLast());
        String sweptAt = sets.sweptAt(caller.teamId()).map(Times::iso).orElse(null);
        return new DuplicatesResponse(new Metadata("duplicates", sets.total(caller), limit, next, sweptAt),
                page.stream().map(set -> new SetView("strong", set.list(), set.key(), set.leads())).toList());
    }

    private static String cursorOf(DuplicateSets.DuplicateSet set) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((set.list() + "\n" + set.key()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] cursor(String after) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\n", 2);
            if (parts.length == 2 && (parts[0].equals("email") || parts[0].equals("phone"))) {
                return parts;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw ApiException.invalidField("after", "is not a cursor this list gave (_metadata.next)");
    }
}
