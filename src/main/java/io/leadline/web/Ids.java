package io.leadline.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an id or count arrives as text (path, query, a string in a body): plain ASCII decimal digits only, within a
 * signed 64-bit number. Java's own parsers also take {@code +12}, non-ASCII digits and (Spring's) {@code 0x10}, which
 * made one resource answer to many spellings (LL-13).
 */
public final class Ids {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}");

    private Ids() {}

    /** The number, or null when the text is not plain decimal digits or does not fit in a long. */
    public static @Nullable Long parseOrNull(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException aboveLongRange) {
            return null;
        }
    }

    /** The number, or a 400 naming the field. */
    public static long parse(String field, String text) {
        Long value = parseOrNull(text);
        if (value == null) {
            throw ApiException.invalidField(field, "must be a whole number of plain decimal digits up to "
                    + Long.MAX_VALUE + ", not '" + text + "'");
        }
        return value;
    }
}
