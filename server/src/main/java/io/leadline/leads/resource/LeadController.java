package io.leadline.leads.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.database.ReplicaReads;
import io.leadline.idempotency.IdempotentCreates;
import io.leadline.leads.LeadService;
import io.leadline.search.LeadQuery;
import io.leadline.search.LeadQueryParser;
import io.leadline.web.Caller;
import io.leadline.web.ListMetadata;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Leads")
class LeadController {

    private final LeadService leads;

    private final IdempotentCreates idempotent;
    private final JsonMapper json;
    private final ReplicaReads replicaReads;

    LeadController(LeadService leads, IdempotentCreates idempotent, JsonMapper json, ReplicaReads replicaReads) {
        this.replicaReads = replicaReads;
        this.leads = leads;
        this.idempotent = idempotent;
        this.json = json;
    }

    record LeadListResponse(@JsonProperty("_metadata") ListMetadata metadata, List<LeadResponse> leads) {}

    @Operation(summary = "List and search leads: filters, sort, offset/limit paging and scrollId cursors",
            description = "Multi-valued filters take comma-separated values or repeated parameters; unknown parameters"
                    + " are ignored.")
    @Parameters({
        @Parameter(name = "stage", in = ParameterIn.QUERY, description = "Only leads in the pipeline stage of this name; an unknown name matches nothing",
                schema = @Schema(type = "string")),
        @Parameter(name = "source", in = ParameterIn.QUERY, description = "Only leads from the lead source of this name; an unknown name matches nothing",
                schema = @Schema(type = "string")),
        @Parameter(name = "phone", in = ParameterIn.QUERY, description = "Leads with a phone containing these digits; with preciseSearchFlag, equal to one of its phones",
                schema = @Schema(type = "string")),
        @Parameter(name = "email", in = ParameterIn.QUERY, description = "Leads with an email containing this text; with preciseSearchFlag, equal to one (case-insensitive)",
                schema = @Schema(type = "string")),
        @Parameter(name = "preciseSearchFlag", in = ParameterIn.QUERY, description = "true: phone and email must equal one of the lead's, not just occur in it",
                schema = @Schema(type = "boolean")),
        @Parameter(name = "assignedUserId", in = ParameterIn.QUERY, description = "Only leads assigned (as agent) to this member",
                schema = @Schema(type = "integer", format = "int64")),
        @Parameter(name = "contacted", in = ParameterIn.QUERY, description = "true: leads with a last-contact time (a call, email or text logged); false: leads without",
                schema = @Schema(type = "boolean")),
        @Parameter(name = "groups", in = ParameterIn.QUERY, description = "Lead groups: leads in any of them (comma-separated or repeated, at most 200)",
                array = @ArraySchema(schema = @Schema(type = "string")), explode = Explode.TRUE),
        @Parameter(name = "segments", in = ParameterIn.QUERY, description = "Segments: leads in any of them (comma-separated or repeated, at most 200)",
                array = @ArraySchema(schema = @Schema(type = "string")), explode = Explode.TRUE),
        @Parameter(name = "allTags", in = ParameterIn.QUERY, description = "Tag names: leads carrying every one of them",
                array = @ArraySchema(schema = @Schema(type = "string")), explode = Explode.TRUE),
        @Parameter(name = "anyTags", in = ParameterIn.QUERY, description = "Tag names: leads carrying at least one of them",
                array = @ArraySchema(schema = @Schema(type = "string")), explode = Explode.TRUE),
        @Parameter(name = "groupIds", in = ParameterIn.QUERY, description = "Office ids: OFFICE-owned leads of these offices",
                array = @ArraySchema(schema = @Schema(type = "integer")), explode = Explode.TRUE),
        @Parameter(name = "querySubGroup", in = ParameterIn.QUERY, description = "true widens groupIds to every office below them",
                schema = @Schema(type = "boolean")),
        @Parameter(name = "languages", in = ParameterIn.QUERY, description = "Language codes: leads speaking any of them",
                array = @ArraySchema(schema = @Schema(type = "string")), explode = Explode.TRUE),
        @Parameter(name = "roleAssigneeFilters", in = ParameterIn.QUERY, description = "JSON array of {roleName, assigneeToIds}: leads whose holder of that role is one of the user ids",
                schema = @Schema(type = "string")),
        @Parameter(name = "key", in = ParameterIn.QUERY, description = "A substring of the full name or an email, or (3+ digits) of a phone; case-insensitive",
                schema = @Schema(type = "string")),
        @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Leads to skip (offset + limit at most 20,000; page further with scrollId). Default 0",
                schema = @Schema(type = "integer", format = "int64")),
        @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, 1 to 100. Default 25",
                schema = @Schema(type = "integer", format = "int64")),
        @Parameter(name = "scrollId", in = ParameterIn.QUERY, description = "The cursor the previous page answered in _metadata.scrollId: the next page of the same search",
                schema = @Schema(type = "string")),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Order of the list. Default: creation time",
                schema = @Schema(type = "string", allowableValues = {"Default", "CreateTime", "AssignTime", "Score", "LastActivity", "LastContact", "LastCall", "LastEmail", "DeleteTime", "Communication", "Task"})),
        @Parameter(name = "otherFilters", in = ParameterIn.QUERY, description = "Accepted and ignored: Lofty lists it without"
                + " saying what it does", schema = @Schema(type = "string")),
        @Parameter(name = "returnFields", in = ParameterIn.QUERY, description = "Accepted and ignored: Lofty lists it without"
                + " saying what it does; every lead comes whole", schema = @Schema(type = "string")),
        @Parameter(name = "desc", in = ParameterIn.QUERY, description = "false sorts ascending. Default true",
                schema = @Schema(type = "boolean"))
    })
    @GetMapping("/v1.0/leads")
    LeadListResponse list(Caller caller, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        LeadQuery query = LeadQueryParser.parse(params, json);
        LeadService.LeadPage page = replicaReads.read(caller.userId(), () -> leads.list(caller, query));
        return new LeadListResponse(
                new ListMetadata("leads", query.limit(), query.offset(), page.total(), page.scrollId()), page.leads());
    }

    @Operation(summary = "Create a lead; answers {\"leadId\": …}")
    @PostMapping("/v1.0/leads")
    LeadIdResponse create(
            Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestBody CreateLeadRequest request) {
        return new LeadIdResponse(
                idempotent.run(caller, idempotencyKey, "lead", "", request, () -> leads.create(caller, request)));
    }

    @Operation(summary = "Get a lead under {\"lead\": …}; withTrash=true includes trashed leads")
    @GetMapping("/v1.0/leads/{leadId}")
    LeadEnvelope get(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "false") boolean withTrash) {
        return new LeadEnvelope(leads.get(caller, leadId, withTrash));
    }

    @Operation(summary = "Partially update a lead: only the fields sent change")
    @PutMapping("/v1.0/leads/{leadId}")
    LeadIdResponse update(Caller caller, @PathVariable long leadId, @RequestBody UpdateLeadRequest request) {
        return new LeadIdResponse(leads.update(caller, leadId, request));
    }

    @Operation(summary = "Replace the lead's inquiry")
    @PostMapping("/v1.0/leads/{leadId}/inquiry")
    LeadIdResponse replaceInquiry(Caller caller, @PathVariable long leadId, @RequestBody LeadInquiry inquiry) {
        return new LeadIdResponse(leads.replaceInquiry(caller, leadId, inquiry));
    }

    @Operation(summary = "Add a property to the lead, merge it by address, or update one by id")
    @PostMapping("/v1.0/leads/{leadId}/property")
    LeadIdResponse putProperty(Caller caller, @PathVariable long leadId, @RequestBody LeadProperty property) {
        return new LeadIdResponse(leads.putProperty(caller, leadId, property));
    }

    /**
     * Lofty's published answer, {@code leadId} as a string as in its example; clients that ignore the body (Leadline
     * answered with none before) keep working (LL-17).
     */
    record TrashedResponse(boolean deleted, String leadId) {}

    @Operation(summary = "Move a lead to the trash; reason is required")
    @DeleteMapping("/v1.0/leads/{leadId}")
    TrashedResponse moveToTrash(
            Caller caller, @PathVariable long leadId, @RequestParam(required = false) @Nullable String reason) {
        leads.moveToTrash(caller, leadId, reason);
        return new TrashedResponse(true, Long.toString(leadId));
    }

    record TrashEntryResponse(long leadId, String deleteTime, String deleteReason, long deletedByUserId,
            @Nullable Long mergedInto) {}

    /** Leadline extension: why and when a lead went to the trash, and the lead a merge moved its records to. */
    @Operation(summary = "Leadline: when, why and by whom a lead was trashed")
    @GetMapping("/leadline/v1/leads/{leadId}/trash")
    TrashEntryResponse trashEntry(Caller caller, @PathVariable long leadId) {
        LeadService.TrashEntry entry = leads.trashEntry(caller, leadId);
        return new TrashEntryResponse(
                entry.leadId(), Times.iso(entry.deleteTime()), entry.deleteReason(), entry.deletedByUserId(),
                entry.mergedInto());
    }

    /** Leadline extension: Lofty has no way back from the trash. */
    @Operation(summary = "Leadline: restore a trashed lead")
    @PostMapping("/leadline/v1/leads/{leadId}/restore")
    LeadIdResponse restore(Caller caller, @PathVariable long leadId) {
        return new LeadIdResponse(leads.restore(caller, leadId));
    }
}
