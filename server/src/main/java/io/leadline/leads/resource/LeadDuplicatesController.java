package io.leadline.leads.resource;

import io.leadline.leads.DuplicateLead;
import io.leadline.leads.LeadDuplicates;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's duplicates of a lead: {@code /leadline/v1/leads/{leadId}/duplicates}. */
@RestController
@Tag(name = "Leadline leads")
class LeadDuplicatesController {

    private final LeadDuplicates duplicates;

    LeadDuplicatesController(LeadDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    record DuplicateView(long leadId, String firstName, @Nullable String lastName, String createTime, List<String> matchedBy,
            String signal) {}

    record DuplicatesResponse(List<DuplicateView> duplicates) {}

    @Operation(summary = "The live leads you see that may be the same person: sharing an email or phone (strong), or"
            + " only the name at the same street address (weak); oldest first")
    @GetMapping("/leadline/v1/leads/{leadId}/duplicates")
    DuplicatesResponse duplicates(Caller caller, @PathVariable long leadId) {
        return new DuplicatesResponse(duplicates.of(caller, leadId).stream().map(LeadDuplicatesController::view).toList());
    }

    private static DuplicateView view(DuplicateLead lead) {
        return new DuplicateView(lead.leadId(), lead.firstName(), lead.lastName(), String.valueOf(Times.iso(lead.createdAt())),
                lead.matchedBy(), lead.signal());
    }
}
