package io.leadline.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The lead page's edit form as typed: emails and phones one per line (or separated by commas), an empty list clearing
 * them. The first name is always sent (the API refuses an empty one); any other empty field leaves the lead's value as
 * it is, as a partial update without that field does.
 */
record LeadForm(@Nullable String firstName, @Nullable String lastName, @Nullable String emails,
        @Nullable String phones, @Nullable String stage, @Nullable String source, @Nullable String streetAddress,
        @Nullable String city, @Nullable String state, @Nullable String zipCode) {

    /** The body {@code PUT /v1.0/leads/{id}} would take for these values. */
    Map<String, Object> apiBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", text(firstName));
        body.put("emails", list(emails));
        body.put("phones", list(phones));
        putIfTyped(body, "lastName", lastName);
        putIfTyped(body, "stage", stage);
        putIfTyped(body, "source", source);
        putIfTyped(body, "streetAddress", streetAddress);
        putIfTyped(body, "city", city);
        putIfTyped(body, "state", state);
        putIfTyped(body, "zipCode", zipCode);
        return body;
    }

    private static void putIfTyped(Map<String, Object> body, String field, @Nullable String value) {
        if (!text(value).isEmpty()) {
            body.put(field, text(value));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static List<String> list(@Nullable String lines) {
        return Arrays.stream(text(lines).split("[\\r\\n,]+")).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }
}
