package io.leadline.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The words key= finds a lead by: its lower-cased full name and email keys cut into runs of letters and runs of
 * digits ("maria.garcia77@mail.com" gives maria, garcia, 77, mail, com). A key that is one such run with nothing
 * around it is a substring of a full name or email exactly when it is a substring of one of the lead's terms, so the
 * team's small vocabulary of terms answers it; any other key narrows to the leads with a term containing each of its
 * runs and is checked against the full texts.
 */
public final class SearchTerms {

    private SearchTerms() {}

    /** A lead's terms, in order (writers insert vocabulary rows in one order, so concurrent writers never deadlock). */
    public static SortedSet<String> of(String fullName, Collection<String> emailKeys) {
        SortedSet<String> terms = new TreeSet<>();
        terms.addAll(runs(fullName.toLowerCase(Locale.ROOT)));
        emailKeys.forEach(email -> terms.addAll(runs(email)));
        return terms;
    }

    /** The name the key matches against: first and last name with one space, as the SQL writes it (before lower-casing). */
    public static String fullName(String firstName, @Nullable String lastName) {
        return firstName + " " + (lastName == null ? "" : lastName);
    }

    /** The runs of letters and of digits in {@code text}. */
    public static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            int kind = i < text.length() ? kind(text.charAt(i)) : 0;
            if (start >= 0 && kind != kind(text.charAt(start))) {
                runs.add(text.substring(start, i));
                start = -1;
            }
            if (start < 0 && kind != 0) {
                start = i;
            }
        }
        return runs;
    }

    /** Whether a (trimmed, lower-cased) key is exactly one run. */
    public static boolean isOneTerm(String key) {
        List<String> runs = runs(key);
        return runs.size() == 1 && runs.getFirst().length() == key.length();
    }

    private static int kind(char c) {
        return Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
    }
}
