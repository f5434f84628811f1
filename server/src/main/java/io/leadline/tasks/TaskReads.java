package io.leadline.tasks;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.leads.LeadCards;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of tasks and appointments, each entry with its lead's card and its assignee's name. */
@Service
class TaskReads {

    static final int MY_TASKS_MAX = 100;
    static final int CALENDAR_PAGE_MAX = 500;
    private static final Map<String, String> CALENDAR_SORTS = Map.of(
            "starttime", "t.starts_at", "endtime", "t.due_at", "createtime", "t.created_at", "updatetime", "t.updated_at");

    private final TaskRepository tasks;
    private final LeadService leads;
    private final LeadCards cards;
    private final AccountsService accounts;
    private final Clock clock;

    TaskReads(TaskRepository tasks, LeadService leads, LeadCards cards, AccountsService accounts, Clock clock) {
        this.tasks = tasks;
        this.leads = leads;
        this.cards = cards;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One entry the caller may see, in its own zone unless another is asked for. */
    @Transactional(readOnly = true)
    TaskView one(Caller caller, long id, TaskCommands.Scope scope) {
        TaskRow task = tasks.findVisible(caller, id).filter(scope::reaches).orElseThrow(() -> scope.missing(id));
        return views(caller.teamId(), List.of(task), null).getFirst();
    }

    /** The lead's open entries of these kinds, oldest start first, each in its own zone. */
    @Transactional(readOnly = true)
    List<TaskView> forLead(Caller caller, long leadId, List<TaskKind> kinds) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        return views(caller.teamId(), tasks.findForLead(caller.teamId(), lead.leadId(), kinds), null);
    }

    /**
     * A member's entries, newest start first, {@code limit} after the entry {@code currentId} (0: from the top). Others'
     * lists are for owners and admins (Lofty's 400/20017 otherwise).
     */
    @Transactional(readOnly = true)
    List<TaskView> mine(Caller caller, @Nullable Long userId, long currentId, int limit, @Nullable String zoneCode) {
        if (currentId < 0) {
            throw ApiException.invalidField("currentId", "must be 0 or more");
        }
        PageSize.lofty("Limit", limit, MY_TASKS_MAX);
        ZoneId zone = TaskRules.zone(zoneCode, accounts.teamZone(caller.teamId()));
        long member = userId == null ? caller.userId() : userId;
        if (member != caller.userId()) {
            if (!caller.managesTeam()) {
                throw new ApiException(ErrorCode.PERMISSION_DENIED_AS_BAD_REQUEST,
                        "Permission denied: only the team's owner or an admin may read another member's tasks");
            }
            accounts.findMember(caller.teamId(), member)
                    .orElseThrow(() -> new ApiException(ErrorCode.USER_NOT_EXIST, "No member " + member));
        }
        TaskRow after = currentId == 0 ? null : tasks.findAssignedById(caller.teamId(), member, currentId)
                .orElseThrow(() -> ApiException.invalidField("currentId", "is not an entry of member " + member + ": " + currentId));
        return views(caller.teamId(), tasks.findAssigned(caller.teamId(), member, after, limit), zone);
    }

    /** The caller's open entries of these kinds starting in [from, before) if given, soonest due first, in the team's zone. */
    @Transactional(readOnly = true)
    List<TaskView> openAssigned(Caller caller, List<TaskKind> kinds, @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime before, int limit) {
        ZoneId zone = accounts.teamZone(caller.teamId());
        return views(caller.teamId(),
                tasks.findOpenAssigned(caller.teamId(), caller.userId(), kinds, from, before, limit), zone);
    }

    /** Lofty's calendar query, every parameter text as its document types them. */
    record CalendarQuery(
            @Nullable String leadId,
            @Nullable String startTime,
            @Nullable String endTime,
            @Nullable String startTimeMs,
            @Nullable String endTimeMs,
            @Nullable String timeZoneCode,
            @Nullable String includeFinished,
            @Nullable String page,
            @Nullable String pageSize,
            @Nullable String sort,
            @Nullable String desc,
            @Nullable List<String> sourceType) {}

    record CalendarPage(long total, int page, int pageSize, List<TaskView> items) {}

