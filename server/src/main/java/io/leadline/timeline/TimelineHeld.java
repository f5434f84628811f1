package io.leadline.timeline;

import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leaddata.LeadRows;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this feature keeps about a lead: its timeline (site activity, manual logs, the system log). An erasure empties
 * each entry's contents; the entries, their kinds, agents and times stay.
 */
@Component
class TimelineHeld implements LeadDataHolder {

    private final JdbcClient jdbc;

    TimelineHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("timeline_entries");
    }

    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of("timeline_entries", LeadRows.erase(jdbc, "timeline_entries", "content = '{}'", teamId, leadId));
    }

    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of("timeline_entries", LeadRows.move(jdbc, "timeline_entries", "id", teamId, from, to, only));
    }
}
