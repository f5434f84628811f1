package io.leadline.search;

import io.leadline.search.LeadListSql.Fragment;
import io.leadline.search.LeadListSql.Resolved;
import io.leadline.web.Caller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of {@code key=}: the team's words ({@link SearchTerms}) a key's runs resolve to, the lead ids that match,
 * the total counted from word rows, and the per-lead test a walk in sort order or a longer key's candidates apply.
 * Parameters: :keyText (the key as a substring pattern), :keyDigits (its digits, three or more), :keyRunN (each run)
 * and :keyWordNwM (the resolved words), :keyPhoneLeads (the leads whose phones were found to match).
 */
final class KeySql {

    private KeySql() {}

    /**
     * Most words a key's run is resolved to before the query: each is one index range (a branch of the statement;
     * H2 reads a whole team's range for an IN list on the second column of an index).
     */
    static final int KEY_WORDS_MAX = 100;

    /** Most leads whose phones match a key that are looked up before the query and named in it. */
    static final int KEY_PHONE_LEADS_MAX = 1000;

    /** The team's words containing a run of the key, in order, one more than the most a query names. */
    private static final SqlTemplate VOCABULARY = SqlTemplate.of("""
            SELECT term FROM search_terms
            WHERE team_id = :teamId AND term LIKE :pattern ESCAPE '\\'
            ORDER BY term FETCH FIRST {limit} ROWS ONLY""");

    /** The team's leads (trashed too) with a phone containing the key's digits, one more than the most a query names. */
    private static final SqlTemplate PHONE_LEADS = SqlTemplate.of("""
            SELECT DISTINCT i.lead_id FROM lead_list_items i
            WHERE i.team_id = :teamId AND {phoneHasKeyDigits}
            FETCH FIRST {limit} ROWS ONLY""");

    private static final String PHONE_HAS_KEY_DIGITS = "i.list_name = 'phone' AND i.item_key LIKE :keyDigits ESCAPE '\\'";

    /** Total, path "walked"/"ordered" of a one-word key: its word rows (alias l, carrying the filter columns) counted. */
    private static final SqlTemplate WORD_LEADS_COUNTED = SqlTemplate.of("""
            SELECT COUNT(DISTINCT m.lead_id) FROM ({wordRows}) m""");

    /** The same with the leads whose phone has the key's digits. */
    private static final SqlTemplate WORD_AND_PHONE_LEADS_COUNTED = SqlTemplate.of("""
            SELECT COUNT(*) FROM ({wordRows} UNION SELECT l.id FROM {phoneMatches} AND {phoneFilter}) m""");

    /** Phone matches looked up before the query ({@link #phoneLeads}). */
    private static final SqlTemplate PHONE_LEADS_NAMED = SqlTemplate.of("""
            leads {a} WHERE {a}.team_id = :teamId AND {a}.id IN (:keyPhoneLeads)""");

    /** Phone matches found by scanning the team's phones (too many to name). */
    private static final SqlTemplate PHONE_LEADS_SCANNED = SqlTemplate.of("""
            lead_list_items i JOIN leads {a} ON {a}.id = i.lead_id WHERE i.team_id = :teamId AND {phoneHasKeyDigits}""");

    /** The word rows of one resolved word: one equality branch of the (team, term, …) index. */
    private static final SqlTemplate ROWS_OF_WORD = SqlTemplate.of("""
            SELECT {selected} FROM lead_terms {a}
            WHERE {a}.team_id = :teamId AND {a}.term = :keyWord{run}w{i} AND {filter}""");

    /** The word rows of the vocabulary's words that contain a run, when they were too many to name. */
    private static final SqlTemplate ROWS_OF_VOCABULARY = SqlTemplate.of("""
            SELECT {selected} FROM lead_terms {a}
            JOIN search_terms t ON t.team_id = {a}.team_id AND t.term = {a}.term
            WHERE t.team_id = :teamId AND t.term LIKE :keyRun{run} ESCAPE '\\' AND {filter}""");

    private static final SqlTemplate NO_ROWS = SqlTemplate.of("""
            SELECT {selected} FROM lead_terms {a} WHERE 1 = 0""");

    /** A key with no letters or digits: every name and email compared (on PostgreSQL through trigram indexes). */
    private static final SqlTemplate MATCHES_OF_PUNCTUATION = SqlTemplate.of("""
            SELECT k.id FROM leads k
            WHERE k.team_id = :teamId AND LOWER(k.first_name || ' ' || COALESCE(k.last_name, '')) LIKE :keyText ESCAPE '\\'
            UNION {emailMatches}{phoneMatches}""");

    /** A key of words: the leads with a word containing each of its runs (and its phone matches). */
    private static final SqlTemplate MATCHES_OF_WORDS = SqlTemplate.of("""
            SELECT {distinct}m.lead_id AS id FROM ({candidatesOfEachRun}) m{phoneMatches}""");

    private static final SqlTemplate CANDIDATES_OF_RUN = SqlTemplate.of("""
            SELECT w.lead_id FROM ({wordRows}) w""");

