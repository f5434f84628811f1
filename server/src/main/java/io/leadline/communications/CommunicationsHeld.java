package io.leadline.communications;

import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leaddata.LeadRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this feature keeps about a lead: its calls, emails and texts, logged or sent through the outbox. An erasure
 * takes a message still waiting in the outbox out of it (failed, never sent) and empties every message's address,
 * subject, body and recording; the channel, direction, outcome, agent and times stay, so activity reports add up.
 */
@Component
class CommunicationsHeld implements LeadDataHolder {

    /** Why a message the erasure took out of the outbox was never sent. */
    private static final String DROPPED = "erased before it was sent";

    private final JdbcClient jdbc;

    CommunicationsHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("communications");
    }

    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("communications (unsent, dropped)", jdbc.sql("""
                        UPDATE communications SET status = 'Failed', next_attempt_at = NULL, last_error = :dropped
                        WHERE team_id = :teamId AND lead_id = :leadId AND next_attempt_at IS NOT NULL""")
                .param("dropped", DROPPED).param("teamId", teamId).param("leadId", leadId).update());
        erased.put("communications", LeadRows.erase(jdbc, "communications", "lead_address = NULL, subject = NULL,"
                + " body = NULL, recording_url = NULL, last_error = CASE WHEN last_error = '" + DROPPED + "' THEN last_error END",
                teamId, leadId));
        return erased;
    }

    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of("communications", LeadRows.move(jdbc, "communications", "id", teamId, from, to, only));
    }
}
