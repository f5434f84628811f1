package io.leadline.leads.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One of Lofty's documented value lists and the near-misses people and language models send for its values. A value
 * is matched on its key: lower case, letters, digits and '+' only, except that a range between two numbers keeps its
 * dash ("1 to 3" is "1-3"), so "single-family home", "Single Family Home" and "SINGLE FAMILY HOME" are one value. docs/api.md "Value lists" publishes every synonym.
 */
enum ValueList {
    TIME_FRAME(Map.of(
            "1-3", List.of("1-3 months", "1 to 3 months", "1-3 mo", "1-3 mos"),
            "3-6", List.of("3-6 months", "3 to 6 months", "3-6 mo", "3-6 mos"),
            "6-12", List.of("6-12 months", "6 to 12 months", "6-12 mo", "6-12 mos"),
            "12+", List.of("12+ months", "12 months+", "more than 12 months", "over 12 months", "12 months or more", "1 year+"),
            "0-3", List.of("0-3 months", "0 to 3 months", "within 3 months", "asap", "immediately", "now"),
            "Just Looking", List.of("just browsing", "browsing", "looking"),
            "Refinancing", List.of("refinance", "refi"),
            "N/A", List.of("na", "none", "not applicable", "unknown"))),
    YES_NO(Map.of(
            "Yes", List.of("y", "true", "1"),
            "No", List.of("n", "false", "0"))),
    LANGUAGE(Map.of(
            "en", List.of("english", "en-us", "en-gb", "en-ca", "en-au"),
            "fr", List.of("french", "francais", "français", "fr-fr", "fr-ca"),
            "de", List.of("german", "deutsch", "de-de"),
            "es", List.of("spanish", "español", "espanol", "es-es", "es-mx", "es-us"),
            "zh-CN", List.of("chinese", "simplified chinese", "mandarin", "zh", "zh-hans", "zh-sg"),
            "zh-TW", List.of("traditional chinese", "cantonese", "zh-hant", "zh-hk"),
            "ja", List.of("japanese", "ja-jp"))),
    PROPERTY_TYPE(Map.of(
            "Single Family Home", List.of("single family", "single family house", "single family residence", "sfh", "sfr", "house"),
            "Multi-Family", List.of("multi family home", "multifamily", "multi family house", "duplex", "triplex", "fourplex"),
            "Condo", List.of("condominium", "condos", "apartment"),
            "Townhouse", List.of("townhome", "town home", "townhouses", "row house"),
            "Mobile Home", List.of("mobile", "mobile homes"),
            "Manufactured Home", List.of("manufactured", "manufactured homes", "modular home"),
            "Vacant Land", List.of("land", "lot", "lots", "lots and land", "lots/land", "vacant lot"),
            "Commercial", List.of("commercial property", "commercial real estate")));

    private final List<String> canonical;
    private final Map<String, String> byKey = new LinkedHashMap<>();

    ValueList(Map<String, List<String>> synonyms) {
        this.canonical = synonyms.keySet().stream().sorted().toList();
        synonyms.forEach((value, nearMisses) -> {
            claim(value, value);
            nearMisses.forEach(nearMiss -> claim(nearMiss, value));
        });
    }

    private void claim(String spelling, String value) {
        String claimed = byKey.put(key(spelling), value);
        if (claimed != null && !claimed.equals(value)) {
            throw new IllegalStateException("'" + spelling + "' would mean both " + claimed + " and " + value);
        }
    }

    /** The documented values, sorted. */
    List<String> documented() {
        return canonical;
    }

    /** Documented value, same value in other case or spacing, or a near-miss: the documented value. */
    Optional<String> match(String value) {
        return Optional.ofNullable(byKey.get(key(value)));
    }

    /** Near-misses by their documented value, for the README and the tests. */
    Map<String, String> synonyms() {
        return Map.copyOf(byKey);
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT)
                .replaceAll("(\\d)\\s*(?:to|-|–)\\s*(\\d)", "$1~$2")
                .replaceAll("[^\\p{L}\\p{N}+~]", "")
                .replace('~', '-');
    }
}
