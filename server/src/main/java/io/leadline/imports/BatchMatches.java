package io.leadline.imports;

import io.leadline.leads.LeadImports;
import io.leadline.leads.MatchedLead;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which lead a row duplicates — the oldest live lead with one of the row's emails, else with one of its phones — among
 * the team's leads, looked up for a whole batch at once, and the leads the run's earlier rows wrote that the database
 * cannot show yet: the batch's own rows when its inserts are held, the previous batch's while it may still be
 * committing ({@link #lookUpBehind}), and, in a dry run, every row so far (each rolled back; such a lead has id 0).
 * Batches use it one after another, never two at once.
 */
final class BatchMatches {

    private static final List<String> LISTS_IN_ORDER = List.of("email:", "phone:");

    private final boolean dryRun;
    private Map<String, MatchedLead> written = new HashMap<>();
    /** The batches before this one that may still be committing, newest first. */
    private final java.util.Deque<Map<String, MatchedLead>> earlierBatches = new java.util.ArrayDeque<>();
    private Map<String, MatchedLead> stored = Map.of();

    BatchMatches(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /**
     * Before each attempt at a batch: the team's leads with its rows' keys. A real run's earlier batches are committed
     * by then (and a failed attempt's rows rolled back), so only a dry run keeps what its rows wrote.
     */
    void lookUp(LeadImports leads, long teamId, List<ImportRow> rows) {
        earlierBatches.clear();
        if (!dryRun) {
            written.clear();
        }
        lookUpStored(leads, teamId, rows);
    }

    /**
     * Before a batch written while the {@code uncommitted} batches before it may still be committing: the database
     * cannot show their leads yet, so their rows stay matched from memory; every batch before those has committed.
     */
    void lookUpBehind(LeadImports leads, long teamId, List<ImportRow> rows, int uncommitted) {
        earlierBatches.addFirst(written);
        while (earlierBatches.size() > uncommitted) {
            earlierBatches.removeLast();
        }
        written = new HashMap<>();
        lookUpStored(leads, teamId, rows);
    }

    private void lookUpStored(LeadImports leads, long teamId, List<ImportRow> rows) {
        List<String> keys = rows.stream().flatMap(row -> keysOf(row).stream()).distinct().toList();
        stored = keys.isEmpty() ? Map.of() : leads.oldestLiveWithMatchKeys(teamId, keys);
    }

    Optional<MatchedLead> duplicateOf(ImportRow row) {
        List<String> keys = keysOf(row);
        for (String list : LISTS_IN_ORDER) {
            Optional<MatchedLead> oldest = keys.stream().filter(key -> key.startsWith(list))
                    .flatMap(key -> Stream.concat(Stream.of(stored.get(key), written.get(key)),
                            earlierBatches.stream().map(batch -> batch.get(key)))).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder());
            if (oldest.isPresent()) {
                return oldest;
            }
        }
        return Optional.empty();
    }

    /** The row was written to this lead: later rows with its keys match it, unless an older lead holds the key. */
    void wrote(ImportRow row, MatchedLead lead) {
        keysOf(row).forEach(key -> written.merge(key, lead, (held, newer) -> held.compareTo(newer) <= 0 ? held : newer));
    }

    private static List<String> keysOf(ImportRow row) {
        return LeadImports.matchKeys(row.emails(), row.phones());
    }
}
