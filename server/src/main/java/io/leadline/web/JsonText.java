package io.leadline.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lofty documents some answers as the string {@code ok} or {@code success} with content type
 * {@code application/json}: that is the JSON string {@code "ok"}, quotes included, so a client's JSON parse succeeds
 * (LL-17). Spring would write a String return value as bare text.
 */
public final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {}

    public static ResponseEntity<String> ok(String text) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(text));
    }
}
