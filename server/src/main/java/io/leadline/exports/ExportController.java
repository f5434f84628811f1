package io.leadline.exports;

import io.leadline.audit.AccessAudit;
import io.leadline.search.LeadQuery;
import io.leadline.search.LeadQueryParser;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Leadline's exports: {@code /leadline/v1/exports/leads}. */
@RestController
@Tag(name = "Leadline exports")
class ExportController {

    private static final List<String> NOT_FILTERS = List.of("format", "include", "limit", "offset", "scrollId");

    private final LeadExport export;
    private final AccessAudit audit;
    private final JsonMapper json;

    ExportController(LeadExport export, AccessAudit audit, JsonMapper json) {
        this.export = export;
        this.audit = audit;
        this.json = json;
    }

    @Operation(summary = "Every lead the list filters match, as the caller sees them, streamed as CSV or JSON Lines",
            description = "Takes the filters and sort of GET /v1.0/leads (stage, source, tags, assignedUserId, key…);"
                    + " limit, offset and scrollId do not apply: every matching lead is written")
    @GetMapping("/leadline/v1/exports/leads")
    void leads(Caller caller, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "") String include,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw ApiException.invalidField("format", "must be csv or jsonl, not '" + format + "'");
        }
        List<String> kinds = included(include);
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(params);
        NOT_FILTERS.forEach(filters::remove);
        LeadQuery query = LeadQueryParser.parse(filters, json);
        audit.record(caller, AccessAudit.Action.LEADS_EXPORTED, null, "format=" + format
                + (kinds.isEmpty() ? "" : "; include=" + String.join(",", kinds))
                + (filters.isEmpty() ? "" : "; filtered by " + String.join(", ", filters.keySet())));
        if (format.equals("csv") && !kinds.isEmpty()) {
            zipped(caller, query, kinds, response);
            return;
        }
        response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : "application/x-ndjson;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"leads." + format + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        export.write(caller, query, format, kinds, out, (kind, leadId, records) -> { });
        out.flush();
    }

    /** CSV with records included: a zip of leads.csv and one CSV file per kind. */
    private void zipped(Caller caller, LeadQuery query, List<String> kinds, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"leads.zip\"");
        try (IncludedFiles files = new IncludedFiles();
                ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("leads.csv"));
            Writer leads = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            export.write(caller, query, "csv", kinds, leads, files);
            leads.flush();
            zip.closeEntry();
            files.copyInto(zip, kinds);
        }
    }

    private List<String> included(String include) {
        List<String> kinds = java.util.Arrays.stream(include.split(",")).map(String::trim).filter(kind -> !kind.isEmpty())
                .distinct().toList();
        for (String kind : kinds) {
            if (!export.includable().contains(kind)) {
                throw ApiException.invalidField("include", "names what an export cannot include: '" + kind + "' ("
                        + String.join(", ", export.includable()) + ")");
            }
        }
        return kinds;
    }
}
