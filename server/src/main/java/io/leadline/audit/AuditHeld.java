package io.leadline.audit;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the audit keeps about a lead: who read its full record or exported it, and when. */
@Component
class AuditHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("lead_access_audit");
    }

    /** Who read the lead, and when: the members' doing, with no data of the person (V69). Kept. */
    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        return Map.of();
    }

    /** None: who read a lead stays about that lead. */
    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of();
    }
}
