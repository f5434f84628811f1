package io.leadline.leads;

import io.leadline.audit.AccessAudit;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.assignment.LeadRouter;
import io.leadline.leads.resource.CreateLeadRequest;
import io.leadline.leads.resource.FieldRules;
import io.leadline.leads.resource.LeadAssembler;
import io.leadline.leads.resource.LeadEditor;
import io.leadline.leads.resource.LeadSatelliteEditor;
import io.leadline.leads.resource.LeadEvents;
import io.leadline.leads.resource.LeadInquiry;
import io.leadline.leads.resource.LeadNotFound;
import io.leadline.leads.resource.LeadProperty;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.leads.resource.LeadResponse;
import io.leadline.leads.resource.LeadRow;
import io.leadline.leads.resource.LeadWrite;
import io.leadline.leads.resource.UpdateLeadRequest;
import io.leadline.routing.BusinessType;
import io.leadline.routing.RoutingService;
import io.leadline.search.IndexedLead;
import io.leadline.search.LeadQuery;
import io.leadline.search.LeadSearch;
import io.leadline.search.SearchResult;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads door: one method per Lofty lead operation, each write one transaction. Reads run in autocommit: under READ
 * COMMITTED every statement sees its own snapshot whether or not a transaction surrounds them, so one would only add
 * its BEGIN and COMMIT (a fifth of PostgreSQL's time on a GET by id, {@code bench/run lead-path}).
 */
@Service
public class LeadService {

    static final int TRASH_REASON_MAX = 1000;

    private final LeadRepository leads;
    private final LeadEditor editor;
    private final LeadSatelliteEditor satellites;
    private final LeadAssembler assembler;
    private final LeadRouter router;
    private final LeadEvents leadEvents;
    private final RoutingService routing;
    private final TeamFeaturesService teamFeatures;
    private final ApplicationEventPublisher events;
    private final LeadSearch search;
    private final IdGenerator ids;
    private final AccessAudit audit;
    private final Clock clock;
    /** Looked up when used: its implementation merges through this service. */
    private final ObjectProvider<NewLeadDuplicates> newLeadDuplicates;

    LeadService(
            LeadRepository leads,
            LeadEditor editor,
            LeadSatelliteEditor satellites,
            LeadAssembler assembler,
            LeadRouter router,
            LeadEvents leadEvents,
            RoutingService routing,
            TeamFeaturesService teamFeatures,
            ApplicationEventPublisher events,
            LeadSearch search,
            IdGenerator ids,
            AccessAudit audit,
            Clock clock,
            ObjectProvider<NewLeadDuplicates> newLeadDuplicates) {
        this.leads = leads;
        this.editor = editor;
        this.satellites = satellites;
        this.assembler = assembler;
        this.router = router;
        this.leadEvents = leadEvents;
        this.routing = routing;
        this.teamFeatures = teamFeatures;
        this.events = events;
        this.search = search;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
        this.newLeadDuplicates = newLeadDuplicates;
    }

    /** The API's create: a team that merges duplicates at create time answers with the lead it was merged into. */
    @Transactional
    public long create(Caller caller, CreateLeadRequest request) {
        long created = create(caller, request, null);
        NewLeadDuplicates settled = newLeadDuplicates.getIfAvailable();
        return settled == null ? created : settled.settle(caller, created);
    }

    /** A create as the API's, or as an import job makes it ({@code imported}: its created time, routing). */
    @Transactional
    long create(Caller caller, CreateLeadRequest request, LeadImports.@Nullable Made imported) {
        if (request.firstName() == null || request.firstName().isBlank()) {
            throw ApiException.missingField("firstName");
        }
        OffsetDateTime now = imported != null && imported.createdAt() != null ? imported.createdAt() : Times.now(clock);
        LeadRow row = new LeadRow();
        row.id = ids.nextId();
        row.teamId = caller.teamId();
        row.leadUserId = ids.nextId();
        row.creatorUserId = caller.userId();
        row.createdAt = now;
        row.updatedAt = now;
        row.welcomeEmail = Boolean.TRUE.equals(request.welcomeEmail());
        row.leadAlert = Boolean.TRUE.equals(request.leadAlert());
        row.assignGroupId = request.assignGroupId();
        row.stageId = teamFeatures.stages(caller.teamId()).stream().findFirst().map(s -> s.id()).orElse(null);
        editor.applyRowFields(caller, row, request, true, now);
        leads.insert(row);
        LeadWrite lead = LeadWrite.creating(row);
        List<String> emailKeys = satellites.applyLists(lead, request);
        List<String> tags = new ArrayList<>(tagNames("tags", request.tags()));
        tags.addAll(tagNames("tagsAdd", request.tagsAdd()));
        satellites.addTags(caller, lead, tags, now);
        if (request.property() != null) {
            satellites.applyProperty(caller.teamId(), lead, request.property(), now);
        }
        if (request.customAttributeList() != null) {
            satellites.applyCustomAttributes(caller.teamId(), lead, request.customAttributeList());
        }
        IndexedLead tagRowsWrittenAs = tags.isEmpty() ? null : row.indexed();
        if (imported != null) {
            lead.madeBy(caller.userId(), imported.via());
        }
        boolean routes = imported == null || imported.routed() || request.assignedUserId() != null;
        boolean routed = routes && router.routeNew(caller, lead, request, tags, now);
        leads.created(lead, routed, emailKeys == null ? List.of() : emailKeys, tagRowsWrittenAs);
        String note = request.content() == null || request.content().isBlank() ? null : request.content();
        events.publishEvent(new LeadCreated(caller.teamId(), row.id, caller.userId(), note, Boolean.TRUE.equals(request.isPin()),
                request.leadTransaction(), LeadEvents.audience(row)));
        leadEvents.created(lead);
        return row.id;
    }

    /** The lead if the caller may see it (and so manage it); otherwise Lofty's 404/20006. Trashed leads count as gone. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LeadSummary visibleLead(Caller caller, long leadId) {
        return visibleLead(caller, leadId, false);
    }

    /**
     * The lead if the caller may see it; with {@code includeTrashed}, owners and admins also get a trashed lead (its
     * history stays readable), while others still get 404/20006 for it.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LeadSummary visibleLead(Caller caller, long leadId, boolean includeTrashed) {
        LeadRepository.TrashFilter trash = includeTrashed && caller.managesTeam()
                ? LeadRepository.TrashFilter.ANY
                : LeadRepository.TrashFilter.LIVE;
        LeadRow row = leads.findVisible(caller, leadId, trash).orElseThrow(() -> LeadNotFound.forId(leadId));
        return new LeadSummary(row.id, row.leadUserId, row.firstName, row.lastName, row.assignedUserId, LeadEvents.audience(row));
    }

    /** Moves the lead's "last …" times forward to {@code at} (never back), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void touch(long teamId, long leadId, LeadTouch touch, OffsetDateTime at) {
        leads.touch(teamId, leadId, touch, at);
    }

    /** Replaces the lead's inquiry (POST /v1.0/leads/{leadId}/inquiry). */
    @Transactional
    public long replaceInquiry(Caller caller, long leadId, LeadInquiry inquiry) {
        LeadWrite lead = lockLive(caller, leadId);
        LeadRow row = lead.row;
        OffsetDateTime now = Times.now(clock);
        row.inquiry = editor.inquiryJson(row, inquiry, now);
        row.updatedAt = now;
        leads.update(lead);
        leadEvents.updated(lead);
        return row.id;
    }

    /** Merges or updates one property (POST /v1.0/leads/{leadId}/property), by Lofty's rules. */
    @Transactional
    public long putProperty(Caller caller, long leadId, LeadProperty property) {
        LeadWrite lead = lockLive(caller, leadId);
        OffsetDateTime now = Times.now(clock);
        satellites.applyProperty(caller.teamId(), lead, property, now);
        lead.row.updatedAt = now;
        leads.update(lead);
        leadEvents.updated(lead);
        return leadId;
    }

    public record LeadPage(List<LeadResponse> leads, long total, @Nullable String scrollId) {}

    /** {@code GET /v1.0/leads}: search finds the page's leads in order, and their rows are read and shaped. */
    public LeadPage list(Caller caller, LeadQuery query) {
        SearchResult found = search.find(caller, query);
        List<LeadRow> rows = leads.findAll(caller.teamId(), found.leadIds());
        return new LeadPage(assembler.responses(caller.teamId(), rows), found.total(), found.scrollId());
    }

    /** Its statements share one connection, bound for the call (SUPPORTS), without a transaction of their own. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LeadResponse get(Caller caller, long leadId, boolean withTrash) {
        LeadRow row = leads.findVisible(
                        caller, leadId, withTrash ? LeadRepository.TrashFilter.ANY : LeadRepository.TrashFilter.LIVE)
                .orElseThrow(() -> LeadNotFound.forId(leadId));
        LeadResponse read = assembler.responses(caller.teamId(), List.of(row)).getFirst();
        audit.record(caller, AccessAudit.Action.LEAD_READ, leadId, null);
        return read;
    }

    /** Partial update (reference §5.5); tag operations apply as tags, then tagsAdd, then tagsRemove, and clearAllTags wins. */
    @Transactional
    public long update(Caller caller, long leadId, UpdateLeadRequest request) {
        return update(caller, leadId, request, null);
    }

    /** An update as the API's, or as an import job makes it (named in the system log). */
    @Transactional
    long update(Caller caller, long leadId, UpdateLeadRequest request, LeadImports.@Nullable Made imported) {
        LeadWrite lead = lockLive(caller, leadId);
        if (imported != null) {
            lead.madeBy(caller.userId(), imported.via());
        }
        LeadRow row = lead.row;
        OffsetDateTime now = Times.now(clock);
        Long assigneeBefore = row.assignedUserId;
        Long stageBefore = row.stageId;
        editor.applyRowFields(caller, row, request, false, now);
        if (row.assignedUserId != null && !row.assignedUserId.equals(assigneeBefore)) {
            row.pondId = null;
            lead.assignedBy("update");
            routing.recordManual(caller.teamId(), row.id, BusinessType.AGENT_LEAD, BusinessType.NO_ROLE, row.assignedUserId,
                    "assignedUserId changed by update from user " + caller.userId(), now);
        }
        row.updatedAt = now;
        List<String> replacedEmailKeys = satellites.applyLists(lead, request);
        // Tags before the row, as on create: a write meets the team's tag-bit lock and new tag names before the
        // vocabulary rows its words add, in the same order as every other write, so two writes never wait on each other
        applyTagOperations(caller, lead, request, now);
        leads.update(lead, replacedEmailKeys);
        if (request.property() != null) {
            satellites.applyProperty(caller.teamId(), lead, request.property(), now);
        }
        if (request.customAttributeList() != null) {
            satellites.applyCustomAttributes(caller.teamId(), lead, request.customAttributeList());
        }
        events.publishEvent(new LeadUpdated(caller.teamId(), row.id, caller.userId(), request.leadTransaction(), LeadEvents.audience(row)));
        leadEvents.updated(lead, stageBefore);
        return row.id;
    }

    private void applyTagOperations(Caller caller, LeadWrite lead, UpdateLeadRequest request, OffsetDateTime now) {
        if (Boolean.TRUE.equals(request.clearAllTags())) {
            satellites.clearTags(lead);
            return;
        }
        if (request.tags() != null) {
            satellites.replaceTags(caller, lead, tagNames("tags", request.tags()), now);
        }
        if (request.tagsAdd() != null) {
            satellites.addTags(caller, lead, tagNames("tagsAdd", request.tagsAdd()), now);
        }
        if (request.tagsRemove() != null) {
            satellites.removeTags(caller, lead, tagNames("tagsRemove", request.tagsRemove()));
        }
    }

    private List<String> tagNames(String field, @Nullable List<tools.jackson.databind.JsonNode> nodes) {
        return nodes == null ? List.of() : editor.rules().tagNames(field, nodes);
    }

    @Transactional
    public void moveToTrash(Caller caller, long leadId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.missingField("reason");
        }
        LeadWrite lead = lockLive(caller, leadId);
        LeadRow row = lead.row;
        OffsetDateTime now = Times.now(clock);
        row.trashedAt = now;
        row.trashReason = FieldRules.maxLength("reason", reason, TRASH_REASON_MAX);
        row.trashedBy = caller.userId();
        row.updatedAt = now;
        leads.update(lead);
        leadEvents.trashed(lead);
    }

    /** {@code mergedInto}: the survivor a merge moved the lead's records to (null when it was trashed otherwise). */
    public record TrashEntry(long leadId, OffsetDateTime deleteTime, String deleteReason, long deletedByUserId,
            @Nullable Long mergedInto) {}

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public TrashEntry trashEntry(Caller caller, long leadId) {
        LeadRow row = leads.findVisible(caller, leadId, LeadRepository.TrashFilter.TRASHED)
                .orElseThrow(() -> new ApiException(ErrorCode.LEAD_NOT_EXIST, "Lead " + leadId + " is not in the trash"));
        return new TrashEntry(row.id, row.trashedAt, row.trashReason, row.trashedBy,
                row.mergedInto);
    }

    @Transactional
    public long restore(Caller caller, long leadId) {
        LeadWrite lead = leads.lockVisible(caller, leadId, LeadRepository.TrashFilter.TRASHED)
                .orElseThrow(() -> new ApiException(ErrorCode.LEAD_NOT_EXIST, "Lead " + leadId + " is not in the trash"));
        LeadRow row = lead.row;
        row.trashedAt = null;
        row.trashReason = null;
        row.trashedBy = null;
        row.updatedAt = Times.now(clock);
        leads.update(lead);
        if (row.mergedInto != null) {
            leads.setMergedInto(caller.teamId(), leadId, null);
        }
        leadEvents.updated(lead);
        return leadId;
    }

    private LeadWrite lockLive(Caller caller, long leadId) {
        return leads.lockVisible(caller, leadId, LeadRepository.TrashFilter.LIVE)
                .orElseThrow(() -> LeadNotFound.forId(leadId));
    }
}
