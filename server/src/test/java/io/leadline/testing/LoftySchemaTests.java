package io.leadline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The schemas the repository carries are complete and, where Lofty's document is on the machine, equal to it. */
class LoftySchemaTests {

    @Test
    void everyReferenceInTheBundledSchemasResolves() {
        JsonNode bundled = LoftySchema.bundledSchemas();
        List<String> missing = new ArrayList<>();
        collectRefs(bundled, missing, bundled);
        assertThat(missing).isEmpty();
        assertThat(bundled.propertyNames()).contains("LeadActivity", "SystemLogPageResponse", "LogTypeSingleResponse",
                "ActivityListResponse", "UserResponse", "ApiCommonResponse");
    }

    @Test
    void theBundledSchemasMatchLoftysDocumentWhereItIsPresent() {
        JsonNode bundled = LoftySchema.bundledSchemas();
        LoftySchema.referenceSchemas().ifPresent(reference -> {
            for (String name : bundled.propertyNames()) {
                assertThat(bundled.get(name)).as(name).isEqualTo(LoftySchema.structure(reference.path(name)));
            }
        });
    }

    private static void collectRefs(JsonNode node, List<String> missing, JsonNode schemas) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String ref = node.path("$ref").asString();
                if (!schemas.has(ref.substring(ref.lastIndexOf('/') + 1))) {
                    missing.add(ref);
                }
            }
            node.forEach(child -> collectRefs(child, missing, schemas));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, missing, schemas));
        }
    }
}
