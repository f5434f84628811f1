package io.leadline.leads.resource;

import io.leadline.web.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validation and normalisation of lead input, without I/O. Lofty silently truncates names, segments and groups at 30
 * characters and tags at 64 (reference §5.2); in strict mode the same values are rejected with 400/20043 instead.
 * Values of Lofty's value lists are matched tolerantly ({@link ValueList}) unless value lists are strict. Everything
 * else that is out of range is always a 400 naming the field.
 */
public final class FieldRules {

    static final int NAME_MAX = 30;
    static final int SEGMENT_MAX = 30;
    static final int TAG_MAX = 64;
    static final int PHONE_MAX = 20;
    static final int EMAIL_MAX = 320;
    static final int LIST_MAX = 100;
    static final int FAMILY_MAX = 4;

    static final Set<Integer> LEAD_TYPES = Set.of(-1, 1, 2, 3, 5, 6, 7, 8, 9);
    /** The longest value outside a value list that is stored as given. */
    static final int UNLISTED_MAX = 50;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter BIRTHDAY =
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);

    private final boolean strict;
    private final boolean strictValueLists;

    FieldRules(boolean strict, boolean strictValueLists) {
        this.strict = strict;
        this.strictValueLists = strictValueLists;
    }

    /**
     * A value of one of Lofty's lists: a documented value or a known near-miss is stored as the documented value; any
     * other value is stored as given (trimmed), unless value lists are strict, which rejects it.
     */
    String listed(String field, String value, ValueList list) {
        String trimmed = value.trim();
        Optional<String> documented = list.match(trimmed);
        if (documented.isPresent()) {
            return documented.get();
        }
        if (strictValueLists) {
            throw ApiException.invalidField(field, "must be one of " + list.documented() + ", not '" + value + "'");
        }
        return maxLength(field, trimmed, UNLISTED_MAX);
    }

    /** Lofty's quirk: cut to {@code max} characters without complaint, unless strict. */
    String truncated(String field, String value, int max) {
        String trimmed = value.trim();
        if (trimmed.length() <= max) {
            return trimmed;
        }
        if (strict) {
            throw ApiException.tooLong(field, max);
        }
        int end = Character.isHighSurrogate(trimmed.charAt(max - 1)) ? max - 1 : max;
        return trimmed.substring(0, end);
    }

    List<String> truncatedList(String field, List<String> values, int max) {
        List<String> result = new ArrayList<>();
        List<String> present = presentEntries(field, values);
        for (int i = 0; i < present.size(); i++) {
            result.add(truncated(field + "[" + i + "]", present.get(i), max));
        }
        return distinct(result);
    }

    /** Tag names from strings, numbers (Lofty turns them into tags named with the digits) or {"tagName": …}. */
    public List<String> tagNames(String field, List<JsonNode> nodes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String name = node == null || node.isNull() ? null
                    : node.isObject() ? node.path("tagName").asString(null)
                    : node.isValueNode() ? node.asString() : null;
            if (name == null && node != null && !node.isNull()) {
                throw ApiException.invalidField(field + "[" + i + "]", "must be a tag name or {\"tagName\": \"…\"}");
            }
            if (name != null && !name.isBlank()) {
                names.add(truncated(field + "[" + i + "]", name, TAG_MAX));
            }
        }
        return distinct(names);
    }

    public static List<String> emails(String field, List<String> values) {
        List<String> present = presentEntries(field, values);
        for (int i = 0; i < present.size(); i++) {
            String email = present.get(i);
            if (email.length() > EMAIL_MAX) {
                throw ApiException.tooLong(field + "[" + i + "]", EMAIL_MAX);
            }
            if (!EMAIL.matcher(email).matches()) {
                throw ApiException.invalidField(field + "[" + i + "]", "is not an email address: " + email);
            }
        }
        return distinct(present);
    }

    public static List<String> phones(String field, List<String> values) {
        List<String> present = presentEntries(field, values);
        for (int i = 0; i < present.size(); i++) {
            if (present.get(i).length() > PHONE_MAX) {
                throw ApiException.tooLong(field + "[" + i + "]", PHONE_MAX);
            }
        }
        return distinct(present);
    }

    static List<Integer> leadTypes(List<Integer> values) {
        for (int i = 0; i < values.size(); i++) {
            Integer type = values.get(i);
            if (type == null || !LEAD_TYPES.contains(type)) {
                throw ApiException.invalidField(
                        "leadTypes[" + i + "]", "must be a lead type id (-1, 1, 2, 3, 5, 6, 7, 8, 9), not " + type);
            }
        }
        return List.copyOf(new LinkedHashSet<>(values));
    }

    static String oneOf(String field, String value, Set<String> allowed) {
        String trimmed = value.trim();
        return allowed.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(trimmed))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField(field, "must be one of " + sorted(allowed) + ", not '" + value + "'"));
    }

    static String birthday(String field, String value) {
        String trimmed = value.trim();
        try {
            LocalDate.parse(trimmed, BIRTHDAY);
            return trimmed;
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be a date like 'Jun 5, 2001' (MMM d, yyyy), not '" + value + "'");
        }
    }

    public static String maxLength(String field, String value, int max) {
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return trimmed;
    }

    static @Nullable String optionalMaxLength(String field, @Nullable String value, int max) {
        return value == null ? null : maxLength(field, value, max);
    }

    private static List<String> presentEntries(String field, List<String> values) {
        if (values.size() > LIST_MAX) {
            throw ApiException.invalidField(field, "may hold at most " + LIST_MAX + " entries");
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
