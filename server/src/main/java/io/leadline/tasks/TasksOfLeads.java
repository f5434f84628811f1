package io.leadline.tasks;

import io.leadline.leads.LeadRecords;
import io.leadline.web.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/** A lead's tasks and appointments, open and finished, for its export, as {@code GET /v2.0/tasks} reads them. */
@Component
class TasksOfLeads implements LeadRecords {

    private final TaskReads reads;

    TasksOfLeads(TaskReads reads) {
        this.reads = reads;
    }

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public List<?> of(Caller caller, long leadId) {
        return reads.forLead(caller, leadId, List.of(TaskKind.values())).stream().map(TaskResponses::v2).toList();
    }
}
