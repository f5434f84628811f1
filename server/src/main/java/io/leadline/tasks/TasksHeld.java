package io.leadline.tasks;

import io.leadline.leaddata.LeadDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this feature keeps about a lead: its tasks and appointments. An erasure empties what they say and where an
 * appointment is; their kind, assignee, times and state stay.
 */
@Component
class TasksHeld implements LeadDataHolder {

    private final JdbcClient jdbc;

    TasksHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("tasks");
    }

    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("tasks", jdbc.sql("""
                UPDATE tasks SET content = '', address = NULL
                WHERE team_id = :teamId AND lead_id = :leadId""")
                .param("teamId", teamId).param("leadId", leadId).update());
        return erased;
    }
}
