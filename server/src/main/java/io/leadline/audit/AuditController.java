package io.leadline.audit;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's access audit: {@code /leadline/v1/audit}, for the team's owners. */
@RestController
@Tag(name = "Leadline audit")
class AuditController {

    private final AuditRepository audit;

    AuditController(AuditRepository audit) {
        this.audit = audit;
    }

    record EntryView(long id, String action, @Nullable Long leadId, long userId, long credentialId, String credentialName,
            @Nullable String detail, String at) {}

    record AuditResponse(List<EntryView> entries, @Nullable Long next) {}

    @Operation(summary = "Who read a lead's full record or exported leads, and when: by lead and/or member, in pages")
    @GetMapping("/leadline/v1/audit")
    AuditResponse entries(Caller caller, @RequestParam(required = false) @Nullable Long leadId,
            @RequestParam(required = false) @Nullable Long userId, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        if (!"OWNER".equals(caller.role())) {
            throw ApiException.permissionDenied("only the team's owner reads the access audit");
        }
        if (leadId == null && userId == null) {
            throw ApiException.invalidField("leadId", "or userId is required: whose accesses to list");
        }
        PageSize.lofty("limit", limit, 1000);
        List<EntryView> entries = audit.find(caller.teamId(), leadId, userId, after, limit).stream()
                .map(entry -> new EntryView(entry.id(), entry.action(), entry.leadId(), entry.userId(), entry.credentialId(),
                        entry.credentialName(), entry.detail(), String.valueOf(Times.iso(entry.at()))))
                .toList();
        return new AuditResponse(entries, entries.size() == limit ? entries.getLast().id() : null);
    }
}
