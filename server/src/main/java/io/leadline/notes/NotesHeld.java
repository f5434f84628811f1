package io.leadline.notes;

import io.leadline.idempotency.IdempotentCreates;
import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leaddata.LeadRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: its notes. An erasure empties their text; the notes, their authors and times stay. */
@Component
class NotesHeld implements LeadDataHolder {

    private final JdbcClient jdbc;
    private final IdempotentCreates idempotent;

    NotesHeld(JdbcClient jdbc, IdempotentCreates idempotent) {
        this.jdbc = jdbc;
        this.idempotent = idempotent;
    }

    @Override
    public List<String> tables() {
        return List.of("notes");
    }

    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("idempotency_keys", idempotent.forget("note", LeadRows.ids(jdbc, "notes", "id", teamId, leadId)));
        erased.put("notes", LeadRows.erase(jdbc, "notes", "content = ''", teamId, leadId));
        return erased;
    }

    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        return Map.of("notes", LeadRows.move(jdbc, "notes", "id", teamId, from, to, only));
    }
}
