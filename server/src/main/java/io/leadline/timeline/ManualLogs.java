package io.leadline.timeline;

import static io.leadline.timeline.EntryContents.text;

import io.leadline.communications.Channel;
import io.leadline.communications.CommunicationService;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadTouch;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Lofty's manual logs (calls, emails, texts an agent writes down), each also a communication of the lead. */
@Service
class ManualLogs {

    private final TimelineRepository timeline;
    private final LeadService leads;
    private final CommunicationService communications;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    ManualLogs(TimelineRepository timeline, LeadService leads, CommunicationService communications, IdGenerator ids,
            JsonMapper json, Clock clock) {
        this.timeline = timeline;
        this.leads = leads;
        this.communications = communications;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    /** A validated manual log: channel, lead, pin, and the fields stored. */
    record ManualLog(long leadId, TimelineType type, boolean pinned, ObjectNode content) {}

    /** {@code POST /v1.0/logType}: on a live lead the caller may see; moves the lead's last call/email/contact. */
    @Transactional
    TimelineEntry addManualLog(Caller caller, ManualLog log) {
        leads.visibleLead(caller, log.leadId());
        OffsetDateTime now = Times.now(clock);
        TimelineEntry entry = TimelineEntry.recorded(ids.nextId(), caller.teamId(), log.leadId(), log.type(), caller.userId(),
                now, now, json.writeValueAsString(log.content())).pinned(log.pinned());
        timeline.insert(entry);
        leads.touch(caller.teamId(), log.leadId(), switch (log.type()) {
            case LOG_CALL -> LeadTouch.CALL;
            case LOG_EMAIL -> LeadTouch.EMAIL;
            default -> LeadTouch.TEXT;
        }, now);
        communications.recordManualLog(caller, log.leadId(), entry.id(), channel(log.type()), direction(log.content()),
                leadAddress(log), agentAddress(log),
                text(log.content(), "callingOutcome"), text(log.content(), "emailSubject"), text(log.content(), "content"),
                now);
        return entry;
    }

    record ManualLogQuery(
            @Nullable Long leadId, @Nullable String logType, long offset, int limit, long currentId, String sort, String order,
            boolean withTrash) {}

    /** {@code GET /v1.0/logType}, with Lofty's quiet corrections of offset and limit. */
    @Transactional(readOnly = true)
    List<TimelineEntry> manualLogs(Caller caller, ManualLogQuery query) {
        if (query.leadId() == null) {
            throw ApiException.missingField("leadId");
        }
        TimelineType type = query.logType() == null ? null : TimelineType.manualLog(query.logType());
        if (type == null) {
            throw ApiException.invalidField("logType", "must be logCall, logEmail or logText (case-sensitive)");
        }
        boolean byId = switch (query.sort()) {
            case "createTime" -> false;
            case "id" -> true;
            default -> throw ApiException.invalidField("sort", "must be createTime or id");
        };
        boolean ascending = switch (query.order()) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw ApiException.invalidField("order", "must be asc or desc");
        };
        long offset = Math.max(0, query.offset());
        int limit = query.limit() < 1 || query.limit() > 1000 ? 10 : query.limit();
        if (query.currentId() <= 0 && offset + limit > TimelineRepository.OFFSET_PLUS_LIMIT_MAX) {
            throw new ApiException(ErrorCode.OFFSET_EXCEED_LIMIT, "offset + limit must not exceed " + TimelineRepository.OFFSET_PLUS_LIMIT_MAX);
        }
        leads.visibleLead(caller, query.leadId(), query.withTrash());
        Collection<Integer> types = List.of(type.code);
        if (query.currentId() > 0) {
            return timeline.pageById(caller.teamId(), query.leadId(), TimelineType.Kind.LOGGED, types, ascending, query.currentId(), 0, limit);
        }
        if (byId) {
            return timeline.pageById(caller.teamId(), query.leadId(), TimelineType.Kind.LOGGED, types, ascending, null, offset, limit);
        }
        return timeline.page(caller.teamId(), query.leadId(), Set.of(TimelineType.Kind.LOGGED), types, !ascending, null, null,
                null, offset, limit);
    }

    @Transactional(readOnly = true)
    TimelineEntry manualLog(Caller caller, long id) {
        return visibleManualLog(caller, id);
    }

    /** Hidden from every read, its communication (history, calls) included; the entry stays in the store. */
    @Transactional
    void deleteManualLog(Caller caller, long id) {
        TimelineEntry entry = visibleManualLog(caller, id);
        timeline.delete(caller.teamId(), entry.id(), Times.now(clock));
        communications.forgetManualLog(caller.teamId(), entry.id());
    }

    private static Channel channel(TimelineType type) {
        return switch (type) {
            case LOG_CALL -> Channel.CALL;
            case LOG_EMAIL -> Channel.EMAIL;
            default -> Channel.TEXT;
        };
    }

    private static String direction(JsonNode content) {
        return content.path("outboundOrInbound").asString("outbound").equalsIgnoreCase("inbound") ? "Inbound" : "Outbound";
    }

    private static @Nullable String agentAddress(ManualLog log) {
        if (log.type() != TimelineType.LOG_EMAIL) {
            return null;
        }
        return direction(log.content()).equals("Inbound") ? text(log.content(), "toEmail") : text(log.content(), "fromEmail");
    }

    /** The lead's side: its phone on a call or text, its address on an email (the recipient of an outbound one). */
    private static @Nullable String leadAddress(ManualLog log) {
        if (log.type() != TimelineType.LOG_EMAIL) {
            return text(log.content(), "leadPhoneNumber");
        }
        return direction(log.content()).equals("Inbound") ? text(log.content(), "fromEmail") : text(log.content(), "toEmail");
    }

    /** A manual log is as visible as its (live) lead; anything else is simply not there (404/20007). */
    private TimelineEntry visibleManualLog(Caller caller, long id) {
        TimelineEntry entry = timeline.find(caller.teamId(), id, TimelineType.Kind.LOGGED).orElseThrow(() -> noManualLog(id));
        try {
            leads.visibleLead(caller, entry.leadId());
        } catch (ApiException invisible) {
            throw noManualLog(id);
        }
        return entry;
    }

    private static ApiException noManualLog(long id) {
        return new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No manual log " + id);
    }
}
