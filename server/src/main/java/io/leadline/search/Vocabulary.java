package io.leadline.search;

import io.leadline.database.AfterCommit;
import io.leadline.database.DataReplaced;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The words each team's vocabulary ({@code search_terms}) is known to hold, so that a lead write inserts only words
 * this node has not seen stored (LL-18: most of a lead's words — common names, email domains — are there already, and
 * asking costs a statement per write). A word another node stored is inserted again from here, which changes nothing.
 * <p>
 * The vocabulary shrinks only when a person is erased ({@link #forget}). Every node reads the count of such removals
 * each second and forgets all it knew when it moved. A write that trusted its node's memory in that second may have
 * left its word out of the vocabulary; the erasing node puts back, a few seconds later, any removed word a lead holds
 * by then. Rows put back under a running node by the sandbox ({@link DataReplaced}) empty it; a database restored from
 * a backup under running servers is not covered: restart them.
 */
@Component
class Vocabulary {

    private static final int MAX_WORDS = 250_000;

    private record Word(long teamId, String term) {}

    private final Set<Word> known = ConcurrentHashMap.newKeySet();
    private final AtomicLong removalsSeen = new AtomicLong(-1);
    private final NamedParameterJdbcTemplate jdbc;
    /** None in the offline command, which waits for the put-back itself. */
    private final ObjectProvider<TaskScheduler> scheduler;
    /** Long enough for every node to have followed the removal and finished the writes it had started. */
    private final Duration putBackAfter;

    Vocabulary(NamedParameterJdbcTemplate jdbc, ObjectProvider<TaskScheduler> scheduler,
            @Value("${leadline.search.vocabulary-put-back-after:PT10S}") Duration putBackAfter) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.putBackAfter = putBackAfter;
    }

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

    /** In the transaction that deleted these words from the team's vocabulary: every node forgets what it knew. */
    void forget(long teamId, List<String> terms) {
        jdbc.update("UPDATE search_vocabulary_removals SET removals = removals + 1 WHERE id = 1", Map.of());
        AfterCommit.run(() -> {
            known.clear();
            TaskScheduler running = scheduler.getIfAvailable();
            if (running != null) {
                running.schedule(() -> putBackHeld(teamId, terms), running.getClock().instant().plus(putBackAfter));
            } else {
                waitThenPutBack(teamId, terms);
            }
        });
    }

    private void waitThenPutBack(long teamId, List<String> terms) {
        try {
            Thread.sleep(putBackAfter);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        putBackHeld(teamId, terms);
    }

    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT1S")
    void followRemovals() {
        Long removals = jdbc.queryForObject("SELECT removals FROM search_vocabulary_removals WHERE id = 1", Map.of(), Long.class);
        if (removals != null && removalsSeen.getAndSet(removals) != removals) {
            known.clear();
        }
    }

    /** The removed words that a lead holds again (written by a node that had not yet forgotten them). */
    private void putBackHeld(long teamId, List<String> terms) {
        jdbc.update("""
                        INSERT INTO search_terms (team_id, term)
                        SELECT DISTINCT t.team_id, t.term FROM lead_terms t
                        WHERE t.team_id = :teamId AND t.term IN (:terms)
                          AND NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.team_id = t.team_id AND s.term = t.term)
                        """,
                Map.of("teamId", teamId, "terms", terms));
    }
}
