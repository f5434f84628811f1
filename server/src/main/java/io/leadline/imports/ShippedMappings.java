package io.leadline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mappings the server ships ({@code imports/mappings/<name>.json}): Leadline's own export, HubSpot's contacts
 * export and Salesforce's lead export, by the column names those exports publish.
 */
@Component
class ShippedMappings {

    private static final List<String> NAMES = List.of("leadline", "hubspot", "salesforce");

    private final JsonMapper json;

    ShippedMappings(JsonMapper json) {
        this.json = json;
    }

    List<String> names() {
        return NAMES;
    }

    @Nullable JsonNode document(String name) {
        if (!NAMES.contains(name)) {
            return null;
        }
        try (InputStream in = ShippedMappings.class.getResourceAsStream("/imports/mappings/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the shipped mapping " + name + " is missing from the server");
            }
            return json.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
