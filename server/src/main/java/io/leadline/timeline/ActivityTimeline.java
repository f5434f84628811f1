package io.leadline.timeline;

import io.leadline.accounts.AccountsService;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.leads.LeadTouch;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.leadline.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Site activity (Lofty's v1 activity endpoints) and the v2 activity timeline that merges it with logs and notes. */
@Service
class ActivityTimeline {

    static final int SITE_PAGE = 100;

    private final TimelineRepository timeline;
    private final LeadService leads;
    private final AccountsService accounts;
    private final WebhookEvents webhooks;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    ActivityTimeline(TimelineRepository timeline, LeadService leads, AccountsService accounts, WebhookEvents webhooks,
            IdGenerator ids, JsonMapper json, Clock clock) {
        this.timeline = timeline;
        this.leads = leads;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    /** A validated site activity: its type, its time, and the fields stored as given. */
    record SiteActivity(TimelineType type, long created, ObjectNode content) {}

    /** {@code POST /v1.0/leads/{leadId}/activity}: records it, moves the lead's lastActivity, tells list 3. */
    @Transactional
    long addActivity(Caller caller, long leadId, SiteActivity activity) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        TimelineType type = activity.type();
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime happened = Times.acceptedEpochMillis("created", activity.created());
        timeline.insert(TimelineEntry.recorded(ids.nextId(), caller.teamId(), leadId, type, caller.userId(), happened, now,
                json.writeValueAsString(activity.content())));
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
        if (offset + SITE_PAGE > TimelineRepository.OFFSET_PLUS_LIMIT_MAX) {
            throw new ApiException(ErrorCode.OFFSET_EXCEED_LIMIT, "curPage must be below " + TimelineRepository.OFFSET_PLUS_LIMIT_MAX / SITE_PAGE);
        }
        leads.visibleLead(caller, leadId, withTrash);
        return timeline.page(caller.teamId(), leadId, Set.of(TimelineType.Kind.SITE), null, true, null, null, null, offset, SITE_PAGE);
    }

    record TimelinePage(List<TimelineEntry> entries, ZoneId zone) {}

    /**
     * {@code GET /v2.0/leads/{leadId}/activities}: logged calls, emails and texts, site activity and notes, oldest
     * first; from the entry after {@code currentId} when it is above 0, else from {@code offset}.
     */
    @Transactional(readOnly = true)
    TimelinePage activitiesV2(Caller caller, long leadId, long currentId, long offset, int limit, @Nullable String zoneCode,
                              boolean withTrash) {
        PageSize.lofty("limit", limit, 1000);
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
}
