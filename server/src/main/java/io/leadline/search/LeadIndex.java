package io.leadline.search;

import io.leadline.database.HeldInserts;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The one door to the search index (docs/search.md): lead writers call it in the lead's transaction with the lead as
 * the index last saw it and as it is now, and it works out and writes the difference — the lead_counts totals, the
 * lead's words ({@code lead_terms}) and the team's vocabulary ({@code search_terms}), the columns its tag and word rows
 * carry, and its tag rows' masks. Nothing else writes those. {@link IndexConsistency} checks the result.
 */
@Component
public class LeadIndex {

    private final LeadCountRepository counts;
    private final Vocabulary vocabulary;
    private final NamedParameterJdbcTemplate jdbc;
    private final HeldInserts held;

    LeadIndex(LeadCountRepository counts, Vocabulary vocabulary, NamedParameterJdbcTemplate jdbc, HeldInserts held) {
        this.counts = counts;
        this.vocabulary = vocabulary;
        this.jdbc = jdbc;
        this.held = held;
    }

    /**
     * Holds the totals' compactor off until the caller's transaction ends: rows of the index are about to be replaced
     * wholesale under it (the sandbox restoring a snapshot), and a fold read before and written after would count
     * deltas that are no longer there.
     */
    @org.springframework.transaction.annotation.Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void holdCompaction() {
        counts.holdCompactor();
    }

    /**
     * A lead whose create is complete (routing may have assigned it after its tag rows were written, as
     * {@code tagRowsWrittenAs}; null when it has none): counted, its words written from its name and emails.
     */
    public void created(IndexedLead lead, Collection<String> emailKeys, @Nullable IndexedLead tagRowsWrittenAs) {
        counts.added(lead.counted());
        insertWords(lead, emailKeys);
        if (tagRowsWrittenAs != null && !tagRowsWrittenAs.carriesTheSameAs(lead)) {
            carry("lead_tags", lead);
        }
    }

    /**
     * A lead written. Its words follow when its name changed or its emails were replaced ({@code replacedEmailKeys},
     * null when the write left them alone); its totals move and its rows' copies follow when a carried column changed.
     * A write that changed neither costs nothing here.
     */
    public void changed(IndexedLead before, IndexedLead after, @Nullable Collection<String> replacedEmailKeys) {
        if (replacedEmailKeys != null || !before.fullName().equals(after.fullName())) {
            rewriteWords(after, replacedEmailKeys);
        }
        carryChanges(before, after);
    }

    /**
     * A lead whose personal data was erased: its words are now those of its tombstone name alone, and the words only
     * it held leave the team's vocabulary too ({@link Vocabulary#forget}), so no search can list them.
     */
    public void erased(IndexedLead before, IndexedLead tombstone) {
        List<String> gone = rewriteWords(tombstone, List.of());
        carryChanges(before, tombstone);
        if (gone.isEmpty()) {
            return;
        }
        long teamId = tombstone.counted().teamId();
        jdbc.update("""
                        DELETE FROM search_terms s
                        WHERE s.team_id = :teamId AND s.term IN (:terms)
                          AND NOT EXISTS (SELECT 1 FROM lead_terms t WHERE t.team_id = s.team_id AND t.term = s.term)
                        """,
                Map.of("teamId", teamId, "terms", gone));
        vocabulary.forget(teamId, gone);
    }

    private void carryChanges(IndexedLead before, IndexedLead after) {
        if (before.carriesTheSameAs(after)) {
            return;
        }
        counts.moved(before.counted(), after.counted());
        carry("lead_tags", after);
        carry("lead_terms", after);
    }

