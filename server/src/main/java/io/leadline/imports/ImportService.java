package io.leadline.imports;

import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts import jobs and answers for them. A job starts with its whole file stored (in chunks, in the same transaction
 * as the job, so a broken upload leaves nothing) and, for CSV, its header checked against the mapping; it then waits
 * for a node's {@link ImportRunner}. Only the team's owner and admins import.
 */
@Service
class ImportService {

    static final Set<String> FORMATS = Set.of("csv", "jsonl");
    static final Set<String> DUPLICATES = Set.of("skip", "update", "create");

    private final ImportJobs jobs;
    private final ShippedMappings shipped;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;
    private final long maxFileBytes;
    private final ImportSummaries summaries;

    ImportService(ImportJobs jobs, ShippedMappings shipped, IdGenerator ids, JsonMapper json, Clock clock,
            @Value("${leadline.imports.max-file-bytes:4294967296}") long maxFileBytes, ImportSummaries summaries) {
        this.jobs = jobs;
        this.shipped = shipped;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
        this.summaries = summaries;
    }

    /** What {@code POST /leadline/v1/imports} asks for. */
    record Start(String format, @Nullable String mapping, String duplicates, boolean dryRun, boolean routing,
            boolean webhooks, boolean webhookSummary) {}

    @Transactional
    long start(Caller caller, Start request, InputStream body, @Nullable String contentType) {
        caller.requireManagesTeam("imports leads");
        if (!FORMATS.contains(request.format())) {
            throw ApiException.invalidField("format", "must be csv or jsonl, not '" + request.format() + "'");
        }
        if (!DUPLICATES.contains(request.duplicates())) {
            throw ApiException.invalidField("duplicates", "must be skip, update or create, not '" + request.duplicates() + "'");
        }
        JsonNode document = request.mapping() == null ? null : mappingDocument(caller.teamId(), request.mapping());
        ImportMapping mapping = document == null ? null : ImportMapping.read(document);
        if (mapping == null && request.format().equals("csv")) {
            throw ApiException.invalidField("mapping", "is required for CSV: leadline, hubspot, salesforce or one of the"
                    + " team's own (PUT /leadline/v1/imports/mappings/{name})");
        }
        OffsetDateTime now = Times.now(clock);
        long id = ids.nextId();
        jobs.insert(new ImportJob(id, caller.teamId(), caller.userId(), request.format(),
                document == null ? null : json.writeValueAsString(document),
                request.duplicates(), request.dryRun(), request.routing(), request.webhooks(), request.webhookSummary(), "queued", 0, 0, 0, 0, 0, 0,
                0, null, now, null, null));
        store(id, fileOf(body, contentType));
        if (request.format().equals("csv")) {
            try (RowSource header = RowSource.open("csv", jobs.file(id), mapping, json, java.time.ZoneOffset.UTC)) {
                // opening it reads the header and checks it against the mapping
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return id;
    }

    /** The request's body is the file, or holds it as the file part of a multipart upload. */
    private static InputStream fileOf(InputStream body, @Nullable String contentType) {
        if (contentType == null || !MultipartUpload.isMultipart(contentType)) {
            return body;
        }
        try {
            return MultipartUpload.filePart(body, contentType);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void store(long id, InputStream file) {
        byte[] chunk = new byte[ImportJobs.CHUNK_BYTES];
        long bytes = 0;
        long lines = 0;
        int seq = 0;
        try {
            int filled;
            while ((filled = file.readNBytes(chunk, 0, chunk.length)) > 0) {
                bytes += filled;
                if (bytes > maxFileBytes) {
                    throw new ApiException(ErrorCode.BODY_TOO_LARGE, "An import file must be at most " + maxFileBytes + " bytes");
                }
                for (int i = 0; i < filled; i++) {
                    if (chunk[i] == '\n') {
                        lines++;
                    }
                }
                jobs.insertChunk(id, seq++, java.util.Arrays.copyOf(chunk, filled));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (bytes == 0) {
            throw ApiException.invalidField("file", "is empty: send the file as the request body");
        }
        jobs.setFileSize(id, bytes, lines);
    }

    @Transactional(readOnly = true)
    ImportJob job(Caller caller, long importId) {
        caller.requireManagesTeam("imports leads");
        return jobs.find(caller.teamId(), importId).orElseThrow(() -> notFound(importId));
    }

    @Transactional(readOnly = true)
    List<ImportJob> jobs(Caller caller) {
        caller.requireManagesTeam("imports leads");
        return jobs.ofTeam(caller.teamId(), 100);
    }

    @Transactional(readOnly = true)
    List<ImportJobs.RowError> errors(Caller caller, long importId, long afterLine, int limit) {
        job(caller, importId);
        return jobs.errors(importId, afterLine, limit);
    }

    @Transactional
    ImportJob cancel(Caller caller, long importId) {
        ImportJob job = job(caller, importId);
        OffsetDateTime now = Times.now(clock);
        boolean cancelledNow = jobs.cancel(caller.teamId(), importId, now);
        if (!cancelledNow && !job.state().equals("cancelled")) {
            throw ApiException.conflict("import " + importId + " has already " + job.state());
        }
        jobs.dropFile(importId);
        if (cancelledNow) {
            summaries.ended(caller.teamId(), importId, now);
        }
        return job(caller, importId);
    }

    /** Checks a mapping document and keeps it for the team under its name. */
    @Transactional
    ImportMapping putMapping(Caller caller, String name, JsonNode document) {
        caller.requireManagesTeam("imports leads");
        ImportMapping mapping = ImportMapping.read(document);
        if (!mapping.name().equals(name)) {
            throw ApiException.invalidField("mapping.name", "must be the name in the path, '" + name + "'");
        }
        if (shipped.names().contains(name)) {
            throw ApiException.conflict("'" + name + "' is a mapping the server ships; give the team's own another name");
        }
        jobs.putTeamMapping(caller.teamId(), name, json.writeValueAsString(document), Times.now(clock));
        return mapping;
    }

    private JsonNode mappingDocument(long teamId, @Nullable String name) {
        if (name == null) {
            throw ApiException.missingField("mapping");
        }
        JsonNode document = shipped.document(name);
        if (document != null) {
            return document;
        }
        String own = jobs.teamMapping(teamId, name).orElseThrow(() -> ApiException.invalidField("mapping",
                "names no mapping: '" + name + "' (shipped: " + String.join(", ", shipped.names()) + ")"));
        try {
            return json.readTree(own);
        } catch (JacksonException stored) {
            throw new IllegalStateException("stored mapping " + name + " is not JSON", stored);
        }
    }


    private static ApiException notFound(long importId) {
        return new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "no import " + importId);
    }
}
