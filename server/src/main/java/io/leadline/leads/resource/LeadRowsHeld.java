package io.leadline.leads.resource;

import io.leadline.database.StoredRows;
import io.leadline.leaddata.LeadDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** What the leads feature keeps about a lead: its row, its lists, tags, custom values, properties and role assignees. */
@Component
class LeadRowsHeld implements LeadDataHolder {

    private static final List<String> BESIDE_THE_ROW = List.of(
            "lead_list_items", "lead_tags", "lead_custom_values", "lead_properties", "lead_role_assignees");
    private static final List<String> TABLES = Stream.concat(Stream.of("leads"), BESIDE_THE_ROW.stream()).toList();

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(StoredRows rows, long leadId) {
        Map<String, List<Map<String, Object>>> byTable = new LinkedHashMap<>();
        byTable.put("leads", rows.of("leads", "id", leadId));
        byTable.putAll(rows.ofEach(BESIDE_THE_ROW, "lead_id", leadId));
        return byTable;
    }
}
