package io.leadline.tasks;

import io.leadline.leads.LeadCards;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** An entry with what its views show alongside: its lead, its assignee's name, the zone to show times in, and now. */
record TaskView(TaskRow task, LeadCards.LeadCard lead, @Nullable String assigneeName, ZoneId zone, OffsetDateTime now) {

    boolean overdue() {
        return task.overdueAt(now);
    }
}
