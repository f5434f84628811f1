package io.leadline.timeline;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.leads.LeadTouch;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import io.leadline.communications.Channel;
import io.leadline.communications.CommunicationService;
import io.leadline.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The timeline's door: one method per endpoint, each one transaction, every read and write behind the lead's visibility. */
@Service
public class TimelineService {

    static final int SITE_PAGE = 100;
    static final int TEXT_MAX = 2000;
    static final int LOG_CONTENT_MAX = 5000;
    static final int OFFSET_PLUS_LIMIT_MAX = 20_000;

    private final TimelineRepository timeline;
    private final LeadService leads;
    private final AccountsService accounts;
    private final WebhookEvents webhooks;
    private final CommunicationService communications;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    TimelineService(TimelineRepository timeline, LeadService leads, AccountsService accounts,
                    WebhookEvents webhooks, CommunicationService communications, IdGenerator ids, JsonMapper json, Clock clock) {
        this.timeline = timeline;
        this.leads = leads;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.communications = communications;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    // --- site activity

    /** {@code POST /v1.0/leads/{leadId}/activity}: records it, moves the lead's lastActivity, tells list 3. */
    @Transactional
    long addActivity(Caller caller, long leadId, SiteActivity activity) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        TimelineType type = activity.type();
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime happened = Times.acceptedEpochMillis("created", activity.created());
        timeline.insert(new TimelineEntry(ids.nextId(), caller.teamId(), leadId, type, caller.userId(), happened, now, now,
                null, null, null, null, null, false, json.writeValueAsString(activity.content())));
        leads.touch(caller.teamId(), leadId, LeadTouch.ACTIVITY, happened);
        webhooks.leadActivity(caller.teamId(), leadId, lead.audience(), now);
        return leadId;
    }

    /** {@code GET /v1.0/leads/{leadId}/activities}: newest first, fixed pages of 100. */
    @Transactional(readOnly = true)
    List<TimelineEntry> activities(Caller caller, long leadId, int curPage, boolean withTrash) {
        if (curPage < 0) {
            throw ApiException.invalidField("curPage", "must be 0 or more");
        }
        long offset = (long) curPage * SITE_PAGE;
        if (offset + SITE_PAGE > OFFSET_PLUS_LIMIT_MAX) {
            throw new ApiException(ErrorCode.OFFSET_EXCEED_LIMIT, "curPage must be below " + OFFSET_PLUS_LIMIT_MAX / SITE_PAGE);
        }
        leads.visibleLead(caller, leadId, withTrash);
        return timeline.page(caller.teamId(), leadId, Set.of(TimelineType.Kind.SITE), null, true, null, null, null, offset, SITE_PAGE);
    }

    // --- the v2 activity timeline

    record TimelinePage(List<TimelineEntry> entries, ZoneId zone) {}

    /**
     * {@code GET /v2.0/leads/{leadId}/activities}: logged calls, emails and texts, site activity and notes, oldest
     * first; from the entry after {@code currentId} when it is above 0, else from {@code offset}.
     */
    @Transactional(readOnly = true)
    TimelinePage activitiesV2(Caller caller, long leadId, long currentId, long offset, int limit, @Nullable String zoneCode,
                              boolean withTrash) {
        if (limit < 1 || limit > 1000) {
            throw new ApiException(ErrorCode.LIMIT_NOT_VALID, "limit must be between 1 and 1000");
        }
        if (offset < 0) {
            throw ApiException.invalidField("offset", "must be 0 or more");
        }
        ZoneId zone = zone(caller, zoneCode);
        leads.visibleLead(caller, leadId, withTrash);
        TimelineRepository.Cursor after = null;
        if (currentId > 0) {
            after = timeline.cursorAt(caller.teamId(), leadId, currentId)
                    .orElseThrow(() -> ApiException.invalidField("currentId", "is not an entry of lead " + leadId + ": " + currentId));
        }
        List<TimelineEntry> entries = timeline.page(caller.teamId(), leadId,
                Set.of(TimelineType.Kind.LOGGED, TimelineType.Kind.SITE, TimelineType.Kind.NOTE, TimelineType.Kind.COMMUNICATION), null,
                false, after, null, null,
                after == null ? offset : 0, limit);
        return new TimelinePage(entries, zone);
    }

