package io.leadline.sandbox.journal;

import io.leadline.sandbox.IsoValues;
import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What clients sent and got, newest first, filtered the way a test asserts on it. */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX + "/journal")
class JournalController {

    static final int DEFAULT_LIMIT = 100;

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    record EntryView(
            long id, String at, String method, String path, @Nullable String query, @Nullable String credential,
            @Nullable Long credentialId, @Nullable String requestContentType, @Nullable String requestBody,
            boolean requestBodyTruncated, int status, @Nullable String responseContentType, @Nullable String responseBody,
            boolean responseBodyTruncated, long latencyMs) {

        static EntryView of(JournalEntry e) {
            return new EntryView(e.id(), Times.iso(e.at().atOffset(ZoneOffset.UTC)), e.method(), e.path(), e.query(),
                    e.credential(), e.credentialId(), e.requestContentType(), e.requestBody(), e.requestBodyTruncated(),
                    e.status(), e.responseContentType(), e.responseBody(), e.responseBodyTruncated(), e.latencyMs());
        }
    }

    record JournalPage(List<EntryView> entries, int held) {}

    @Operation(summary = "Recorded requests and responses, newest first; filters: path (pattern), method, status"
            + " (200 or 4xx), credential (the key's name), since, until, limit (sandbox)")
    @GetMapping
    JournalPage entries(Caller caller,
            @RequestParam(required = false) @Nullable String path,
            @RequestParam(required = false) @Nullable String method,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String credential,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable Integer limit) {
        SandboxAccess.requireAdministrator(caller);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1) {
            throw ApiException.invalidField("limit", "must be 1 or more, not " + size);
        }
        Predicate<JournalEntry> matching = JournalQuery.of(path, method, status, credential, time("since", since), time("until", until));
        return new JournalPage(journal.newest(matching, size).stream().map(EntryView::of).toList(), journal.size());
    }

    @Operation(summary = "Empty the journal (sandbox)")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        journal.clear();
    }

    private static @Nullable Instant time(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return IsoValues.time(field, text);
    }
}
