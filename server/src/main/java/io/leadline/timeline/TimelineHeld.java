package io.leadline.timeline;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's timeline and system log. */
@Component
class TimelineHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("timeline_entries");
    }
}
