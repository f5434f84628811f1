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

    /** A whole number that may carry a leading minus sign (offsets, counts), else null; never a plus sign or hex. */
    public static @Nullable Long parseSignedOrNull(String text) {
        boolean negative = text.startsWith("-");
        Long magnitude = parseOrNull(negative ? text.substring(1) : text);
        return magnitude == null ? null : negative ? -magnitude : magnitude;
    }

    /** The number, or a 400 naming the field. */
    public static long parse(String field, String text) {
        return orRefused(field, text, parseOrNull(text));
    }

    /** A signed number ({@link #parseSignedOrNull}), or a 400 naming the field. */
    public static long parseSigned(String field, String text) {
        return orRefused(field, text, parseSignedOrNull(text));
    }

    private static long orRefused(String field, String text, @Nullable Long value) {
        if (value == null) {
            throw ApiException.invalidField(field, "must be a whole number of plain decimal digits up to "
                    + Long.MAX_VALUE + ", not '" + text + "'");
        }
        return value;
    }
}