    /**
     * The caller's entries (with {@code leadId}: that lead's) starting in the range, unfinished unless asked, ordered by
     * an allow-listed field. At least one end of the range is required.
     */
    @Transactional(readOnly = true)
    CalendarPage calendar(Caller caller, CalendarQuery q) {
        ZoneId zone = TaskRules.zone(q.timeZoneCode(), accounts.teamZone(caller.teamId()));
        TimeInput from = TimeInput.of("startTime", q.startTime(), number("startTimeMs", q.startTimeMs()));
        TimeInput to = TimeInput.of("endTime", q.endTime(), number("endTimeMs", q.endTimeMs()));
        if (from == null && to == null) {
            throw ApiException.invalidField("startTime", "or endTime is required");
        }
        int page = (int) Math.min(Integer.MAX_VALUE, numberOr("page", q.page(), 0));
        long pageSize = PageSize.field("pageSize", numberOr("pageSize", q.pageSize(), 20), CALENDAR_PAGE_MAX);
        String order = CALENDAR_SORTS.get((q.sort() == null ? "startTime" : q.sort().trim()).toLowerCase(Locale.ROOT));
        if (order == null) {
            throw ApiException.invalidField("sort", "must be one of startTime, endTime, createTime, updateTime");
        }
        List<String> where = new ArrayList<>(List.of("t.team_id = :teamId", "t.deleted_at IS NULL", "t.lead_trashed = FALSE"));
        Map<String, Object> params = new HashMap<>();
        params.put("teamId", caller.teamId());
        Long leadId = q.leadId() == null || q.leadId().isBlank() ? null : io.leadline.web.Ids.parse("leadId", q.leadId().trim());
        if (leadId != null) {
            leads.visibleLead(caller, leadId);
            where.add("t.lead_id = :leadId");
            params.put("leadId", leadId);
        } else {
            where.add("t.assignee_user_id = :me");
            params.put("me", caller.userId());
        }
        if (from != null) {
            where.add("t.starts_at >= :from");
            params.put("from", from.resolve(zone));
        }
        if (to != null) {
            where.add("t.starts_at <= :to");
            params.put("to", to.resolve(zone));
        }
        if (!flag("includeFinished", q.includeFinished(), false)) {
            where.add("t.finished_at IS NULL");
        }
        List<TaskKind> kinds = sourceTypes(q.sourceType());
        if (!kinds.isEmpty()) {
            where.add("t.kind IN (:kinds)");
            params.put("kinds", kinds.stream().map(Enum::name).toList());
        }
        long offset = (long) page * pageSize;
        if (offset > Integer.MAX_VALUE) {
            throw ApiException.invalidField("page", "is too far: page × pageSize must stay below " + Integer.MAX_VALUE);
        }
        TaskRepository.CalendarPage found = tasks.calendar(String.join(" AND ", where), params, order,
                flag("desc", q.desc(), true), (int) offset, (int) pageSize);
        return new CalendarPage(found.total(), page, (int) pageSize, views(caller.teamId(), found.entries(), zone));
    }

    /** Each entry with its lead's card and assignee's name, shown in {@code zone} (null: each in its own). */
    private List<TaskView> views(long teamId, List<TaskRow> rows, @Nullable ZoneId zone) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, LeadCards.LeadCard> leadCards = cards.cards(teamId, rows.stream().map(t -> t.leadId).toList());
        Map<Long, Member> assignees = accounts.findMembers(teamId, rows.stream().map(t -> t.assigneeUserId).distinct().toList());
        OffsetDateTime now = Times.now(clock);
        Function<Long, String> name = id -> assignees.containsKey(id) ? assignees.get(id).fullName() : null;
        return rows.stream()
                .map(t -> new TaskView(t, leadCards.get(t.leadId), name.apply(t.assigneeUserId), zone == null ? t.zone : zone, now))
                .toList();
    }

    /** 1 tasks, 2 appointments (Leadline's codes); each value may itself be a comma-separated list. */
    private static List<TaskKind> sourceTypes(@Nullable List<String> values) {
        List<TaskKind> kinds = new ArrayList<>();
        if (values == null) {
            return kinds;
        }
        for (String value : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).toList()) {
            TaskKind kind = java.util.Arrays.stream(TaskKind.values()).filter(k -> String.valueOf(k.sourceType).equals(value))
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalidField("sourceType", "must be 1 (task) or 2 (appointment), not '" + value + "'"));
            kinds.add(kind);
        }
        return kinds;
    }

    private static @Nullable Long number(String field, @Nullable String text) {
        return text == null || text.isBlank() ? null : io.leadline.web.Ids.parse(field, text.trim());
    }

    private static long numberOr(String field, @Nullable String text, long fallback) {
        Long value = number(field, text);
        return value == null ? fallback : value;
    }

    private static boolean flag(String field, @Nullable String text, boolean fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(field, "must be true or false, not '" + text + "'");
        };
    }
}
