package io.leadline.imports;

import io.leadline.leads.LeadImports;
import io.leadline.leads.MatchedLead;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which lead a row of a batch duplicates, as {@link LeadImports#duplicateOf} answers row by row — the oldest live lead
 * with one of the row's emails, else with one of its phones — among the team's leads, looked up for the whole batch
 * at once, and the leads that earlier rows of the batch made, whose rows are not readable yet (their inserts are held).
 */
final class BatchMatches {

    private static final List<String> LISTS_IN_ORDER = List.of("email:", "phone:");

    private final Map<String, MatchedLead> matched;

    private BatchMatches(Map<String, MatchedLead> matched) {
        this.matched = matched;
    }

    static BatchMatches lookUp(LeadImports leads, long teamId, List<ImportRow> rows) {
        List<String> keys = rows.stream().flatMap(row -> keysOf(row).stream()).distinct().toList();
        return new BatchMatches(new HashMap<>(keys.isEmpty() ? Map.of() : leads.oldestLiveWithMatchKeys(teamId, keys)));
    }

    Optional<MatchedLead> duplicateOf(ImportRow row) {
        List<String> keys = keysOf(row);
        for (String list : LISTS_IN_ORDER) {
            Optional<MatchedLead> oldest = keys.stream().filter(key -> key.startsWith(list)).map(matched::get)
                    .filter(Objects::nonNull).min(Comparator.naturalOrder());
            if (oldest.isPresent()) {
                return oldest;
            }
        }
        return Optional.empty();
    }

    /** The row was written to this lead: later rows with its keys match it, unless an older lead holds the key. */
    void wrote(ImportRow row, MatchedLead lead) {
        keysOf(row).forEach(key -> matched.merge(key, lead, (held, written) -> held.compareTo(written) <= 0 ? held : written));
    }

    private static List<String> keysOf(ImportRow row) {
        return LeadImports.matchKeys(row.emails(), row.phones());
    }
}
