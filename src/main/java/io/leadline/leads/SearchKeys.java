package io.leadline.leads;

import java.util.Locale;

/** The normalised form list entries are searched by: phones as digits only, everything else lower-cased. */
final class SearchKeys {

    private SearchKeys() {}

    static String of(String list, String value) {
        return LeadRepository.LIST_PHONE.equals(list) ? digits(value) : value.trim().toLowerCase(Locale.ROOT);
    }

    static String digits(String value) {
        StringBuilder digits = new StringBuilder();
        value.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
