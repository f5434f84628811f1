package io.leadline.tasks;

import io.leadline.clock.ClockMoved;
import io.leadline.leads.LeadCards;
import io.leadline.web.Times;
import io.leadline.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every node fires due reminders: a batch is claimed under row locks other nodes skip, and each reminder's webhook
 * event (taskReminder on list 10, appointmentReminder on list 11) is written in the transaction that marks it sent.
 * A node that dies mid-batch rolls back, and another node fires the batch; no reminder fires twice.
 */
@Component
class ReminderSweep {

    static final int BATCH = 500;

    private final TaskRepository tasks;
    private final LeadCards cards;
    private final WebhookEvents webhooks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderSweep(TaskRepository tasks, LeadCards cards, WebhookEvents webhooks, TransactionTemplate transactions, Clock clock) {
        this.tasks = tasks;
        this.cards = cards;
        this.webhooks = webhooks;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A moved clock settles what fell due at once: before the request that moved it answers, not at the next sweep. */
    @EventListener
    void clockMoved(ClockMoved moved) {
        sweep();
    }

    @Scheduled(fixedDelayString = "${leadline.tasks.reminder-sweep-interval:PT0.5S}")
    void sweep() {
        Integer fired;
        do {
            fired = transactions.execute(status -> fireDue());
        } while (fired != null && fired == BATCH);
    }

    /** Fires one batch of due reminders; answers how many. */
    int fireDue() {
        OffsetDateTime now = Times.now(clock);
        List<TaskRow> due = tasks.claimDueReminders(now, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<TaskRow>> byTeam = due.stream().collect(Collectors.groupingBy(t -> t.teamId));
        byTeam.forEach((teamId, reminders) -> {
            Map<Long, LeadCards.LeadCard> leads = cards.cards(teamId, reminders.stream().map(t -> t.leadId).toList());
            for (TaskKind kind : TaskKind.values()) {
                List<WebhookEvents.LeadResource> items = reminders.stream().filter(t -> t.kind == kind)
                        .map(t -> new WebhookEvents.LeadResource(t.id, t.leadId, leads.get(t.leadId).audience()))
                        .toList();
                webhooks.leadResources(teamId, TaskService.listId(kind), kind.suffix + "Reminder", kind.suffix + "Id", items, now);
            }
        });
        tasks.markRemindersSent(due.stream().map(t -> t.id).toList(), now);
        return due.size();
    }
}