    /**
     * Only the words that changed: a new first name changes one or two of a lead's words and leaves those of its last
     * name and emails, so their rows (and their index entries) stay. What is stored, not what the lead was, is
     * compared, so a word row left wrong by anything earlier is put right here too. Answers the words removed.
     */
    private List<String> rewriteWords(IndexedLead lead, @Nullable Collection<String> replacedEmailKeys) {
        Set<String> stored = new TreeSet<>();
        List<String> emailKeys = new ArrayList<>();
        jdbc.query("""
                        SELECT 'w' AS kind, term AS text FROM lead_terms WHERE lead_id = :leadId
                        UNION ALL
                        SELECT 'e', item_key FROM lead_list_items WHERE lead_id = :leadId AND list_name = 'email'
                        """,
                Map.of("leadId", lead.leadId()),
                (ResultSet rs) -> {
                    (rs.getString("kind").equals("w") ? stored : emailKeys).add(rs.getString("text"));
                });
        SortedSet<String> wanted = SearchTerms.of(lead.fullName(), replacedEmailKeys != null ? replacedEmailKeys : emailKeys);
        List<String> gone = stored.stream().filter(term -> !wanted.contains(term)).toList();
        if (!gone.isEmpty()) {
            jdbc.update("DELETE FROM lead_terms WHERE lead_id = :leadId AND term IN (:terms)",
                    Map.of("leadId", lead.leadId(), "terms", gone));
        }
        insertTerms(lead, wanted.stream().filter(term -> !stored.contains(term)).toList());
        return gone;
    }

    /**
     * The lead's tags changed: each of its tag rows carries the sum of the lead's tag bits (V44), so an
     * {@code allTags}/{@code anyTags} total reads one tag's rows instead of joining each lead's other tags (1.7-26x
     * faster team-wide at a million leads, {@code bench/run tag-masks}; docs/search.md).
     */
    public void tagsChanged(long leadId) {
        jdbc.update("UPDATE lead_tags SET tag_mask = " + maskOf(":leadId") + " WHERE lead_id = :leadId",
                Map.of("leadId", leadId));
    }

    /** A lead's mask as SQL: the sum of its tags' bits, for the lead whose id is {@code leadId} (a column or parameter). */
    static String maskOf(String leadId) {
        return "(SELECT COALESCE(SUM(t.tag_bit), 0) FROM lead_tags y JOIN tags t ON t.id = y.tag_id WHERE y.lead_id = "
                + leadId + ")";
    }

    /** The mask of a lead with these tags' bits (a tag beyond the team's first 63 has none). */
    public static long tagMask(Collection<@Nullable Long> bits) {
        return bits.stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    private void insertWords(IndexedLead lead, Collection<String> emailKeys) {
        insertTerms(lead, SearchTerms.of(lead.fullName(), emailKeys).stream().toList());
    }

    /**
     * Vocabulary rows first, in the terms' order, so concurrent writers take their locks in one order; only the words
     * this node has not seen stored ({@link Vocabulary}).
     */
    private void insertTerms(IndexedLead lead, List<String> sortedTerms) {
        if (sortedTerms.isEmpty()) {
            return;
        }
        long teamId = lead.counted().teamId();
        List<String> newWords = vocabulary.unknown(teamId, sortedTerms);
        if (!newWords.isEmpty()) {
            held.insert("INSERT INTO search_terms (team_id, term) VALUES (:teamId, :term) ON CONFLICT DO NOTHING",
                    newWords.stream().map(term -> new MapSqlParameterSource("teamId", teamId).addValue("term", term))
                            .toArray(SqlParameterSource[]::new));
            vocabulary.storing(teamId, newWords);
        }
        SqlParameterSource[] words = sortedTerms.stream()
                .map(term -> new MapSqlParameterSource(lead.carriedColumns()).addValue("leadId", lead.leadId())
                        .addValue("term", term))
                .toArray(SqlParameterSource[]::new);
        held.insert("""
                        INSERT INTO lead_terms (lead_id, term, team_id, live, hidden, assigned_user_id, ownership_scope,
                                                ownership_id, stage_id, language)
                        VALUES (:leadId, :term, :teamId, :live, :hidden, :assignedUserId, :ownershipScope,
                                :ownershipId, :stageId, :language)
                        """,
                words);
    }

    private void carry(String table, IndexedLead lead) {
        jdbc.update("UPDATE " + table + " SET " + IndexedLead.CARRIED_COLUMNS_SET + " WHERE lead_id = :leadId",
                new MapSqlParameterSource(lead.carriedColumns()).addValue("leadId", lead.leadId()));
    }
}
