package io.leadline.leads.resource;

import io.leadline.teamfeatures.Tag;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one write's tag operations (set, add, remove, clear, in any order) did to a lead's tags, for the system log:
 * the tag ids before the first operation, the ids after the last, and the names of every tag the operations saw.
 * Kept as the operations run, so the log needs no read of the lead's tags afterwards.
 */
final class TagEdits {

    private final Set<Long> before;
    private final Set<Long> now;
    private final Map<Long, String> names = new HashMap<>();

    TagEdits(Set<Long> before) {
        this.before = Set.copyOf(before);
        this.now = new LinkedHashSet<>(before);
    }

    Set<Long> current() {
        return Set.copyOf(now);
    }

    void added(Collection<Tag> tags) {
        tags.forEach(tag -> {
            names.put(tag.id(), tag.name());
            now.add(tag.id());
        });
    }

    void replacedWith(Collection<Tag> tags) {
        now.clear();
        added(tags);
    }

    void removed(Collection<Tag> tags) {
        tags.forEach(tag -> {
            names.put(tag.id(), tag.name());
            now.remove(tag.id());
        });
    }

    void cleared() {
        now.clear();
    }

    List<Long> addedIds() {
        return now.stream().filter(id -> !before.contains(id)).toList();
    }

    List<Long> removedIds() {
        return before.stream().filter(id -> !now.contains(id)).toList();
    }

    /** The names the operations saw; a tag dropped by a replace or a clear may be missing. */
    Map<Long, String> knownNames() {
        return names;
    }
}
