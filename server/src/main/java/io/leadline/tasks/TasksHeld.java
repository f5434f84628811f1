package io.leadline.tasks;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's tasks and appointments. */
@Component
class TasksHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("tasks");
    }
}
