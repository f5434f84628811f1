package io.leadline.timeline;

import io.leadline.database.ReplicaReads;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Site activity (v1) and the v2 activity timeline of a lead. */
@RestController
@Tag(name = "Lead timeline")
class ActivityController {

    private final ActivityTimeline timeline;
    private final EntryContents contents;
    private final ReplicaReads replicaReads;

    ActivityController(ActivityTimeline timeline, EntryContents contents, ReplicaReads replicaReads) {
        this.replicaReads = replicaReads;
        this.contents = contents;
        this.timeline = timeline;
    }

    record LeadIdResponse(long leadId) {}

    @Operation(summary = "Add site activity (Search, Browse, Favorite, Request, Submission); answers {\"leadId\": …}")
    @PostMapping("/v1.0/leads/{leadId}/activity")
    LeadIdResponse add(Caller caller, @PathVariable long leadId, @RequestBody JsonNode body) {
        return new LeadIdResponse(timeline.addActivity(caller, leadId, TimelineInput.siteActivity(body)));
    }

    /** Lofty's {@code LeadActivity}: {@code created} in epoch milliseconds. */
    record LeadActivity(
            String type, String text, String link, String picture, @Nullable JsonNode listing, long created,
            @Nullable String scheduledDate, @Nullable String pageName) {}

    @Operation(summary = "The lead's site activity, newest first, pages of 100 (bare array)")
    @GetMapping("/v1.0/leads/{leadId}/activities")
    List<LeadActivity> list(Caller caller, @PathVariable long leadId, @RequestParam(defaultValue = "0") int curPage,
                            @RequestParam(defaultValue = "false") boolean withTrash) {
        return replicaReads.read(caller.userId(), () -> timeline.activities(caller, leadId, curPage, withTrash))
                .stream().map(this::activity).toList();
    }

    private LeadActivity activity(TimelineEntry entry) {
        JsonNode c = contents.of(entry);
        JsonNode listing = c.path("listing");
        return new LeadActivity(entry.type().desc, c.path("text").asString(""), c.path("link").asString(""),
                c.path("picture").asString(""), listing.isObject() ? listing : null, Times.epochMillis(entry.occurredAt()),
                EntryContents.text(c, "scheduledDate"), EntryContents.text(c, "pageName"));
    }

    /** Lofty's {@code ActivityItem}. */
    record ActivityItem(
            long id, long leadId, long agentId, String activityTime, String channel, String communicationType,
            @Nullable String direction, @Nullable String callingOutcome, @Nullable String leadPhoneNumber,
            @Nullable String emailEventType, @Nullable String emailSubject, @Nullable String note) {}

    record ActivityListResponse(List<ActivityItem> activities) {}

    @Operation(summary = "The lead's timeline, oldest first: logged calls, emails and texts, site activity and notes")
    @GetMapping("/v2.0/leads/{leadId}/activities")
    ActivityListResponse timeline(
            Caller caller,
            @PathVariable long leadId,
            @RequestParam(defaultValue = "0") long currentId,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) @Nullable String timeZoneCode,
            @RequestParam(defaultValue = "false") boolean withTrash) {
        ActivityTimeline.TimelinePage page = replicaReads.read(caller.userId(),
                () -> timeline.activitiesV2(caller, leadId, currentId, offset, limit, timeZoneCode, withTrash));
        return new ActivityListResponse(page.entries().stream().map(e -> item(e, page.zone())).toList());
    }

    private ActivityItem item(TimelineEntry e, ZoneId zone) {
        JsonNode c = contents.of(e);
        String time = Times.isoIn(e.occurredAt(), zone);
        return switch (e.type().kind) {
            case LOGGED -> new ActivityItem(e.id(), e.leadId(), e.agentId(), time, channel(e.type()), "Logged",
                    capitalized(c.path("outboundOrInbound").asString("outbound")), EntryContents.text(c, "callingOutcome"),
                    EntryContents.text(c, "leadPhoneNumber"), null, EntryContents.text(c, "emailSubject"),
                    EntryContents.text(c, "content"));
            case SITE -> new ActivityItem(e.id(), e.leadId(), e.agentId(), time, "SiteActivity", "Auto", "Inbound", null, null,
                    null, null, e.type().desc + ": " + c.path("text").asString(""));
            case NOTE -> new ActivityItem(e.id(), e.leadId(), e.agentId(), time, "Note", "Manual", null, null, null, null, null,
                    EntryContents.text(c, "content"));
            case COMMUNICATION -> new ActivityItem(e.id(), e.leadId(), e.agentId(), time, e.type().desc,
                    c.path("communicationType").asString("Logged"), EntryContents.text(c, "direction"),
                    EntryContents.text(c, "callingOutcome"), EntryContents.text(c, "leadPhoneNumber"),
                    EntryContents.text(c, "emailEventType"), EntryContents.text(c, "emailSubject"), EntryContents.text(c, "content"));
            case SYSTEM -> throw new IllegalStateException("system log entries are not on the activity timeline");
        };
    }

    private static String channel(TimelineType type) {
        return switch (type) {
            case LOG_CALL -> "Call";
            case LOG_EMAIL -> "Email";
            default -> "Text";
        };
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
