package io.leadline.audit;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the audit keeps about a lead: who read its full record or exported it, and when. */
@Component
class AuditHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("lead_access_audit");
    }
}
