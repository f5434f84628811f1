package io.leadline.search;

import org.springframework.stereotype.Component;

/** How lead writers keep the exact list totals in step: called in the writing transaction. */
@Component
public class LeadCounts {

    private final LeadCountRepository counts;

    LeadCounts(LeadCountRepository counts) {
        this.counts = counts;
    }

    public void added(CountKey key) {
        counts.added(key);
    }

    /** A lead now counted as {@code after}; nothing is written when what it is counted by did not change. */
    public void moved(CountKey before, CountKey after) {
        counts.moved(before, after);
    }
}
