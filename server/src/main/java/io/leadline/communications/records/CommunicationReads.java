package io.leadline.communications.records;

import io.leadline.communications.Channel;
import io.leadline.leads.LeadService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of communications: a lead's history per channel, one record, and the agent searches. */
@Service
class CommunicationReads {

    static final int LEAD_LIMIT_MAX = 100;
    static final int SEARCH_LIMIT_MAX = 1000;

    private final CommunicationRepository communications;
    private final LeadService leads;

    CommunicationReads(CommunicationRepository communications, LeadService leads) {
        this.communications = communications;
        this.leads = leads;
    }

    record LeadPage(List<Communication> entries, long total) {}

    /** A visible lead's communications of one channel, newest first: after {@code currentId} when given, else from offset. */
    @Transactional(readOnly = true)
    LeadPage forLead(Caller caller, long leadId, Channel channel, long offset, int limit, @Nullable Long currentId) {
        PageSize.lofty("Limit", limit, LEAD_LIMIT_MAX);
        if (offset < 0) {
            throw ApiException.invalidField("offset", "must be 0 or more");
        }
        leads.visibleLead(caller, leadId);
        Communication after = currentId == null || currentId == 0 ? null : communications.findOnLead(caller.teamId(), leadId, currentId)
                .orElseThrow(() -> ApiException.invalidField("currentId", "is not a communication of lead " + leadId + ": " + currentId));
        return new LeadPage(communications.forLead(caller.teamId(), leadId, channel, after, after == null ? offset : 0, limit),
                communications.countForLead(caller.teamId(), leadId, channel));
    }

    /** One record of the channel on a lead the caller may see; anything else answers {@code missing}. */
    @Transactional(readOnly = true)
    Communication one(Caller caller, long id, Channel channel, ErrorCode missing) {
        return communications.findVisible(caller, id, channel).orElseThrow(() -> new ApiException(missing,
                missing == ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST
                        ? "PERMISSION_DENIED: no " + channel.label.toLowerCase(Locale.ROOT) + " " + id + " the caller may see"
                        : "No " + channel.label.toLowerCase(Locale.ROOT) + " " + id));
    }

    record SearchPage(List<Communication> entries, boolean hasMore, @Nullable String nextCursor, long total) {}

    /**
     * The agent searches: the caller's communications (the team's they may see with {@code teamView}, owners and admins
     * only) of one channel or ALL, in [startTime, endTime) epoch milliseconds spanning at most {@code maxSpan}.
     */
    @Transactional(readOnly = true)
    SearchPage search(Caller caller, @Nullable String type, @Nullable Long startTime, @Nullable Long endTime, boolean teamView,
            Duration maxSpan, long offset, int limit, @Nullable String cursor) {
        if (startTime == null) {
            throw ApiException.missingField("startTime");
        }
        if (endTime == null) {
            throw ApiException.missingField("endTime");
        }
        OffsetDateTime from = Times.acceptedEpochMillis("startTime", startTime);
        OffsetDateTime to = Times.acceptedEpochMillis("endTime", endTime);
        if (endTime <= startTime || Duration.ofMillis(endTime - startTime).compareTo(maxSpan) > 0) {
            throw ApiException.invalidField("endTime", "must be after startTime and at most " + maxSpan.toHours() + " hours after it");
        }
        PageSize.lofty("Limit", limit, SEARCH_LIMIT_MAX);
        if (offset < 0) {
            throw ApiException.invalidField("offset", "must be 0 or more");
        }
        if (teamView && !caller.managesTeam()) {
            throw new ApiException(ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST,
                    "Permission denied: teamView needs ACCESS_ALL_TEAM_LEADS (owners and admins)");
        }
        List<Channel> channels = type == null || type.isBlank() || type.trim().equalsIgnoreCase("ALL")
                ? List.of(Channel.values())
                : List.of(Channel.parse("type", type));
        Keyset after = cursor == null || cursor.isBlank() ? null : Keyset.decode(cursor);
        List<Communication> found = communications.search(caller, channels, from, to, teamView,
                after == null ? null : after.time(), after == null ? null : after.id(), after == null ? offset : 0, limit + 1);
        boolean more = found.size() > limit;
        List<Communication> page = more ? found.subList(0, limit) : found;
        String next = more ? new Keyset(page.getLast().occurredAt(), page.getLast().id()).encode() : null;
        return new SearchPage(page, more, next,
                communications.countSearch(caller, channels, from, to, teamView));
    }

    /** The v2 search's cursor: the last entry's time and id, base64url; it only positions, visibility stays in SQL. */
    record Keyset(OffsetDateTime time, long id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((Times.epochMillis(time) + ":" + id).getBytes(StandardCharsets.US_ASCII));
        }

        static Keyset decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII).split(":");
                return new Keyset(Times.acceptedEpochMillis("cursor", Long.parseLong(parts[0])), Long.parseLong(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw ApiException.invalidField("cursor", "is not a cursor this server gave out");
            }
        }
    }
}