    /** The key tested on one lead: its name, then its emails, then (with digits enough) its phones. */
    private static final SqlTemplate TESTED = SqlTemplate.of("""
            LOWER(l.first_name || ' ' || COALESCE(l.last_name, '')) LIKE :keyText ESCAPE '\\'
            OR {emailTested}{phoneTested}""");

    /** A count, not EXISTS: PostgreSQL turns an EXISTS under OR into a hashed subplan that first finds every match. */
    private static final SqlTemplate LIST_TESTED = SqlTemplate.of("""
            (SELECT COUNT(*) FROM lead_list_items i
             WHERE i.lead_id = l.id AND i.list_name = '{list}' AND i.item_key LIKE :{pattern} ESCAPE '\\') > 0""");

    /** The key's runs, as LIKE patterns for the vocabulary, in key order; empty for no key. */
    static List<String> runPatterns(@Nullable String key) {
        return key == null ? List.of() : SearchTerms.runs(normalizedKey(key)).stream().map(LeadListSql::contains).toList();
    }

    /** The team's words matching a run pattern, in order, one more than {@link #KEY_WORDS_MAX} at most. */
    static Fragment vocabulary(long teamId, String runPattern) {
        return new Fragment(VOCABULARY.fill("limit", String.valueOf(KEY_WORDS_MAX + 1)),
                Map.of("teamId", teamId, "pattern", runPattern));
    }

    /**
     * Counts the word rows (alias {@code l}, which carry the lead's visibility and filter columns) of the key's
     * matching words, distinct per lead, plus the leads whose phone has the key's digits.
     */
    static Fragment total(Caller caller, LeadQuery q, Resolved r) {
        Map<String, Object> params = new HashMap<>();
        params.put("teamId", caller.teamId());
        params(params, q.key());
        resolvedParams(params, r);
        List<String> clauses = LeadListSql.visibleAndCounted(caller, q, r, params);
        LeadListSql.languages(clauses, params, q);
        List<String> words = new ArrayList<>(clauses);
        words.add("l.live = TRUE");
        boolean phones = mayMatchPhones(q.key(), r.keyPhoneLeads());
        if (!phones && !r.keyWords().isEmpty() && r.keyWords().getFirst().size() == 1) {
            return new Fragment(wordRows(r, 0, "l", "COUNT(*)", LeadListSql.and(words)), params);
        }
        String byWords = wordRows(r, 0, "l", "l.lead_id", LeadListSql.and(words));
        if (!phones) {
            return new Fragment(WORD_LEADS_COUNTED.fill("wordRows", byWords), params);
        }
        List<String> byPhone = new ArrayList<>(clauses);
        byPhone.add("l.trashed_at IS NULL");
        return new Fragment(WORD_AND_PHONE_LEADS_COUNTED.fill("wordRows", byWords, "phoneMatches", phoneMatches(r, "l"),
                "phoneFilter", LeadListSql.and(byPhone)), params);
    }

    /**
     * Whether the key can match phones: it has digits enough, unless a lookup of its phone matches ({@link #phoneLeads},
     * null when not looked up or too many) found none.
     */
    static boolean mayMatchPhones(@Nullable String key, @Nullable List<Long> phoneLeads) {
        boolean foundNone = phoneLeads != null && phoneLeads.isEmpty();
        return searchesPhones(key) && !foundNone;
    }

    /**
     * FROM and WHERE of the team's leads (as {@code alias}) whose phone has the key's digits: those looked up before
     * the query ({@link #phoneLeads}), or, when there were too many, found by scanning the team's phones.
     */
    private static String phoneMatches(Resolved r, String alias) {
        return r.keyPhoneLeads() != null ? PHONE_LEADS_NAMED.fill("a", alias)
                : PHONE_LEADS_SCANNED.fill("a", alias, "phoneHasKeyDigits", PHONE_HAS_KEY_DIGITS);
    }

    /**
     * The team's leads (trashed too) with a phone containing the key's digits, one more than
     * {@link #KEY_PHONE_LEADS_MAX} at most: looked up once, so the total and the page do not both scan the phones.
     */
    static Fragment phoneLeads(long teamId, String key) {
        return new Fragment(PHONE_LEADS.fill("phoneHasKeyDigits", PHONE_HAS_KEY_DIGITS,
                "limit", String.valueOf(KEY_PHONE_LEADS_MAX + 1)),
                Map.of("teamId", teamId, "keyDigits", LeadListSql.contains(Objects.requireNonNull(keyDigits(key)))));
    }

