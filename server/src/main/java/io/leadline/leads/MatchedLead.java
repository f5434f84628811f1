package io.leadline.leads;

import java.time.OffsetDateTime;

/** A live lead an import row matched by email or phone; the oldest is the match, by created time and then id. */
public record MatchedLead(long leadId, OffsetDateTime createdAt) implements Comparable<MatchedLead> {

    @Override
    public int compareTo(MatchedLead other) {
        int byTime = createdAt.compareTo(other.createdAt);
        return byTime != 0 ? byTime : Long.compare(leadId, other.leadId);
    }
}
