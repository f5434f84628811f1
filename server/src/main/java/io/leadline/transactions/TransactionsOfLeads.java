package io.leadline.transactions;

import io.leadline.leads.LeadRecords;
import io.leadline.web.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/** A lead's transactions for its export, as {@code GET /v1.0/leads/{leadId}/transactions} reads them. */
@Component
class TransactionsOfLeads implements LeadRecords {

    private final TransactionService transactions;

    TransactionsOfLeads(TransactionService transactions) {
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "transactions";
    }

    @Override
    public List<?> of(Caller caller, long leadId) {
        return transactions.list(caller, leadId);
    }
}
