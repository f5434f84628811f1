package io.leadline.transactions;

import io.leadline.idempotency.IdempotentCreates;
import io.leadline.leaddata.LeadDataHolder;
import io.leadline.leaddata.LeadRows;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What this feature keeps about a lead: its transactions and their property addresses. An erasure empties a
 * transaction's name, custom fields and address; its type, status, amounts and dates stay.
 */
@Component
class TransactionsHeld implements LeadDataHolder {

    private final JdbcClient jdbc;
    private final IdempotentCreates idempotent;
    private final JsonMapper json;

    TransactionsHeld(JdbcClient jdbc, IdempotentCreates idempotent, JsonMapper json) {
        this.jdbc = jdbc;
        this.idempotent = idempotent;
        this.json = json;
    }

    @Override
    public List<String> tables() {
        return List.of("lead_transactions", "transaction_addresses");
    }

    @Override
    public Map<String, Integer> erase(long teamId, long leadId) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("idempotency_keys",
                idempotent.forget("transaction", LeadRows.ids(jdbc, "lead_transactions", "id", teamId, leadId)));
        erased.put("lead_transactions", eraseNames(teamId, leadId));
        erased.put("transaction_addresses", LeadRows.erase(jdbc, "transaction_addresses", "street_address = NULL,"
                + " unit = NULL, city = NULL, state = NULL, zip_code = NULL, county = NULL, label = NULL", teamId, leadId));
        return erased;
    }

    /** The name is kept twice, as a column and in the stored transaction; its custom fields may say anything. */
    private int eraseNames(long teamId, long leadId) {
        Map<Long, String> details = new LinkedHashMap<>();
        jdbc.sql("SELECT id, details FROM lead_transactions WHERE team_id = :teamId AND lead_id = :leadId")
                .param("teamId", teamId).param("leadId", leadId)
                .query((ResultSet rs) -> {
                    details.put(rs.getLong("id"), rs.getString("details"));
                });
        details.forEach((id, stored) -> {
            ObjectNode transaction = (ObjectNode) json.readTree(stored);
            transaction.put("transactionName", "");
            transaction.remove("customFields");
            jdbc.sql("UPDATE lead_transactions SET name = '', details = :details WHERE team_id = :teamId AND id = :id")
                    .param("details", json.writeValueAsString(transaction)).param("teamId", teamId).param("id", id)
                    .update();
        });
        return details.size();
    }

    @Override
    public Map<String, List<Long>> move(long teamId, long from, long to, @Nullable Map<String, List<Long>> only) {
        Map<String, List<Long>> moved = new LinkedHashMap<>();
        moved.put("lead_transactions", LeadRows.move(jdbc, "lead_transactions", "id", teamId, from, to, only));
        moved.put("transaction_addresses", LeadRows.move(jdbc, "transaction_addresses", "transaction_id", teamId, from, to, only));
        return moved;
    }
}
