package io.leadline.search;

import java.util.Locale;

/** The normalised form list entries are searched by: phones as digits only, everything else lower-cased. */
public final class SearchKeys {

    private SearchKeys() {}

    public static String of(String list, String value) {
        return "phone".equals(list) ? digits(value) : value.trim().toLowerCase(Locale.ROOT);
    }

    public static String digits(String value) {
        StringBuilder digits = new StringBuilder();
        value.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
