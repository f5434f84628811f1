package io.leadline.console;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The lead page's edit form as typed: emails, phones and tags one per line (or separated by commas), an empty list
 * clearing them. The first name is always sent (the API refuses an empty one); any other empty text field or unpicked
 * choice leaves the lead's value as it is, as a partial update without that field does. The consent boxes are sent as
 * they are ticked (unticked: false). Custom fields come as {@code custom:<name>} (several values for a multi-select); an empty one is
 * cleared.
 */
record LeadForm(@Nullable String firstName, @Nullable String lastName, @Nullable String emails,
        @Nullable String phones, @Nullable String tags, @Nullable String stage, @Nullable String source,
        @Nullable String streetAddress, @Nullable String city, @Nullable String state, @Nullable String zipCode,
        @Nullable String birthday, @Nullable String referredBy, @Nullable String language,
        @Nullable String buyingTimeFrame, @Nullable String sellingTimeFrame, @Nullable String preQual,
        @Nullable String houseToSell, @Nullable String fthb, @Nullable String withBuyerAgent, @Nullable String mortgage,
        @Nullable String buyHouse, @Nullable String withListingAgent, @Nullable Boolean cannotEmail,
        @Nullable Boolean cannotText, @Nullable Boolean cannotCall) {

    static final String CUSTOM = "custom:";
    static final String SEVERAL = "several:";

    private static final List<String> LISTS = List.of("emails", "phones", "tags");

    /**
     * The body {@code PUT /v1.0/leads/{id}} would take for these values (each component is named as the API's field);
     * {@code typed} holds the custom fields.
     */
    Map<String, Object> apiBody(MultiValueMap<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (RecordComponent component : LeadForm.class.getRecordComponents()) {
            Object value = valueOf(component);
            String field = component.getName();
            if (component.getType() == Boolean.class) {
                body.put(field, Boolean.TRUE.equals(value)); // an unticked box is not sent at all
            } else if (LISTS.contains(field)) {
                body.put(field, list((String) value));
            } else if (field.equals("firstName") || !text((String) value).isEmpty()) {
                body.put(field, text((String) value));
            }
        }
        List<Map<String, @Nullable Object>> custom = customAttributes(typed);
        if (!custom.isEmpty()) {
            body.put("customAttributeList", custom);
        }
        return body;
    }

    private @Nullable Object valueOf(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (ReflectiveOperationException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    /** Every custom field the form named; a multi-select's marker names it even with nothing ticked (cleared). */
    private static List<Map<String, @Nullable Object>> customAttributes(MultiValueMap<String, String> typed) {
        Set<String> named = new LinkedHashSet<>();
        typed.keySet().stream().filter(key -> key.startsWith(CUSTOM)).forEach(key -> named.add(key.substring(CUSTOM.length())));
        typed.keySet().stream().filter(key -> key.startsWith(SEVERAL)).forEach(key -> named.add(key.substring(SEVERAL.length())));
        List<Map<String, @Nullable Object>> attributes = new ArrayList<>();
        for (String name : named) {
            List<String> given = typed.getOrDefault(CUSTOM + name, List.of()).stream().map(String::trim)
                    .filter(value -> !value.isEmpty()).toList();
            boolean several = typed.containsKey(SEVERAL + name);
            Map<String, @Nullable Object> attribute = new LinkedHashMap<>();
            attribute.put("attributeName", name);
            attribute.put("value", given.isEmpty() ? null : several ? given : given.getFirst());
            attributes.add(attribute);
        }
        return attributes;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static List<String> list(@Nullable String lines) {
        return Arrays.stream(text(lines).split("[\\r\\n,]+")).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }
}
