package io.leadline.leads.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.teamfeatures.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagEditsTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T12:00:00Z");

    @Test
    void operationsInAnyOrderLeaveTheNetDifference() {
        TagEdits edits = new TagEdits(Set.of(1L, 2L));
        edits.added(List.of(tag(3, "vip"), tag(1, "hot")));
        edits.removed(List.of(tag(3, "vip"), tag(2, "warm")));

        assertThat(edits.addedIds()).isEmpty();
        assertThat(edits.removedIds()).containsExactly(2L);
        assertThat(edits.current()).containsExactly(1L);
        assertThat(edits.knownNames()).containsEntry(2L, "warm");
    }

    @Test
    void aReplaceDropsTagsWhoseNamesItNeverSaw() {
        TagEdits edits = new TagEdits(Set.of(1L, 2L));
        edits.replacedWith(List.of(tag(2, "warm"), tag(5, "new")));

        assertThat(edits.addedIds()).containsExactly(5L);
        assertThat(edits.removedIds()).containsExactly(1L);
        assertThat(edits.knownNames()).doesNotContainKey(1L);
        edits.cleared();
        assertThat(edits.addedIds()).isEmpty();
        assertThat(edits.removedIds()).containsExactlyInAnyOrder(1L, 2L);
    }

    private static Tag tag(long id, String name) {
        return new Tag(id, name, 7L, NOW, null);
    }
}
