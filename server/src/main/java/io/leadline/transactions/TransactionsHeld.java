package io.leadline.transactions;

import io.leadline.leaddata.LeadDataHolder;
import java.util.List;
import org.springframework.stereotype.Component;

/** What this feature keeps about a lead: the lead's transactions and their addresses. */
@Component
class TransactionsHeld implements LeadDataHolder {

    @Override
    public List<String> tables() {
        return List.of("lead_transactions", "transaction_addresses");
    }
}
