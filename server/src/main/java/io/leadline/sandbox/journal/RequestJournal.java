package io.leadline.sandbox.journal;

import io.leadline.sandbox.SandboxProperties;
import io.leadline.sandbox.Sandboxed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The last exchanges, oldest dropped first once the journal holds {@code leadline.sandbox.journal-size}. */
@Component
@Sandboxed
class RequestJournal {

    private final int capacity;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long nextId = 1;

    RequestJournal(SandboxProperties properties) {
        this.capacity = properties.journalSize();
    }

    synchronized long nextId() {
        return nextId++;
    }

    synchronized void record(JournalEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** Newest first, at most {@code limit}, of the entries that match. */
    synchronized List<JournalEntry> newest(Predicate<JournalEntry> matching, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        var newestFirst = entries.descendingIterator();
        while (newestFirst.hasNext() && found.size() < limit) {
            JournalEntry entry = newestFirst.next();
            if (matching.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }
}
