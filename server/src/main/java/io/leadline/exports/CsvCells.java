package io.leadline.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV records: a field is quoted when it holds a comma, a quote, a line break or spaces at its ends. */
final class CsvCells {

    private CsvCells() {}

    static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                && field.equals(field.strip());
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
