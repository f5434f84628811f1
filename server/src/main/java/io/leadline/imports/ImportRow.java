package io.leadline.imports;

import io.leadline.web.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of a file as a lead: the create payload ({@code POST /v1.0/leads}'s shape) and what an import sets beside it
 * — the created time to keep, the assignee's email, the first note. Built from a CSV record through a mapping, or read
 * from a JSON Lines row (the payload itself, with {@code createdAt} and {@code assignee} as the import's additions).
 */
record ImportRow(long line, ObjectNode payload, @Nullable OffsetDateTime createdAt, @Nullable String assigneeEmail) {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "x");
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"), DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a"));
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/yyyy"));

    /** The emails and phones a duplicate is matched by. */
    List<String> emails() {
        return texts(payload.path("emails"));
    }

    List<String> phones() {
        return texts(payload.path("phones"));
    }

    static ImportRow fromCsv(long line, List<String> fields, Map<Integer, ImportMapping.Column> columns, ZoneId zone) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        Map<String, ArrayNode> lists = new LinkedHashMap<>();
        List<ObjectNode> custom = new ArrayList<>();
        OffsetDateTime createdAt = null;
        String assignee = null;
        for (Map.Entry<Integer, ImportMapping.Column> mapped : columns.entrySet()) {
            String raw = mapped.getKey() < fields.size() ? fields.get(mapped.getKey()).trim() : "";
            ImportMapping.Column column = mapped.getValue();
            String value = raw.isEmpty() ? "" : ImportMapping.translated(column, raw).trim();
            if (value.isEmpty()) {
                continue;
            }
            String field = column.field();
            if (ImportMapping.LIST_FIELDS.contains(field)) {
                ArrayNode list = lists.computeIfAbsent(field, name -> payload.putArray(name));
                split(value, column.split()).forEach(list::add);
            } else if (ImportMapping.FLAG_FIELDS.contains(field)) {
                payload.put(field, TRUE.contains(value.toLowerCase(java.util.Locale.ROOT)));
            } else if (field.startsWith(ImportMapping.CUSTOM)) {
                custom.add(JsonNodeFactory.instance.objectNode()
                        .put("attributeName", field.substring(ImportMapping.CUSTOM.length())).put("value", value));
            } else if (field.equals("createdAt")) {
                createdAt = time(value, zone);
            } else if (field.equals("assignee")) {
                assignee = value;
            } else if (field.equals("note")) {
                payload.put("content", value);
            } else {
                payload.put(field, value);
            }
        }
        if (!custom.isEmpty()) {
            payload.putArray("customAttributeList").addAll(custom);
        }
        return new ImportRow(line, payload, createdAt, assignee);
    }

    /** A JSON Lines row: the create payload, and the import's own {@code createdAt} and {@code assignee} if given. */
    static ImportRow fromJson(long line, JsonNode row, ZoneId zone) {
        if (!row.isObject()) {
            throw ApiException.invalidField("row", "must be a JSON object (a lead create payload)");
        }
        ObjectNode payload = ((ObjectNode) row).deepCopy();
        JsonNode created = payload.remove("createdAt");
        JsonNode assignee = payload.remove("assignee");
        return new ImportRow(line, payload, created == null || created.isNull() ? null : time(created.asString(""), zone),
                assignee == null || assignee.isNull() ? null : assignee.asString(""));
    }

    private static List<String> split(String value, @Nullable String delimiter) {
        if (delimiter == null) {
            return List.of(value);
        }
        return Arrays.stream(value.split(java.util.regex.Pattern.quote(delimiter), -1)).map(String::trim)
                .filter(part -> !part.isEmpty()).toList();
    }

    /** ISO-8601 with or without offset, or the spreadsheet forms; local times are in the team's zone. */
    static OffsetDateTime time(String value, ZoneId zone) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notWithOffset) {
            for (DateTimeFormatter format : LOCAL_TIMES) {
                try {
                    return LocalDateTime.parse(value, format).atZone(zone).toOffsetDateTime();
                } catch (DateTimeParseException next) {
                    // the next form
                }
            }
            for (DateTimeFormatter format : DAYS) {
                try {
                    return LocalDate.parse(value, format).atStartOfDay(zone).toOffsetDateTime();
                } catch (DateTimeParseException next) {
                    // the next form
                }
            }
            throw ApiException.invalidField("createdAt", "must be a time like 2024-03-01T09:30:00Z, 2024-03-01 09:30 or"
                    + " 3/1/2024, not '" + value + "'");
        }
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> {
            if (item.isString()) {
                texts.add(item.asString());
            }
        });
        return texts;
    }
}
