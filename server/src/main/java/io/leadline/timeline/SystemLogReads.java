package io.leadline.timeline;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.LeadService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads Lofty's system log of a lead, with the members it names. */
@Service
class SystemLogReads {

    private final TimelineRepository timeline;
    private final LeadService leads;
    private final AccountsService accounts;

    SystemLogReads(TimelineRepository timeline, LeadService leads, AccountsService accounts) {
        this.timeline = timeline;
        this.leads = leads;
        this.accounts = accounts;
    }

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
        PageSize.lofty("pageSize", pageSize, 1000);
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
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new SystemLogPage(page, more, accounts.findMembers(caller.teamId(), people));
    }

    private static @Nullable Long party(@Nullable Integer type, @Nullable Long id) {
        return type != null && (type == TimelineEntry.AGENT || type == TimelineEntry.LENDER) ? id : null;
    }
}
