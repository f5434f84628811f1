package io.leadline.search;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Folds lead_count_deltas into lead_counts every second on whichever node gets the compactor lock. */
@Component
class LeadCountCompactor {

    private static final int BATCH = 5000;

    private final LeadCountRepository counts;
    private final TransactionTemplate transactions;

    LeadCountCompactor(LeadCountRepository counts, TransactionTemplate transactions) {
        this.counts = counts;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT1S")
    void compact() {
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transactions.execute(status -> counts.compact(BATCH)));
        }
    }
}
