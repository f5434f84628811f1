package io.leadline.timeline;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An entry's stored fields, as the controllers shape them into Lofty's answers. */
@Component
class EntryContents {

    private final JsonMapper json;

    EntryContents(JsonMapper json) {
        this.json = json;
    }

    JsonNode of(TimelineEntry entry) {
        return json.readTree(entry.content());
    }

    /** A text field of an entry's content, or null when the entry's kind does not carry it. */
    static @Nullable String text(JsonNode content, String field) {
        JsonNode node = content.path(field);
        return node.isString() ? node.asString() : null;
    }
}
