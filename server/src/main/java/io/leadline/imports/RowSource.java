package io.leadline.imports;

import io.leadline.web.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file's rows, one at a time, whatever its size. Bytes that are not UTF-8 become U+FFFD as they are read, and a row
 * holding one is refused (a row error, never the job's failure). A row that cannot be read at all — a JSON line that
 * is not JSON — is refused the same way.
 */
abstract class RowSource implements AutoCloseable {

    /** The next row, or null at the end; a row that cannot be a lead throws {@link RowRefused}. */
    abstract @Nullable ImportRow next();

    @Override
    public abstract void close() throws IOException;

    /** A row refused before it reached the leads: its line and the error for it. */
    static final class RowRefused extends RuntimeException {
        final long line;
        final ApiException error;

        RowRefused(long line, ApiException error) {
            super(error.getMessage());
            this.line = line;
            this.error = error;
        }
    }

    static RowSource open(String format, InputStream file, @Nullable ImportMapping mapping, JsonMapper json, ZoneId zone) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        return format.equals("jsonl") ? new JsonLines(reader, json, zone) : new Csv(reader, mapping, zone);
    }

    private static final char REPLACED = '\uFFFD';

    static ApiException notUtf8() {
        return ApiException.invalidField("row", "is not valid UTF-8 text");
    }

    /** CSV through a mapping; the header is read (and checked against the mapping) when the source opens. */
    static final class Csv extends RowSource {
        private final BufferedReader reader;
        private final CsvReader csv;
        private final Map<Integer, ImportMapping.Column> columns;
        private final ZoneId zone;

        Csv(BufferedReader reader, @Nullable ImportMapping mapping, ZoneId zone) {
            this.reader = reader;
            this.csv = new CsvReader(reader);
            this.zone = zone;
            CsvReader.Record header = csv.header();
            if (header == null) {
                throw ApiException.invalidField("file", "is empty: a CSV file starts with a header row");
            }
            if (mapping == null) {
                throw ApiException.missingField("mapping");
            }
            this.columns = mapping.against(header.fields());
        }

        @Override
        @Nullable ImportRow next() {
            CsvReader.Record record = csv.next();
            if (record == null) {
                return null;
            }
            if (record.fields().stream().anyMatch(field -> field.indexOf(REPLACED) >= 0)) {
                throw new RowRefused(record.line(), notUtf8());
            }
            try {
                return ImportRow.fromCsv(record.line(), record.fields(), columns, zone);
            } catch (ApiException refused) {
                throw new RowRefused(record.line(), refused);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** JSON Lines: one create payload per line; blank lines are skipped. */
    static final class JsonLines extends RowSource {
        private final BufferedReader reader;
        private final JsonMapper json;
        private final ZoneId zone;
        private long line;

        JsonLines(BufferedReader reader, JsonMapper json, ZoneId zone) {
            this.reader = reader;
            this.json = json;
            this.zone = zone;
        }

        @Override
        @Nullable ImportRow next() {
            String text;
            do {
                text = readLine();
                line++;
                if (text == null) {
                    return null;
                }
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            } while (text.isBlank());
            if (text.indexOf(REPLACED) >= 0) {
                throw new RowRefused(line, notUtf8());
            }
            try {
                return ImportRow.fromJson(line, json.readTree(text), zone);
            } catch (JacksonException notJson) {
                throw new RowRefused(line, ApiException.invalidField("row", "is not JSON: " + notJson.getOriginalMessage()));
            } catch (ApiException refused) {
                throw new RowRefused(line, refused);
            }
        }

        private @Nullable String readLine() {
            try {
                return reader.readLine();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