    /**
     * {@code selected} (e.g. the lead ids) of the word rows, as {@code alias}, that contain the key's run {@code run}
     * and satisfy {@code filter}: one equality branch per resolved word, or a join with the vocabulary when the words
     * were not resolved.
     */
    private static String wordRows(Resolved r, int run, String alias, String selected, String filter) {
        if (r.keyWords().isEmpty()) {
            return ROWS_OF_VOCABULARY.fill("selected", selected, "a", alias, "run", String.valueOf(run), "filter", filter);
        }
        List<String> words = r.keyWords().get(run);
        if (words.isEmpty()) {
            return NO_ROWS.fill("selected", selected, "a", alias);
        }
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            branches.add(ROWS_OF_WORD.fill("selected", selected, "a", alias, "run", String.valueOf(run),
                    "i", String.valueOf(i), "filter", filter));
        }
        return String.join(" UNION ALL ", branches);
    }

    /** The resolved words as :keyWordNwM (run N, word M), and the leads whose phones match as :keyPhoneLeads. */
    static void resolvedParams(Map<String, Object> params, Resolved r) {
        if (r.keyPhoneLeads() != null && !r.keyPhoneLeads().isEmpty()) {
            params.put("keyPhoneLeads", r.keyPhoneLeads());
        }
        for (int run = 0; run < r.keyWords().size(); run++) {
            List<String> words = r.keyWords().get(run);
            for (int i = 0; i < words.size(); i++) {
                params.put("keyWord" + run + "w" + i, words.get(i));
            }
        }
    }

    /** The key as :keyText, :keyDigits (when it searches phones) and :keyRunN. */
    static void params(Map<String, Object> params, @Nullable String key) {
        if (key == null) {
            return;
        }
        String text = normalizedKey(key);
        params.put("keyText", LeadListSql.contains(text));
        String digits = keyDigits(key);
        if (digits != null) {
            params.put("keyDigits", LeadListSql.contains(digits));
        }
        List<String> runs = SearchTerms.runs(text);
        for (int i = 0; i < runs.size(); i++) {
            params.put("keyRun" + i, LeadListSql.contains(runs.get(i)));
        }
    }

    private static String normalizedKey(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the key also searches phones: it has enough digits. */
    static boolean searchesPhones(@Nullable String key) {
        return key != null && keyDigits(key) != null;
    }

    /** The digits of a key, when there are enough of them (three) to search phones by. */
    private static @Nullable String keyDigits(String key) {
        String digits = SearchKeys.digits(normalizedKey(key));
        return digits.length() >= 3 ? digits : null;
    }

    /** Whether the key is one word: its total is counted from word rows. */
    static boolean isOneWord(@Nullable String key) {
        return key != null && SearchTerms.isOneTerm(normalizedKey(key));
    }

    /**
     * The ids of the team's leads (trashed too) whose full name or an email contains the key, or a phone its digits.
     * A one-word key is looked up in the team's vocabulary and its word rows ({@link SearchTerms}); a longer key
     * gives the leads with a word containing each of its words (and phone matches), which the WHERE then tests in
     * full; a key with no letters or digits compares every name and email (on PostgreSQL through trigram indexes).
     */
    static String matches(String key, Resolved r) {
        String text = normalizedKey(key);
        String phones = mayMatchPhones(key, r.keyPhoneLeads()) ? " UNION SELECT p.id FROM " + phoneMatches(r, "p") : "";
        List<String> runs = SearchTerms.runs(text);
        if (runs.isEmpty()) {
            return MATCHES_OF_PUNCTUATION.fill("emailMatches",
                    LeadListSql.itemsMatching("email", "i.item_key LIKE :keyText ESCAPE '\\'"), "phoneMatches", phones);
        }
        List<String> candidates = new ArrayList<>();
        for (int run = 0; run < runs.size(); run++) {
            candidates.add(CANDIDATES_OF_RUN.fill("wordRows", wordRows(r, run, "w", "w.lead_id", "1 = 1")));
        }
        // UNION with the phone matches removes duplicates itself
        return MATCHES_OF_WORDS.fill("distinct", phones.isEmpty() ? "DISTINCT " : "",
                "candidatesOfEachRun", String.join(" INTERSECT ", candidates), "phoneMatches", phones);
    }

    /**
     * Whether the key's matches are only candidates that the WHERE tests in full ({@link #tested}): a key of
     * several words, or with anything around its word.
     */
    static boolean testsCandidates(@Nullable String key) {
        if (key == null) {
            return false;
        }
        String text = normalizedKey(key);
        return !SearchTerms.isOneTerm(text) && !SearchTerms.runs(text).isEmpty();
    }

    /**
     * Whether a key's page should walk the team's leads in sort order and test each (its first {@code rows} hits are
     * ~rows × team / total leads in) rather than read every match and sort them ({@code total} leads): the cheaper.
     * The team is counted only when a walk could win.
     */
    static boolean walks(LeadQuery q, long rows, long total, LongSupplier teamLive) {
        double squared = (double) total * total;
        return q.key() != null && squared > rows && rows * (double) teamLive.getAsLong() < squared;
    }

    /**
     * The key as a test of each lead a walk reads, with the same meaning as {@link #matches}.
     */
    static Fragment tested(String key) {
        Map<String, Object> params = new HashMap<>();
        params(params, key);
        String phones = keyDigits(key) == null ? "" : " OR " + LIST_TESTED.fill("list", "phone", "pattern", "keyDigits");
        return new Fragment(TESTED.fill("emailTested", LIST_TESTED.fill("list", "email", "pattern", "keyText"),
                "phoneTested", phones), params);
    }
}
