package io.leadline.transactions;

import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The team's transaction custom fields: defined by owners and admins, listed to everyone, and the rules a
 * transaction's {@code customFields} values must follow (each names a defined field; numbers, dates and choices are
 * checked against its type). A list sent replaces the transaction's whole list, as Lofty documents.
 */
@Service
public class TransactionCustomFields {

    static final int NAME_MAX = 100;
    static final int VALUE_MAX = 10_000;
    static final int OPTIONS_MAX = 200;
    /** Lofty's spellings, by the upper-case key a request may use (case and '-'/'_' ignored). */
    private static final Map<String, String> TYPES = Map.of(
            "DATE", "DATE", "TEXT", "TEXT", "NUMBER", "NUMBER", "PERCENTAGE", "PERCENTAGE",
            "SINGLESELECT", "Single-Select", "MULTISELECT", "Multi-Select", "CURRENCY", "CURRENCY", "HTML", "HTML");

    /** The types a field may have, as the API names them. */
    public static List<String> types() {
        return new java.util.TreeSet<>(TYPES.values()).stream().toList();
    }

    private final TransactionCustomFieldRepository fields;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    TransactionCustomFields(TransactionCustomFieldRepository fields, IdGenerator ids, JsonMapper json, Clock clock) {
        this.fields = fields;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TransactionCustomField> list(long teamId) {
        return fields.findAll(teamId, this::parsed);
    }

    @Transactional
    public TransactionCustomField define(Caller caller, @Nullable String name, @Nullable String type, @Nullable JsonNode options) {
        caller.requireManagesTeam("may define transaction custom fields");
        if (name == null || name.isBlank()) {
            throw ApiException.missingField("name");
        }
        String trimmed = name.trim();
        if (trimmed.length() > NAME_MAX) {
            throw ApiException.tooLong("name", NAME_MAX);
        }
        String lofty = loftyType(type);
        List<TransactionCustomField.Option> parsedOptions = options(lofty, options);
        if (list(caller.teamId()).stream().anyMatch(f -> f.name().equalsIgnoreCase(trimmed))) {
            throw ApiException.conflict("transaction custom field '" + trimmed + "' already exists");
        }
        String params = parsedOptions.isEmpty() ? null : json.writeValueAsString(parsedOptions);
        TransactionCustomFieldRepository.Stored stored = new TransactionCustomFieldRepository.Stored(ids.nextId(), trimmed, lofty, params);
        fields.insert(caller.teamId(), stored, Times.now(clock));
        return parsed(stored);
    }

    /** Values already on transactions stay in them; they are no longer checked against anything. */
    @Transactional
    public TransactionCustomField remove(Caller caller, long id) {
        caller.requireManagesTeam("may define transaction custom fields");
        TransactionCustomField field = list(caller.teamId()).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No transaction custom field " + id));
        fields.delete(caller.teamId(), id);
        return field;
    }

    /** The values as stored: an array of {id, value}, value a string or null; anything else is a 400 naming the entry. */
    @Nullable JsonNode checked(long teamId, String prefix, @Nullable JsonNode given) {
        if (given == null || given.isNull()) {
            return given;
        }
        if (!given.isArray()) {
            throw ApiException.invalidField(prefix + "customFields", "must be an array of {id, value}");
        }
        Map<Long, TransactionCustomField> defined = new java.util.HashMap<>();
        list(teamId).forEach(f -> defined.put(f.id(), f));
        ArrayNode stored = json.createArrayNode();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String entry = prefix + "customFields[" + i + "]";
            JsonNode item = given.get(i);
            if (!item.isObject() || !item.path("id").canConvertToLong() || !item.path("id").isIntegralNumber()) {
                throw ApiException.invalidField(entry, "must be an object {id, value} with a numeric id");
            }
            long id = item.path("id").asLong();
            TransactionCustomField field = defined.get(id);
            if (field == null) {
                throw ApiException.invalidField(entry + ".id", "is not a transaction custom field of this team: " + id);
            }
            if (!seen.add(id)) {
                throw ApiException.invalidField(entry + ".id", "names field " + id + " a second time");
            }
            ObjectNode value = stored.addObject().put("id", id);
            value.put("value", value(entry + ".value", field, item.get("value")));
        }
        return stored;
    }

