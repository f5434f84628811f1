package io.leadline.imports;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Leadline's import jobs: {@code /leadline/v1/imports}. */
@RestController
@Tag(name = "Leadline imports")
class ImportController {

    private final ImportService imports;
    private final JsonMapper json;
    private final Clock clock;

    ImportController(ImportService imports, JsonMapper json, Clock clock) {
        this.imports = imports;
        this.json = json;
        this.clock = clock;
    }

    record ImportIdResponse(long importId) {}

    /**
     * A job as reported: its choices, state, counts, speed and, while it runs, when it should end. {@code expectedRows}
     * is an estimate from the file's lines (a CSV field holding a line break makes it high) until all are read.
     */
    record ImportView(long importId, String state, String format, @Nullable String mapping, String duplicates,
            boolean dryRun, boolean routing, boolean webhooks, boolean webhookSummary, long fileBytes, long expectedRows, long rowsRead, long created,
            long updated,
            long skipped, long failed, double rowsPerSecond, @Nullable String estimatedFinish, @Nullable String failure,
            String createdAt, @Nullable String startedAt, @Nullable String finishedAt) {}

    record ImportResponse(@JsonProperty("import") ImportView job) {}

    record ImportsResponse(List<ImportView> imports) {}

    record ErrorsResponse(List<ImportJobs.RowError> errors) {}

    record MappingResponse(String mapping) {}

    private static final java.util.Set<String> WEBHOOK_CHOICES = java.util.Set.of("none", "false", "each", "true", "summary");

    @Operation(summary = "Start importing a CSV or JSON Lines file (the request body, or its part named 'file' in a multipart upload)"
            + " → {\"importId\"}; the job runs in the background")
    @PostMapping("/leadline/v1/imports")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportIdResponse start(Caller caller, HttpServletRequest request,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable String mapping,
            @RequestParam(defaultValue = "skip") String duplicates,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean routing,
            @RequestParam(defaultValue = "none") String webhooks) throws IOException {
        String announced = webhooks.trim().toLowerCase(java.util.Locale.ROOT);
        if (!WEBHOOK_CHOICES.contains(announced)) {
            throw ApiException.invalidField("webhooks", "must be none (or false), each (or true: every lead's events,"
                    + " as the API's creates send them) or summary (one event on list 101 when the job ends), not '"
                    + webhooks + "'");
        }
        boolean each = announced.equals("each") || announced.equals("true");
        return new ImportIdResponse(imports.start(caller,
                new ImportService.Start(format, mapping, duplicates, dryRun, routing, each, announced.equals("summary")),
                request.getInputStream(), request.getContentType()));
    }

    @Operation(summary = "The team's imports, newest first (at most 100)")
    @GetMapping("/leadline/v1/imports")
    ImportsResponse list(Caller caller) {
        return new ImportsResponse(imports.jobs(caller).stream().map(this::view).toList());
    }

    @Operation(summary = "One import: state, rows read, created, updated, skipped, failed, rows per second, estimated finish")
    @GetMapping("/leadline/v1/imports/{importId}")
    ImportResponse get(Caller caller, @PathVariable long importId) {
        return new ImportResponse(view(imports.job(caller, importId)));
    }

    @Operation(summary = "An import's rejected rows: line, code and the error the API would give, after line 'after'")
    @GetMapping("/leadline/v1/imports/{importId}/errors")
    ErrorsResponse errors(Caller caller, @PathVariable long importId, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        PageSize.lofty("limit", limit, 1000);
        return new ErrorsResponse(imports.errors(caller, importId, after, limit));
    }

    @Operation(summary = "Cancel an import that has not finished; what it wrote stays")
    @PostMapping("/leadline/v1/imports/{importId}/cancel")
    ImportResponse cancel(Caller caller, @PathVariable long importId) {
        return new ImportResponse(view(imports.cancel(caller, importId)));
    }

    @Operation(summary = "Keep a column mapping for the team under a name (docs/imports.md)")
    @PutMapping("/leadline/v1/imports/mappings/{name}")
    MappingResponse putMapping(Caller caller, @PathVariable String name, @RequestBody JsonNode mapping) {
        return new MappingResponse(imports.putMapping(caller, name, mapping).name());
    }

    private ImportView view(ImportJob job) {
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime end = job.finishedAt() != null ? job.finishedAt() : now;
        double seconds = job.startedAt() == null ? 0 : Duration.between(job.startedAt(), end).toMillis() / 1000.0;
        double rate = seconds <= 0 ? 0 : job.rowsRead() / seconds;
        long expectedRows = Math.max(job.rowsRead(), job.fileLines() - (job.format().equals("csv") ? 1 : 0));
        String estimate = job.finished() || rate <= 0 ? null
                : Times.iso(now.plusNanos((long) ((expectedRows - job.rowsRead()) / rate * 1e9)));
        String created = String.valueOf(Times.iso(job.createdAt()));
        String mappingName = job.mapping() == null ? null : json.readTree(job.mapping()).path("name").asString(null);
        return new ImportView(job.id(), job.state(), job.format(), mappingName, job.duplicates(), job.dryRun(),
                job.routing(), job.webhooks(), job.webhookSummary(), job.fileBytes(), expectedRows, job.rowsRead(), job.created(), job.updated(),
                job.skipped(), job.failed(), Math.round(rate * 10) / 10.0, estimate, job.failure(),
                created, Times.iso(job.startedAt()), Times.iso(job.finishedAt()));
    }
}
