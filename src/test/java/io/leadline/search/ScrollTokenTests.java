package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrollTokenTests {

    @Test
    void roundTripsTheLastSortValueAndIdTieBreaker() {
        LeadQuery query = query("New Lead", LeadSort.CREATE_TIME, true);
        ScrollToken token = ScrollToken.after(query, 1_700_000_000_123L, 42L, 900L);

        ScrollToken decoded = ScrollToken.decodeFor(token.encode(), query);

        assertThat(decoded.lastValue()).isEqualTo(1_700_000_000_123L);
        assertThat(decoded.lastId()).isEqualTo(42L);
        assertThat(decoded.total()).isEqualTo(900L);
        assertThat(token.encode()).doesNotContain("=").doesNotContain("+").doesNotContain("/");
    }

    @Test
    void carriesAMissingSortValue() {
        LeadQuery query = query(null, LeadSort.ASSIGN_TIME, false);
        assertThat(ScrollToken.decodeFor(ScrollToken.after(query, null, 7L, 1L).encode(), query).lastValue()).isNull();
    }

    @Test
    void isBoundToTheFiltersAndSortItWasIssuedFor() {
        String token = ScrollToken.after(query("New Lead", LeadSort.DEFAULT, true), 1L, 2L, 3L).encode();

        assertThatThrownBy(() -> ScrollToken.decodeFor(token, query("Closed", LeadSort.DEFAULT, true)))
                .hasMessageContaining("scrollId");
        assertThatThrownBy(() -> ScrollToken.decodeFor(token, query("New Lead", LeadSort.CREATE_TIME, true)))
                .hasMessageContaining("scrollId");
        assertThatThrownBy(() -> ScrollToken.decodeFor(token, query("New Lead", LeadSort.DEFAULT, false)))
                .hasMessageContaining("scrollId");
    }

    @Test
    void rejectsTokensItDidNotIssue() {
        LeadQuery query = query(null, LeadSort.DEFAULT, true);
        for (String bogus : List.of("", "abc", "!!!", "MTpERUZBVUxU", "MjpERUZBVUxUOmQ6eDoxOjI")) {
            assertThatThrownBy(() -> ScrollToken.decodeFor(bogus, query)).hasMessageContaining("scrollId");
        }
    }

    static LeadQuery query(String stage, LeadSort sort, boolean desc) {
        return new LeadQuery(stage, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), null, 0, 25, null, sort, desc);
    }
}
