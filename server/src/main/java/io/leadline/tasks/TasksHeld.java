package io.leadline.tasks;

import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leaddata.LeadRows;
import io.leadline.leads.LeadCards;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this feature keeps about a lead: its tasks and appointments. An erasure empties what they say and where an
 * appointment is; their kind, assignee, times and state stay.
 */
@Component
class TasksHeld implements LeadDataHolder {

    private final JdbcClient jdbc;
    private final TaskRepository tasks;
    private final LeadCards cards;

    TasksHeld(JdbcClient jdbc, TaskRepository tasks, LeadCards cards) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.cards = cards;
    }

    @Override
    public List<String> tables() {
        return List.of("tasks");
    }

    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of("tasks", LeadRows.erase(jdbc, "tasks", "content = '', address = NULL", teamId, leadId));
    }

    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        List<Long> moved = LeadRows.move(jdbc, "tasks", "id", teamId, from, to, only);
        cards.setNextTask(teamId, from, tasks.nextDue(teamId, from));
        cards.setNextTask(teamId, to, tasks.nextDue(teamId, to));
        return Map.of("tasks", moved);
    }
}
