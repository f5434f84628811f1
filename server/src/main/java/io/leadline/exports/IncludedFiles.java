package io.leadline.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A CSV export's included records, one CSV file per kind ({@code notes.csv}, …): a {@code leadId} column, then one
 * column per field of the record as its API reads it (a nested value as JSON text). Kept in temporary files while the
 * leads are written, so memory stays flat, and copied into the zip after {@code leads.csv}.
 */
final class IncludedFiles implements LeadExport.Included, AutoCloseable {

    private final Path folder;
    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();

    IncludedFiles() throws IOException {
        this.folder = Files.createTempDirectory("leadline-export-");
    }

    @Override
    public void add(String kind, long leadId, JsonNode records) throws IOException {
        Writer out = writers.get(kind);
        if (out == null) {
            out = new BufferedWriter(Files.newBufferedWriter(folder.resolve(kind + ".csv"), StandardCharsets.UTF_8));
            writers.put(kind, out);
        }
        for (JsonNode record : records) {
            JsonNode fields = record.has("record") && record.has("channel") ? flatten(record) : record;
            if (!columns.containsKey(kind)) {
                List<String> header = new ArrayList<>(List.of("leadId"));
                fields.propertyNames().forEach(header::add);
                columns.put(kind, header);
                CsvCells.write(out, header);
            }
            List<String> row = new ArrayList<>(List.of(Long.toString(leadId)));
            for (String column : columns.get(kind).subList(1, columns.get(kind).size())) {
                JsonNode value = fields.path(column);
                row.add(value.isNull() || value.isMissingNode() ? "" : value.isValueNode() ? value.asString() : value.toString());
            }
            CsvCells.write(out, row);
        }
    }

    /** A communication under its channel, as one row: the channel, then the record's fields. */
    private static JsonNode flatten(JsonNode channelRecord) {
        tools.jackson.databind.node.ObjectNode flat = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        flat.set("channel", channelRecord.path("channel"));
        channelRecord.path("record").properties().forEach(field -> flat.set(field.getKey(), field.getValue()));
        return flat;
    }

    /** Copies each kind's file, in the order of {@code kinds}, as an entry of the zip. */
    void copyInto(java.util.zip.ZipOutputStream zip, List<String> kinds) throws IOException {
        for (Writer writer : writers.values()) {
            writer.flush();
        }
        for (String kind : kinds) {
            zip.putNextEntry(new java.util.zip.ZipEntry(kind + ".csv"));
            Path file = folder.resolve(kind + ".csv");
            if (Files.exists(file)) {
                Files.copy(file, zip);
            }
            zip.closeEntry();
        }
    }

    @Override
    public void close() {
        try {
            for (Writer writer : writers.values()) {
                writer.close();
            }
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        } catch (IOException cleanup) {
            throw new UncheckedIOException(cleanup);
        }
    }
}
