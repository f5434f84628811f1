package io.leadline.leads.resource;

import io.leadline.teamfeatures.CustomField;
import io.leadline.web.ApiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The value a custom attribute stores, checked against its field's type. Dates are ISO {@code yyyy-MM-dd}; numbers,
 * percentages and currency are decimals; selects must name their options; multi_select is stored as Lofty's
 * JSON-array text. Null (or JSON null) clears the value.
 */
final class CustomAttributeRules {

    static final int TEXT_MAX = 10_000;

    private CustomAttributeRules() {}

    static @Nullable String normalizedValue(String path, CustomField field, @Nullable JsonNode value, JsonMapper json) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (field.type()) {
            case "number", "percentage", "currency" -> decimal(path, scalar(path, value));
            case "date", "anniversary_date" -> date(path, scalar(path, value));
            case "single_select" -> option(path, field, scalar(path, value));
            case "multi_select" -> json.writeValueAsString(options(path, field, value, json));
            default -> FieldRules.maxLength(path, scalar(path, value), TEXT_MAX);
        };
    }

    private static String scalar(String path, JsonNode value) {
        if (!value.isValueNode()) {
            throw ApiException.invalidField(path, "must be a string or a number");
        }
        return value.asString();
    }

    private static String decimal(String path, String value) {
        try {
            return new BigDecimal(value.trim()).toPlainString();
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(path, "must be a number, not '" + value + "'");
        }
    }

    private static String date(String path, String value) {
        try {
            return LocalDate.parse(value.trim()).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(path, "must be a date as yyyy-MM-dd, not '" + value + "'");
        }
    }

    private static String option(String path, CustomField field, String value) {
        return field.options().stream()
                .filter(option -> option.equals(value.trim()))
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField(path, "must be one of " + field.options() + ", not '" + value + "'"));
    }

    private static List<String> options(String path, CustomField field, JsonNode value, JsonMapper json) {
        JsonNode array = value;
        if (value.isString()) {
            try {
                array = json.readTree(value.asString());
            } catch (JacksonException e) {
                throw ApiException.invalidField(path, "must be a JSON array of options, such as [\"a\",\"b\"]");
            }
        }
        if (!array.isArray()) {
            throw ApiException.invalidField(path, "must be a JSON array of options, such as [\"a\",\"b\"]");
        }
        List<String> chosen = new ArrayList<>();
        for (JsonNode element : array) {
            chosen.add(option(path, field, element.asString()));
        }
        return chosen;
    }
}
