package io.leadline.imports;

import io.leadline.web.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which source column fills which lead field (docs/imports.md "Mappings"). A column maps to a field of the lead create
 * payload, to {@code custom:<name>} for a custom field, to {@code assignee} (a member's email), {@code createdAt} (the
 * lead's created time, kept), {@code note} (the lead's first note), or is left out. List fields take several columns
 * and may split one on a delimiter; {@code values} translates a column's values (a source CRM's stage names, say).
 * Stages and sources the team lacks are created or refused, per the mapping. The key {@code custom:*} maps every
 * column named {@code custom:<name>} to that custom field (as Leadline's export names them).
 */
record ImportMapping(String name, Map<String, Column> columns, boolean createStages) {

    /** Where one source column goes. */
    record Column(String field, @Nullable String split, Map<String, String> values) {}

    static final Set<String> TEXT_FIELDS = Set.of("firstName", "lastName", "streetAddress", "city", "state", "zipCode",
            "referredBy", "stage", "source", "birthday", "language", "buyingTimeFrame", "sellingTimeFrame", "preQual",
            "houseToSell", "fthb", "withBuyerAgent", "mortgage", "buyHouse", "withListingAgent", "ownershipScope");
    static final Set<String> LIST_FIELDS = Set.of("emails", "phones", "tags", "segments");
    static final Set<String> FLAG_FIELDS = Set.of("cannotText", "cannotCall", "cannotEmail", "unsubscription", "isHidden");
    static final Set<String> OWN_FIELDS = Set.of("assignee", "createdAt", "note");
    static final String CUSTOM = "custom:";
    /** A column key (and field) meaning: every column named {@code custom:<name>} fills that custom field. */
    static final String EVERY_CUSTOM = "custom:*";

    /** Reads and checks a mapping document; every problem is named with where it is. */
    static ImportMapping read(JsonNode document) {
        if (!document.isObject()) {
            throw ApiException.invalidField("mapping", "must be a JSON object");
        }
        String name = document.path("name").asString("").trim();
        if (name.isEmpty() || name.length() > 100 || !name.matches("[A-Za-z0-9._-]+")) {
            throw ApiException.invalidField("mapping.name", "must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        JsonNode columns = document.path("columns");
        if (!columns.isObject() || columns.isEmpty()) {
            throw ApiException.invalidField("mapping.columns", "must name at least one source column");
        }
        Map<String, Column> read = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : columns.properties()) {
            read.put(entry.getKey().trim(), column("mapping.columns." + entry.getKey(), entry.getValue()));
        }
        if (read.values().stream().noneMatch(column -> column.field().equals("firstName"))) {
            throw ApiException.invalidField("mapping.columns", "must map a column to firstName");
        }
        String stages = document.path("stages").asString("refuse");
        if (!stages.equals("create") && !stages.equals("refuse")) {
            throw ApiException.invalidField("mapping.stages", "must be 'create' or 'refuse', not '" + stages + "'");
        }
        return new ImportMapping(name, read, stages.equals("create"));
    }

    private static Column column(String path, JsonNode target) {
        if (target.isString()) {
            return new Column(field(path, target.asString()), null, Map.of());
        }
        if (!target.isObject()) {
            throw ApiException.invalidField(path, "must be a field name or {\"field\", \"split\", \"values\"}");
        }
        String field = field(path + ".field", target.path("field").asString(""));
        String split = target.path("split").isString() ? target.path("split").asString() : null;
        if (split != null && (split.isEmpty() || !LIST_FIELDS.contains(field))) {
            throw ApiException.invalidField(path + ".split", "splits only a list field (" + String.join(", ", sorted(LIST_FIELDS))
                    + ") and may not be empty");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (!target.path("values").isMissingNode()) {
            if (!target.path("values").isObject()) {
                throw ApiException.invalidField(path + ".values", "must be an object of source value to Leadline value");
            }
            target.path("values").properties().forEach(value ->
                    values.put(key(value.getKey()), value.getValue().asString("")));
        }
        return new Column(field, split, values);
    }

    private static String field(String path, String field) {
        boolean known = TEXT_FIELDS.contains(field) || LIST_FIELDS.contains(field) || FLAG_FIELDS.contains(field)
                || OWN_FIELDS.contains(field) || field.equals("ignore")
                || (field.startsWith(CUSTOM) && field.length() > CUSTOM.length());
        if (!known) {
            throw ApiException.invalidField(path, "names no lead field: '" + field + "' (docs/imports.md lists them)");
        }
        return field;
    }

    /** The column's value as the mapping translates it (values are matched without regard to case or spacing). */
    static String translated(Column column, String value) {
        String translated = column.values().get(key(value));
        return translated == null ? value : translated;
    }

    /** The source columns of {@code header} this mapping uses; refused when it uses none of them. */
    Map<Integer, Column> against(List<String> header) {
        Map<Integer, Column> used = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            Column column = columns.get(name);
            if (column == null && columns.containsKey(EVERY_CUSTOM) && name.startsWith(CUSTOM) && !name.equals(EVERY_CUSTOM)) {
                column = new Column(name, null, Map.of());
            }
            if (column != null && !column.field().equals("ignore")) {
                used.put(i, column);
            }
        }
        if (used.values().stream().noneMatch(column -> column.field().equals("firstName"))) {
            throw ApiException.invalidField("file", "has no column the mapping '" + name + "' maps to firstName (its header: "
                    + String.join(", ", header) + ")");
        }
        return used;
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