    private ZoneId zone(Caller caller, @Nullable String zoneCode) {
        if (zoneCode == null || zoneCode.isBlank()) {
            return accounts.teamZone(caller.teamId());
        }
        try {
            return ZoneId.of(zoneCode.trim());
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZoneCode", "is not an IANA time zone id (like America/Los_Angeles): " + zoneCode);
        }
    }

    // --- the system log

    record SystemLogPage(List<TimelineEntry> entries, boolean hasMore, Map<Long, Member> members) {}

    /** {@code GET /v1.0/systemLogs}: newest first, within the optional epoch-millisecond bounds. */
    @Transactional(readOnly = true)
    SystemLogPage systemLogs(Caller caller, @Nullable Long leadId, long startTime, long endTime, int pageNumber, int pageSize,
                             boolean withTrash) {
        if (leadId == null) {
            throw ApiException.missingField("leadId");
        }
        if (pageNumber < 0) {
            throw ApiException.invalidField("pageNumber", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new ApiException(ErrorCode.LIMIT_NOT_VALID, "pageSize must be between 1 and 1000");
        }
        if ((startTime < -1) || (endTime < -1)) {
            throw ApiException.invalidField("startTime", "and endTime are epoch milliseconds, or -1 for no bound");
        }
        leads.visibleLead(caller, leadId, withTrash);
        List<TimelineEntry> found = timeline.page(caller.teamId(), leadId, Set.of(TimelineType.Kind.SYSTEM), null, true, null,
                startTime < 0 ? null : Times.acceptedEpochMillis("startTime", startTime),
                endTime < 0 ? null : Times.acceptedEpochMillis("endTime", endTime), (long) pageNumber * pageSize,
                pageSize + 1);
        boolean more = found.size() > pageSize;
        List<TimelineEntry> page = more ? found.subList(0, pageSize) : found;
        List<Long> people = page.stream()
                .flatMap(e -> Stream.of(party(e.fromType(), e.fromId()), party(e.toType(), e.toId())))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return new SystemLogPage(page, more, accounts.findMembers(caller.teamId(), people));
    }

    private static @Nullable Long party(@Nullable Integer type, @Nullable Long id) {
        return type != null && (type == TimelineEntry.AGENT || type == TimelineEntry.LENDER) ? id : null;
    }


    // --- manual logs

    /** {@code POST /v1.0/logType}: on a live lead the caller may see; moves the lead's last call/email/contact. */
    @Transactional
    TimelineEntry addManualLog(Caller caller, ManualLog log) {
        leads.visibleLead(caller, log.leadId());
        OffsetDateTime now = Times.now(clock);
        TimelineEntry entry = new TimelineEntry(ids.nextId(), caller.teamId(), log.leadId(), log.type(), caller.userId(), now,
                now, now, null, null, null, null, null, log.pinned(), json.writeValueAsString(log.content()));
        timeline.insert(entry);
        leads.touch(caller.teamId(), log.leadId(), switch (log.type()) {
            case LOG_CALL -> LeadTouch.CALL;
            case LOG_EMAIL -> LeadTouch.EMAIL;
            default -> LeadTouch.TEXT;
        }, now);
        communications.recordManualLog(caller, log.leadId(), entry.id(), channel(log.type()), direction(log.content()),
                leadAddress(log), agentAddress(log),
                text(log.content(), "callingOutcome"), text(log.content(), "emailSubject"), text(log.content(), "content"), now);
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
        if (query.currentId() <= 0 && offset + limit > OFFSET_PLUS_LIMIT_MAX) {
            throw new ApiException(ErrorCode.OFFSET_EXCEED_LIMIT, "offset + limit must not exceed " + OFFSET_PLUS_LIMIT_MAX);
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

    // --- what the controllers hand in

    /** A validated site activity: its type, its time, and the fields stored as given. */
    record SiteActivity(TimelineType type, long created, ObjectNode content) {}

    /** A validated manual log: channel, lead, pin, and the fields stored. */
    record ManualLog(long leadId, TimelineType type, boolean pinned, ObjectNode content) {}

    JsonNode content(TimelineEntry entry) {
        return json.readTree(entry.content());
    }

    /** A text field of an entry's content, or null when the entry's kind does not carry it. */
    static @Nullable String text(JsonNode content, String field) {
        JsonNode node = content.path(field);
        return node.isString() ? node.asString() : null;
    }
}
