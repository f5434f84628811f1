package io.leadline.notes;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's notes. */
@Component
class NotesHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("notes");
    }
}
