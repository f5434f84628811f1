package io.leadline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a response against a schema of Lofty's published OpenAPI document, field by field. The document is not part
 * of this repository (it is Lofty's); it is read from {@code LEADLINE_LOFTY_OPENAPI} when set, else from
 * {@code ../shared/reference/lofty-openapi.json}, where this workplace and its CI lay it beside the clone. Checks: every required property present, no property the schema does not define, each value of the schema's JSON
 * type (null only where the property is not required), nested objects and arrays checked by their own schemas.
 */
public final class LoftySchema {

    private static final Path DOCUMENT = System.getenv("LEADLINE_LOFTY_OPENAPI") != null
            ? Path.of(System.getenv("LEADLINE_LOFTY_OPENAPI"))
            : Path.of("..", "shared", "reference", "lofty-openapi.json");
    private static JsonNode schemas;

    private LoftySchema() {}

    /** The problems found, empty when the value fits the named schema. */
    public static List<String> problems(String schemaName, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check("$", schema(schemaName), value, problems);
        return problems;
    }

    private static synchronized JsonNode schema(String name) {
        if (schemas == null) {
            try {
                schemas = ApiClient.JSON.readTree(Files.readString(DOCUMENT)).path("components").path("schemas");
            } catch (java.io.IOException e) {
                throw new IllegalStateException("The schema checks need Lofty's OpenAPI document at " + DOCUMENT.toAbsolutePath()
                        + " (set LEADLINE_LOFTY_OPENAPI to its path)", e);
            }
        }
        JsonNode schema = schemas.path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name + " in Lofty's document");
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
