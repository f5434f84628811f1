package io.leadline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a response against a schema of Lofty's published OpenAPI document, field by field: every required property
 * present, no property the schema does not define, each value of the schema's JSON type (null only where the property
 * is not required), nested objects and arrays checked by their own schemas. The full document is not part of this
 * repository (it is Lofty's); it is read from {@code LEADLINE_LOFTY_OPENAPI} or {@code ../shared/reference}, where this
 * workplace and its CI lay it, and otherwise the schemas come from {@code lofty-schemas.json}, their structure without
 * Lofty's prose, which {@code LoftySchemaTests} keeps equal to the document wherever the document is there.
 */
public final class LoftySchema {

    /** What a schema's structure is made of; descriptions, examples and the like are left out. */
    static final Set<String> STRUCTURE = Set.of("type", "format", "properties", "required", "enum", "items", "$ref");

    private static final Path DOCUMENT = System.getenv("LEADLINE_LOFTY_OPENAPI") != null
            ? Path.of(System.getenv("LEADLINE_LOFTY_OPENAPI"))
            : Path.of("..", "shared", "reference", "lofty-openapi.json");
    private static JsonNode schemas;

    private LoftySchema() {}

    /** The full document's schemas, when the document is on this machine. */
    public static java.util.Optional<JsonNode> referenceSchemas() {
        if (!Files.isReadable(DOCUMENT)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(ApiClient.JSON.readTree(Files.readString(DOCUMENT)).path("components").path("schemas"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    /**
     * Lofty's operations as {@code "GET /v1.0/leads" -> {"query": [names], "path": [names]}}: from the full document
     * when it is on this machine, else as this repository carries them.
     */
    public static JsonNode operations() {
        return referenceOperations().orElseGet(LoftySchema::bundledOperations);
    }

    public static java.util.Optional<JsonNode> referenceOperations() {
        if (!Files.isReadable(DOCUMENT)) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode paths = ApiClient.JSON.readTree(Files.readString(DOCUMENT)).path("paths");
            java.util.TreeMap<String, Object> operations = new java.util.TreeMap<>();
            for (String path : paths.propertyNames()) {
                for (String method : List.of("get", "post", "put", "delete", "patch")) {
                    JsonNode operation = paths.path(path).path(method);
                    if (operation.isMissingNode()) {
                        continue;
                    }
                    List<String> query = operation.path("parameters").valueStream()
                            .filter(p -> p.path("in").asString().equals("query")).map(p -> p.path("name").asString()).sorted().toList();
                    List<String> inPath = java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(path).results()
                            .map(m -> m.group(1)).toList();
                    operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path, java.util.Map.of("query", query, "path", inPath));
                }
            }
            return java.util.Optional.of(ApiClient.JSON.valueToTree(operations));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    public static JsonNode bundledOperations() {
        try (var in = LoftySchema.class.getResourceAsStream("/lofty-schemas.json")) {
            return ApiClient.JSON.readTree(java.util.Objects.requireNonNull(in, "lofty-schemas.json")).path("operations");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read lofty-schemas.json", e);
        }
    }

    /** The schemas this repository carries ({@code src/test/resources/lofty-schemas.json}). */
    public static JsonNode bundledSchemas() {
        try (var in = LoftySchema.class.getResourceAsStream("/lofty-schemas.json")) {
            return ApiClient.JSON.readTree(java.util.Objects.requireNonNull(in, "lofty-schemas.json")).path("schemas");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read lofty-schemas.json", e);
        }
    }

    /** A schema reduced to its structure (the keys of {@link #STRUCTURE}, property names kept), to compare two copies. */
    public static JsonNode structure(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        tools.jackson.databind.node.ObjectNode kept = ApiClient.JSON.createObjectNode();
        for (String key : schema.propertyNames()) {
            if (key.equals("properties")) {
                tools.jackson.databind.node.ObjectNode properties = kept.putObject("properties");
                schema.get(key).properties().forEach(p -> properties.set(p.getKey(), structure(p.getValue())));
            } else if (STRUCTURE.contains(key)) {
                kept.set(key, structure(schema.get(key)));
            }
        }
        return kept;
    }

    /** The problems found, empty when the value fits the named schema. */
    public static List<String> problems(String schemaName, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check("$", schema(schemaName), value, problems);
        return problems;
    }

    private static synchronized JsonNode schema(String name) {
        if (schemas == null) {
            schemas = referenceSchemas().orElseGet(LoftySchema::bundledSchemas);
        }
        JsonNode schema = schemas.path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name + " in " + (Files.isReadable(DOCUMENT)
                    ? "Lofty's document" : "lofty-schemas.json (add it there from Lofty's document)"));
        }
        return schema;
    }

    private static void check(String path, JsonNode schema, JsonNode value, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            check(path, schema(ref.substring(ref.lastIndexOf('/') + 1)), value, problems);
            return;
        }
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(path + " should be an object: " + value);
                    return;
                }
                JsonNode properties = schema.path("properties");
                if (properties.isEmpty()) {
                    return;
                }
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asString()));
                for (String name : required) {
                    if (!value.has(name) || value.get(name).isNull()) {
                        problems.add(path + "." + name + " is required");
                    }
                }
                for (String name : value.propertyNames()) {
                    JsonNode property = properties.path(name);
                    if (property.isMissingNode()) {
                        problems.add(path + "." + name + " is not in the schema");
                    } else if (!value.get(name).isNull()) {
                        check(path + "." + name, property, value.get(name), problems);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + " should be an array: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(path + "[" + i + "]", schema.path("items"), value.get(i), problems);
                }
            }
            case "integer" -> expect(value.isIntegralNumber(), path, "an integer", value, problems);
            case "number" -> expect(value.isNumber(), path, "a number", value, problems);
            case "string" -> {
                expect(value.isString(), path, "a string", value, problems);
                if (value.isString() && schema.has("enum")) {
                    List<String> allowed = new ArrayList<>();
                    schema.path("enum").forEach(e -> allowed.add(e.asString()));
                    expect(allowed.contains(value.asString()), path, "one of " + allowed, value, problems);
                }
            }
            case "boolean" -> expect(value.isBoolean(), path, "true or false", value, problems);
            default -> { }
        }
    }

    private static void expect(boolean ok, String path, String what, JsonNode value, List<String> problems) {
        if (!ok) {
            problems.add(path + " should be " + what + ": " + value);
        }
    }
}
