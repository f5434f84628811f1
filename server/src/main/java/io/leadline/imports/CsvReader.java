package io.leadline.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records one at a time from a stream (RFC 4180 and what spreadsheets write): fields quoted with {@code "}
 * may hold the delimiter, {@code ""} for a quote, and line breaks; records end at CRLF, LF or CR. The delimiter is
 * {@code ,}, {@code ;} or tab, whichever the header line holds most of outside quotes; a byte-order mark before the
 * header is dropped. Each record knows the line it starts on.
 */
final class CsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Reader in;
    private final StringBuilder pending = new StringBuilder();
    private int pendingAt;
    private char delimiter;
    private long line = 1;
    private boolean ended;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** One record: its fields and the line of the file it starts on. */
    record Record(long line, List<String> fields) {}

    /** The header, read first; the delimiter is chosen from it. Null for an empty file. */
    @Nullable Record header() {
        String first = peekHeaderLine();
        if (first.startsWith("\uFEFF")) {
            pendingAt++;
        }
        delimiter = delimiterOf(first);
        return next();
    }

    char delimiter() {
        return delimiter;
    }

    /** The next record, or null at the end of the file. A blank line is no record. */
    @Nullable Record next() {
        while (true) {
            long startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int c = read();
            if (c < 0) {
                return null;
            }
            boolean any = false;
            while (c >= 0) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int after = read();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        if (ch == '\n' || (ch == '\r' && peek() != '\n')) {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                    any = true;
                } else if (ch == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    any = true;
                } else if (ch == '\r' || ch == '\n') {
                    if (ch == '\r' && peek() == '\n') {
                        read();
                    }
                    line++;
                    break;
                } else {
                    field.append(ch);
                    any = true;
                }
                c = read();
            }
            if (!any && field.isEmpty()) {
                continue; // a blank line
            }
            fields.add(field.toString());
            return new Record(startLine, fields);
        }
    }

    private String peekHeaderLine() {
        StringBuilder first = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = readRaw()) >= 0) {
            pending.append((char) c);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            first.append((char) c);
        }
        return first.toString();
    }

    private static char delimiterOf(String header) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (char ch : header.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                if (ch == DELIMITERS[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    private int peek() {
        int c = read();
        if (c >= 0) {
            pushBack((char) c);
        }
        return c;
    }

    private void pushBack(char c) {
        if (pendingAt > 0 && pendingAt <= pending.length()) {
            pending.setCharAt(--pendingAt, c);
        } else {
            pending.insert(pendingAt, c);
        }
    }

    private int read() {
        if (pendingAt < pending.length()) {
            return pending.charAt(pendingAt++);
        }
        if (pendingAt > 0) {
            pending.setLength(0);
            pendingAt = 0;
        }
        return readRaw();
    }

    private int readRaw() {
        if (ended) {
            return -1;
        }
        try {
            int c = in.read();
            ended = c < 0;
            return c;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
