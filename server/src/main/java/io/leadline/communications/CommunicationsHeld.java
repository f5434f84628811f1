package io.leadline.communications;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's calls, emails and texts. */
@Component
class CommunicationsHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("communications");
    }
}
