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
 * cannot show yet: the batch's own rows when its inserts are held, and, in a dry run, every row so far (each rolled
 * back; such a lead has id 0).
 */
final class BatchMatches {

    private static final List<String> LISTS_IN_ORDER = List.of("email:", "phone:");

    private final boolean dryRun;
    private final Map<String, MatchedLead> written = new HashMap<>();
    private Map<String, MatchedLead> stored = Map.of();

    BatchMatches(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /**
     * Before each attempt at a batch: the team's leads with its rows' keys. A real run's earlier batches are committed
     * by then (and a failed attempt's rows rolled back), so only a dry run keeps what its rows wrote.
     */
    void lookUp(LeadImports leads, long teamId, List<ImportRow> rows) {
        if (!dryRun) {
            written.clear();
        }
        List<String> keys = rows.stream().flatMap(row -> keysOf(row).stream()).distinct().toList();
        stored = keys.isEmpty() ? Map.of() : leads.oldestLiveWithMatchKeys(teamId, keys);
    }

    Optional<MatchedLead> duplicateOf(ImportRow row) {
        List<String> keys = keysOf(row);
        for (String list : LISTS_IN_ORDER) {
            Optional<MatchedLead> oldest = keys.stream().filter(key -> key.startsWith(list))
                    .flatMap(key -> Stream.of(stored.get(key), written.get(key))).filter(Objects::nonNull)
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
