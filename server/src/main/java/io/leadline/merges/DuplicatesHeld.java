package io.leadline.merges;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: whether the last sweep found it sharing an email or phone. */
@Component
class DuplicatesHeld implements LeadDataHolder {

    private final JdbcClient jdbc;

    DuplicatesHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("duplicate_leads");
    }

    /** The mark goes: an erased lead holds no email or phone to share. */
    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of("duplicate_leads", jdbc.sql("DELETE FROM duplicate_leads WHERE team_id = :teamId AND lead_id = :leadId")
                .param("teamId", teamId).param("leadId", leadId).update());
    }

    /** None: the next sweep marks the survivor, which now holds the merged leads' emails and phones. */
    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of();
    }
}
