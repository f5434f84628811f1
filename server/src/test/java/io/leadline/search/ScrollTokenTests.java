package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrollTokenTests {

    private static final long TEAM = 7L;
    private static final ScrollTokenSigner SIGNER = new ScrollTokenSigner("a key of this server".getBytes(StandardCharsets.UTF_8));

    @Test
    void roundTripsTheLastSortValueAndIdTieBreaker() {
        LeadQuery query = query("New Lead", LeadSort.CREATE_TIME, true);
        ScrollToken token = ScrollToken.after(TEAM, query, 1_700_000_000_123L, 42L, 900L);

        ScrollToken decoded = ScrollToken.decodeFor(token.encode(SIGNER), TEAM, query, SIGNER);

        assertThat(decoded.lastValue()).isEqualTo(1_700_000_000_123L);
        assertThat(decoded.lastId()).isEqualTo(42L);
        assertThat(decoded.total()).isEqualTo(900L);
        assertThat(token.encode(SIGNER)).doesNotContain("=").doesNotContain("+").doesNotContain("/");
    }

    @Test
    void carriesAMissingSortValue() {
        LeadQuery query = query(null, LeadSort.ASSIGN_TIME, false);
        String token = ScrollToken.after(TEAM, query, null, 7L, 1L).encode(SIGNER);
        assertThat(ScrollToken.decodeFor(token, TEAM, query, SIGNER).lastValue()).isNull();
    }

    @Test
    void isBoundToTheFiltersAndSortItWasIssuedFor() {
        String token = ScrollToken.after(TEAM, query("New Lead", LeadSort.DEFAULT, true), 1L, 2L, 3L).encode(SIGNER);

        assertThatThrownBy(() -> ScrollToken.decodeFor(token, TEAM, query("Closed", LeadSort.DEFAULT, true), SIGNER))
                .hasMessageContaining("scrollId");
        assertThatThrownBy(() -> ScrollToken.decodeFor(token, TEAM, query("New Lead", LeadSort.CREATE_TIME, true), SIGNER))
                .hasMessageContaining("scrollId");
        assertThatThrownBy(() -> ScrollToken.decodeFor(token, TEAM, query("New Lead", LeadSort.DEFAULT, false), SIGNER))
                .hasMessageContaining("scrollId");
    }

    @Test
    void isBoundToTheTeamItWasIssuedFor() {
        LeadQuery query = query(null, LeadSort.DEFAULT, true);
        String token = ScrollToken.after(TEAM, query, 1L, 2L, 3L).encode(SIGNER);
        assertThatThrownBy(() -> ScrollToken.decodeFor(token, TEAM + 1, query, SIGNER)).hasMessageContaining("scrollId");
    }

    // LL-13: a forged total or cursor was believed
    @Test
    void rejectsAnEditedTokenAndOneSignedWithAnotherKey() {
        LeadQuery query = query(null, LeadSort.DEFAULT, true);
        String token = ScrollToken.after(TEAM, query, 1L, 2L, 3L).encode(SIGNER);
        String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        String forgedTotal = text.replace(":2:3:", ":2:999999:");
        assertThat(forgedTotal).isNotEqualTo(text);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(forgedTotal.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ScrollToken.decodeFor(forged, TEAM, query, SIGNER)).hasMessageContaining("scrollId");
        ScrollTokenSigner otherServer = new ScrollTokenSigner("another key".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ScrollToken.decodeFor(token, TEAM, query, otherServer)).hasMessageContaining("scrollId");
    }

    @Test
    void rejectsTokensItDidNotIssue() {
        LeadQuery query = query(null, LeadSort.DEFAULT, true);
        for (String bogus : List.of("", "abc", "!!!", "MTpERUZBVUxU", "MjpERUZBVUxUOmQ6eDoxOjI")) {
            assertThatThrownBy(() -> ScrollToken.decodeFor(bogus, TEAM, query, SIGNER)).hasMessageContaining("scrollId");
        }
    }

    static LeadQuery query(String stage, LeadSort sort, boolean desc) {
        return new LeadQuery(stage, null, null, null, false, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), null, 0, 25, null, sort, desc);
    }
}
