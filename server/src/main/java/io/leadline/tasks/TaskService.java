package io.leadline.tasks;

import io.leadline.accounts.AccountsService;
import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadCards;
import io.leadline.leads.LeadHistory;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.leadline.webhooks.EventAudience;
import io.leadline.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks door: every write to a task or appointment, whichever API asked. A write locks the entry's lead first, so
 * the lead's next-task time, the entry, its webhook event and its timeline entry change together and in order.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final LeadService leads;
    private final LeadCards cards;
    private final AccountsService accounts;
    private final WebhookEvents webhooks;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    TaskService(TaskRepository tasks, LeadService leads, LeadCards cards, AccountsService accounts, WebhookEvents webhooks,
            ApplicationEventPublisher events, IdGenerator ids, Clock clock) {
        this.tasks = tasks;
        this.leads = leads;
        this.cards = cards;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    TaskRow create(Caller caller, TaskCommands.NewTask command) {
        TaskRow task = new TaskRow();
        task.kind = command.kind();
        task.way = command.kind() == TaskKind.TASK ? TaskRules.way(command.futureOnly() ? "taskWay" : "type", command.way()) : null;
        task.content = TaskRules.content(command.content());
        if (command.leadId() == null) {
            throw ApiException.missingField("leadId");
        }
        task.zone = TaskRules.zone(command.zoneCode(), accounts.teamZone(caller.teamId()));
        OffsetDateTime now = Times.now(clock);
        if (command.due() == null) {
            throw ApiException.missingField(command.dueField());
        }
        OffsetDateTime due = command.due().resolve(task.zone);
        OffsetDateTime start = command.start() == null ? due : command.start().resolve(task.zone);
        TaskRules.order(start, due, "startAt", command.due().field());
        if (command.futureOnly()) {
            TaskRules.ahead(start, command.start() == null ? command.due().field() : command.start().field(), now);
            TaskRules.ahead(due, command.due().field(), now);
        }
        task.startsAt = start.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        task.dueAt = due.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        task.allDay = command.kind() == TaskKind.APPOINTMENT && command.start() != null && atMidnight(start) && atMidnight(due);
        task.address = TaskRules.address(command.address());
        task.reminderAt = command.reminder() == null ? null : utc(command.reminder().resolve(task.zone));
        task.reminderType = command.reminderType();
        task.assignedRole = command.kind() == TaskKind.APPOINTMENT && command.assignedRole() == null
                ? "Agent"
                : TaskRules.role(command.assignedRole());
        LeadSummary lead = leads.visibleLead(caller, command.leadId());
        cards.lock(caller.teamId(), lead.leadId());
        task.assigneeUserId = assignee(caller, lead, task.assignedRole, command.assignedUserId());
        task.id = ids.nextId();
        task.teamId = caller.teamId();
        task.leadId = lead.leadId();
        task.creatorUserId = caller.userId();
        task.createdAt = now;
        task.updatedAt = now;
        task.rearmReminder();
        tasks.insert(task);
        changed(task, lead.audience(), TaskChanged.Change.CREATED, caller.userId(), now);
        return task;
    }

    @Transactional
    void update(Caller caller, long id, TaskCommands.Scope scope, TaskCommands.TaskEdit edit) {
        if (edit.isEmpty()) {
            throw ApiException.invalidField("body", "names nothing to change (MISSING_PARAMETER)");
        }
        TaskRow task = locked(caller, id, scope);
        OffsetDateTime now = Times.now(clock);
        long from = task.leadId;
        EventAudience audience = move(caller, task, edit);
        if (edit.content() != null) {
            task.content = TaskRules.content(edit.content());
        }
        if (edit.way() != null && task.kind == TaskKind.TASK) {
            task.way = TaskRules.way("type", edit.way());
        }
        if (edit.assignedRole() != null || edit.assignedUserId() != null) {
            task.assignedRole = edit.assignedRole() == null ? task.assignedRole : TaskRules.role(edit.assignedRole());
            task.assigneeUserId = assignee(caller, leads.visibleLead(caller, task.leadId), task.assignedRole, edit.assignedUserId());
        }
        retime(task, edit, now);
        if (edit.address() != null) {
            task.address = TaskRules.address(edit.address());
        }
        if (edit.reminder() != null) {
            task.reminderAt = utc(edit.reminder().resolve(task.zone));
            task.reminderSentAt = null;
        }
        if (edit.reminderType() != null) {
            task.reminderType = edit.reminderType();
        }
        task.updatedAt = now;
        task.rearmReminder();
        tasks.update(task);
        if (from != task.leadId) {
            cards.setNextTask(task.teamId, from, tasks.nextDue(task.teamId, from));
        }
        changed(task, audience, TaskChanged.Change.UPDATED, caller.userId(), now);
    }

    /**
     * Lofty's v1 update: {@code finishFlag} true finishes the task and ignores the rest; false reopens it and applies
     * the rest, which may then be empty.
     */
    @Transactional
    void updateV1(Caller caller, long id, @Nullable Boolean finishFlag, TaskCommands.TaskEdit edit) {
        if (Boolean.TRUE.equals(finishFlag)) {
            finish(caller, id, TaskCommands.Scope.TASKS_ONLY, true);
            return;
        }
        if (Boolean.FALSE.equals(finishFlag)) {
            finish(caller, id, TaskCommands.Scope.TASKS_ONLY, false);
            if (edit.isEmpty()) {
                return;
            }
        }
        update(caller, id, TaskCommands.Scope.TASKS_ONLY, edit);
    }

    /** Idempotent: finishing a finished entry (or reopening an open one) changes nothing and tells nobody. */
    @Transactional
    void finish(Caller caller, long id, TaskCommands.Scope scope, boolean finished) {
        TaskRow task = locked(caller, id, scope);
        if (task.finished() == finished) {
            return;
        }
        OffsetDateTime now = Times.now(clock);
        task.finishedAt = finished ? now : null;
        task.updatedAt = now;
        task.rearmReminder();
        tasks.update(task);
        changed(task, leads.visibleLead(caller, task.leadId).audience(),
                finished ? TaskChanged.Change.FINISHED : TaskChanged.Change.REOPENED, caller.userId(), now);
    }

    /** A soft delete: the row stays (the lead's timeline names it), every read passes it over. */
    @Transactional
    void delete(Caller caller, long id, TaskCommands.Scope scope) {
        TaskRow task = locked(caller, id, scope);
        OffsetDateTime now = Times.now(clock);
        task.deletedAt = now;
        task.updatedAt = now;
        task.rearmReminder();
        tasks.update(task);
        changed(task, leads.visibleLead(caller, task.leadId).audience(), TaskChanged.Change.DELETED, caller.userId(), now);
    }

    /** A lead's entries leave members' lists with it when it is trashed, and come back when it is restored. */
    @EventListener
    void leadTrashedOrRestored(LeadHistory history) {
        if (history.kind() == LeadHistory.Kind.TRASHED || history.kind() == LeadHistory.Kind.RESTORED) {
            tasks.setLeadTrashed(history.teamId(), history.leadId(), history.kind() == LeadHistory.Kind.TRASHED);
        }
    }

    /** Records the change everywhere it shows: the lead's next task, the webhook lists, the timeline. */
    void changed(TaskRow task, EventAudience audience, TaskChanged.Change change, long actor, OffsetDateTime now) {
        cards.setNextTask(task.teamId, task.leadId, tasks.nextDue(task.teamId, task.leadId));
        webhooks.leadResource(task.teamId, listId(task.kind), bucket(task.kind, change), task.kind.suffix + "Id", task.id,
                task.leadId, audience, now);
        events.publishEvent(new TaskChanged(task.teamId, task.id, task.leadId, actor, task.kind, change, task.content,
                task.dueAt, task.finishedAt, now));
    }

    static int listId(TaskKind kind) {
        return kind == TaskKind.TASK ? WebhookEvents.TASK : WebhookEvents.APPOINTMENT;
    }

    /** newTask, updatedTask, finishedTask, deletedTask (and the same for appointments); reopening is an update. */
    private static String bucket(TaskKind kind, TaskChanged.Change change) {
        String verb = switch (change) {
            case CREATED -> "new";
            case UPDATED, REOPENED -> "updated";
            case FINISHED -> "finished";
            case DELETED -> "deleted";
        };
        return verb + kind.label;
    }

    private TaskRow locked(Caller caller, long id, TaskCommands.Scope scope) {
        TaskRow visible = tasks.findVisible(caller, id).filter(scope::reaches).orElseThrow(() -> scope.missing(id));
        cards.lock(caller.teamId(), visible.leadId);
        TaskRow task = tasks.lock(caller.teamId(), id);
        if (task.deletedAt != null) {
            throw scope.missing(id);
        }
        return task;
    }

    /** The calendar may move an entry to another lead the caller may see; v1 insists the lead stays. */
    private EventAudience move(Caller caller, TaskRow task, TaskCommands.TaskEdit edit) {
        if (edit.leadId() == null || edit.leadId() == task.leadId) {
            return leads.visibleLead(caller, task.leadId).audience();
        }
        if (!edit.leadMayChange()) {
            throw ApiException.invalidField("leadId", "does not match the task's lead (INVALID_UPDATE_OPERATION_LEADID)");
        }
        LeadSummary target = leads.visibleLead(caller, edit.leadId());
        cards.lock(caller.teamId(), target.leadId());
        task.leadId = target.leadId();
        return target.audience();
    }

    private void retime(TaskRow task, TaskCommands.TaskEdit edit, OffsetDateTime now) {
        task.zone = TaskRules.zone(edit.zoneCode(), task.zone);
        if (edit.start() == null && edit.due() == null) {
            return;
        }
        OffsetDateTime start = edit.start() == null ? task.startsAt : edit.start().resolve(task.zone);
        OffsetDateTime due = edit.due() == null ? task.dueAt : edit.due().resolve(task.zone);
        if (edit.start() == null && task.kind == TaskKind.TASK && task.startsAt.equals(task.dueAt)) {
            start = due;
        }
        TaskRules.order(start, due, "startAt", "endAt");
        if (edit.futureOnly()) {
            if (edit.start() != null) {
                TaskRules.ahead(start, edit.start().field(), now);
            }
            if (edit.due() != null) {
                TaskRules.ahead(due, edit.due().field(), now);
            }
        }
        if (task.kind == TaskKind.APPOINTMENT && edit.start() != null && edit.due() != null) {
            task.allDay = atMidnight(start) && atMidnight(due);
        }
        task.startsAt = utc(start);
        task.dueAt = utc(due);
    }

    /**
     * Who does it: the member named by Leadline's {@code assignedUserId}, else the lead's agent (the caller when the
     * lead has none) for Agent, or the holder of the lead's Assistant role for Assistant.
     */
    private long assignee(Caller caller, LeadSummary lead, String role, @Nullable Long named) {
        if (named != null) {
            return accounts.findMember(caller.teamId(), named)
                    .filter(member -> member.deactivatedAt() == null)
                    .orElseThrow(() -> ApiException.invalidField("assignedUserId", "is not an active member of this team: " + named))
                    .id();
        }
        if (role.equals("Assistant")) {
            return cards.assistantOf(lead.leadId()).orElseThrow(() -> ApiException.invalidField("assignedRole",
                    "is Assistant, but lead " + lead.leadId() + " has no Assistant; name the member with assignedUserId"));
        }
        return Objects.requireNonNullElse(lead.assignedUserId(), caller.userId());
    }

    private static boolean atMidnight(OffsetDateTime time) {
        return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }
}