    private @Nullable String value(String path, TransactionCustomField field, @Nullable JsonNode given) {
        if (given == null || given.isNull() || (given.isString() && given.asString().isBlank())) {
            return null;
        }
        if (given.isArray() && field.type().equals("Multi-Select")) {
            return choices(path, field, given);
        }
        if (!given.isString() && !given.isNumber()) {
            throw ApiException.invalidField(path, "must be a string");
        }
        String text = given.isString() ? given.asString().trim() : given.asString();
        if (text.length() > VALUE_MAX) {
            throw ApiException.tooLong(path, VALUE_MAX);
        }
        switch (field.type()) {
            case "NUMBER", "CURRENCY", "PERCENTAGE" -> number(path, text);
            case "DATE" -> date(path, text);
            case "Single-Select" -> choice(path, field, text);
            case "Multi-Select" -> {
                return choices(path, field, parsedArray(path, text));
            }
            default -> {}
        }
        return text;
    }

    private static void number(String path, String text) {
        try {
            new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(path, "must be a number, not '" + text + "'");
        }
    }

    private static void date(String path, String text) {
        if (text.matches("\\d{1,15}")) {
            return;
        }
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(path, "must be a date: yyyy-MM-dd or epoch milliseconds, not '" + text + "'");
        }
    }

    private static String choice(String path, TransactionCustomField field, String text) {
        return field.options().stream()
                .filter(o -> o.value().equals(text) || o.label().equals(text))
                .findFirst()
                .map(o -> text)
                .orElseThrow(() -> ApiException.invalidField(path, "must be one of " + field.options().stream()
                        .map(TransactionCustomField.Option::value).toList() + " (an option's value or label), not '" + text + "'"));
    }

    /** Multi-Select values are stored as the JSON text of an array of option values or labels, as Lofty documents. */
    private String choices(String path, TransactionCustomField field, JsonNode items) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isString()) {
                throw ApiException.invalidField(path + "[" + i + "]", "must be a string");
            }
            chosen.add(choice(path + "[" + i + "]", field, items.get(i).asString()));
        }
        return json.writeValueAsString(chosen);
    }

    private JsonNode parsedArray(String path, String text) {
        try {
            JsonNode parsed = json.readTree(text);
            if (parsed.isArray()) {
                return parsed;
            }
        } catch (JacksonException e) {
            // answered below
        }
        throw ApiException.invalidField(path, "must be a JSON array of options, as [\"Item1\",\"Item2\"]");
    }

    private static String loftyType(@Nullable String type) {
        if (type == null || type.isBlank()) {
            throw ApiException.missingField("type");
        }
        String lofty = TYPES.get(type.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", ""));
        if (lofty == null) {
            throw ApiException.invalidField("type", "must be one of " + new java.util.TreeSet<>(TYPES.values()) + ", not '" + type + "'");
        }
        return lofty;
    }

    /** Options as strings (label and value alike) or {label, value} objects; only selects have them, and must. */
    private static List<TransactionCustomField.Option> options(String type, @Nullable JsonNode options) {
        boolean select = type.endsWith("-Select");
        if (options == null || options.isNull()) {
            if (select) {
                throw ApiException.invalidField("options", "are required for a " + type + " field");
            }
            return List.of();
        }
        if (!select) {
            throw ApiException.invalidField("options", "are only for Single-Select and Multi-Select fields");
        }
        if (!options.isArray() || options.isEmpty() || options.size() > OPTIONS_MAX) {
            throw ApiException.invalidField("options", "must be a list of 1 to " + OPTIONS_MAX + " options");
        }
        List<TransactionCustomField.Option> parsed = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            TransactionCustomField.Option option = option("options[" + i + "]", options.get(i));
            if (!values.add(option.value())) {
                throw ApiException.invalidField("options[" + i + "]", "repeats the value '" + option.value() + "'");
            }
            parsed.add(option);
        }
        return parsed;
    }

    private static TransactionCustomField.Option option(String path, JsonNode node) {
        String label = node.isString() ? node.asString() : node.path("label").isString() ? node.path("label").asString() : null;
        String value = node.isString() ? node.asString() : node.path("value").isString() ? node.path("value").asString() : null;
        if (label == null || label.isBlank() || value == null || value.isBlank()) {
            throw ApiException.invalidField(path, "must be a non-blank string or {\"label\": …, \"value\": …} with both non-blank");
        }
        if (label.trim().length() > NAME_MAX || value.trim().length() > NAME_MAX) {
            throw ApiException.tooLong(path, NAME_MAX);
        }
        return new TransactionCustomField.Option(label.trim(), value.trim());
    }

    private TransactionCustomField parsed(TransactionCustomFieldRepository.Stored stored) {
        List<TransactionCustomField.Option> options = stored.params() == null
                ? List.of()
                : List.of(json.readValue(stored.params(), TransactionCustomField.Option[].class));
        return new TransactionCustomField(stored.id(), stored.name(), stored.type(), stored.params(), options);
    }

}
