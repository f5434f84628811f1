package io.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.leaddata.LeadDataHolder;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 31's seam: every table with a {@code lead_id} column (and the leads table) is answered for by exactly one
 * {@link LeadDataHolder}, the one of the module that writes it — a feature that starts keeping lead data in a new
 * table fails here until its holder names the table.
 */
@OnH2
class LeadDataSeamTests extends ApiTestBase {

    @Autowired
    List<LeadDataHolder> holders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableOfLeadDataIsAnsweredForByTheHolderOfTheModuleThatWritesIt() throws IOException {
        Set<String> leadTables = new TreeSet<>(jdbc.sql("""
                        SELECT LOWER(table_name) FROM information_schema.columns
                        WHERE LOWER(column_name) = 'lead_id' AND LOWER(table_schema) = 'public'
                        """)
                .query(String.class).list());
        leadTables.add("leads");
        assertThat(leadTables).contains("notes", "tasks", "communications", "timeline_entries", "lead_terms");

        Map<String, String> holderModuleByTable = new TreeMap<>();
        for (LeadDataHolder holder : holders) {
            String module = holder.getClass().getPackageName().replaceFirst("^io\\.leadline\\.([a-z]+).*$", "$1");
            holder.tables().forEach(table -> assertThat(holderModuleByTable.put(table, module))
                    .as(table + " is answered for by one holder").isNull());
        }
        assertThat(holderModuleByTable.keySet()).as("tables the holders answer for").isEqualTo(leadTables);
        for (Map.Entry<String, String> held : holderModuleByTable.entrySet()) {
            assertThat(TableOwnershipTests.tablesDeclaredIn(held.getValue()))
                    .as(held.getKey() + "'s holder is in the module that writes it").contains(held.getKey());
        }
    }
}
