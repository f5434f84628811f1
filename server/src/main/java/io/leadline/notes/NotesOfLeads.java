package io.leadline.notes;

import io.leadline.leads.LeadRecords;
import io.leadline.web.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/** A lead's notes for its export, as {@code GET /v1.0/notes} reads them. */
@Component
class NotesOfLeads implements LeadRecords {

    private final NoteService notes;

    NotesOfLeads(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public List<?> of(Caller caller, long leadId) {
        return notes.listForLead(caller, leadId).stream().map(NoteController.NoteResponse::of).toList();
    }
}
