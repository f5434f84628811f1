package io.leadline.search;

import io.leadline.database.AfterCommit;
import io.leadline.database.DataReplaced;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The words each team's vocabulary ({@code search_terms}) is known to hold, so that a lead write inserts only words
 * this node has not seen stored (LL-18: most of a lead's words — common names, email domains — are there already, and
 * asking costs a statement per write). The vocabulary only grows, so what a committed write stored stays true on every
 * node; a word another node stored is inserted again from here, which changes nothing. Rows put back under a
 * running node by the sandbox ({@link DataReplaced}) empty it; a database restored from a backup under running
 * servers is not covered: restart them.
 */
@Component
class Vocabulary {

    private static final int MAX_WORDS = 250_000;

    private record Word(long teamId, String term) {}

    private final Set<Word> known = ConcurrentHashMap.newKeySet();

    @EventListener
    void dataReplaced(DataReplaced replaced) {
        known.clear();
    }

    /** The terms not known to be stored, in their order. */
    List<String> unknown(long teamId, List<String> terms) {
        return terms.stream().filter(term -> !known.contains(new Word(teamId, term))).toList();
    }

    /** In the transaction that inserts them: known from its commit on, never if it rolls back. */
    void storing(long teamId, List<String> terms) {
        AfterCommit.run(() -> {
            if (known.size() + terms.size() > MAX_WORDS) {
                known.clear();
            }
            terms.forEach(term -> known.add(new Word(teamId, term)));
        });
    }
}
