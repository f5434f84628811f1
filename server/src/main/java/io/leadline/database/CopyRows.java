package io.leadline.database;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Held inserts as PostgreSQL's {@code COPY … FROM STDIN} in text format: the same rows, parsed by the server as plain
 * text rather than as statements of a thousand parameters (the import's inserts take about half the time). Only a
 * plain {@code INSERT INTO t (columns) VALUES (:names)} can go this way, and only rows whose values all have a text form
 * here; anything else ({@code ON CONFLICT}, an expression, a value of another type) stays a batch of statements.
 */
final class CopyRows {

    private static final Pattern PLAIN_INSERT = Pattern.compile(
            "\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([\\w\\s,]+)\\)\\s*VALUES\\s*\\(((?:\\s*:\\w+\\s*,)*\\s*:\\w+\\s*)\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The {@code COPY} statement and the rows' text, or empty when the insert or a value has no such form. */
    record Copy(String statement, byte[] text) {}

    private CopyRows() {}

    static Optional<Copy> of(String insert, List<SqlParameterSource> rows) {
        Matcher plain = PLAIN_INSERT.matcher(insert);
        if (!plain.matches()) {
            return Optional.empty();
        }
        List<String> names = List.of(plain.group(3).replace(":", "").trim().split("\\s*,\\s*"));
        StringBuilder text = new StringBuilder(rows.size() * names.size() * 12);
        for (SqlParameterSource row : rows) {
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                if (!row.hasValue(names.get(i)) || !append(text, row.getValue(names.get(i)))) {
                    return Optional.empty();
                }
            }
            text.append('\n');
        }
        String statement = "COPY " + plain.group(1) + " (" + plain.group(2).trim().replaceAll("\\s+", " ") + ") FROM STDIN";
        return Optional.of(new Copy(statement, text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Appends the value's text form; false when it has none here. */
    private static boolean append(StringBuilder text, @Nullable Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case String string -> escaped(text, string);
            case Long number -> text.append(number.longValue());
            case Integer number -> text.append(number.intValue());
            case Short number -> text.append(number.shortValue());
            case Boolean flag -> text.append(flag ? 't' : 'f');
            case OffsetDateTime time -> text.append(time.withOffsetSameInstant(ZoneOffset.UTC));
            case Instant time -> text.append(time);
            case LocalDate date -> text.append(date);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void escaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }
}
