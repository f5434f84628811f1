package io.leadline.console;

import io.leadline.leads.LeadEdits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The lead's further fields as its page shows them (label and value, when it has one) and as the edit form offers
 * them (a pick from the API's documented values), read from the lead as the API answers it.
 */
final class LeadFieldsView {

    private LeadFieldsView() {}

    /** A field with a value, labelled. */
    record Shown(String label, String value) {}

    /** A field that takes one of a list: its name, label, the values, and the one now chosen ("" for none). */
    record Pick(String field, String label, List<String> choices, String chosen) {}

    private static final Map<String, String> TEXT = labels("birthday", "Birthday", "referredBy", "Referred by");

    private static final Map<String, String> PICKED = labels("language", "Language",
            "buyingTimeFrame", "Buying time frame", "sellingTimeFrame", "Selling time frame",
            "preQual", "Pre-qualified", "houseToSell", "House to sell", "fthb", "First-time buyer",
            "withBuyerAgent", "With a buyer agent", "mortgage", "Mortgage", "buyHouse", "Buying a house",
            "withListingAgent", "With a listing agent");

    static List<Shown> shown(JsonNode lead) {
        List<Shown> shown = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(TEXT);
        all.putAll(PICKED);
        all.forEach((field, label) -> {
            String value = lead.path(field).asString("");
            if (!value.isBlank()) {
                shown.add(new Shown(label, value));
            }
        });
        return shown;
    }

    /** {@code typed}, when the form came back refused, holds what was picked; otherwise the lead's values are. */
    static List<Pick> picks(JsonNode lead, LeadEdits.Choices choices, @Nullable MultiValueMap<String, String> typed) {
        List<Pick> picks = new ArrayList<>();
        PICKED.forEach((field, label) -> {
            List<String> values = field.equals("language") ? choices.languages()
                    : field.endsWith("TimeFrame") ? choices.timeFrames() : choices.yesNo();
            String chosen = typed != null ? String.valueOf(typed.getFirst(field)) : lead.path(field).asString("");
            picks.add(new Pick(field, label, values, chosen));
        });
        return picks;
    }

    private static Map<String, String> labels(String... fieldsAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndLabels.length; i += 2) {
            labels.put(fieldsAndLabels[i], fieldsAndLabels[i + 1]);
        }
        return labels;
    }
}
