package io.leadline.leads.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.teamfeatures.CustomField;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CustomAttributeRulesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void numbersAreNormalisedDecimals() {
        assertThat(value(field("number"), "\"1.50\"")).isEqualTo("1.50");
        assertThat(value(field("currency"), "12")).isEqualTo("12");
        assertThatThrownBy(() -> value(field("percentage"), "\"ten\"")).hasMessageContaining("v");
    }

    @Test
    void datesAreIso() {
        assertThat(value(field("date"), "\"2024-02-29\"")).isEqualTo("2024-02-29");
        assertThatThrownBy(() -> value(field("anniversary_date"), "\"Jun 5, 2001\"")).hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    void selectsMustNameTheirOptions() {
        CustomField single = new CustomField(1, "Color", "single_select", null, List.of("Red", "Blue"));
        assertThat(value(single, "\"Red\"")).isEqualTo("Red");
        assertThatThrownBy(() -> value(single, "\"Green\"")).hasMessageContaining("Red");

        CustomField multi = new CustomField(1, "Colors", "multi_select", null, List.of("Red", "Blue"));
        assertThat(value(multi, "\"[\\\"Red\\\",\\\"Blue\\\"]\"")).isEqualTo("[\"Red\",\"Blue\"]");
        assertThat(value(multi, "[\"Blue\"]")).isEqualTo("[\"Blue\"]");
        assertThatThrownBy(() -> value(multi, "\"Red\"")).hasMessageContaining("JSON array");
    }

    @Test
    void nullClearsTheValue() {
        assertThat(value(field("text"), "null")).isNull();
    }

    private static String value(CustomField field, String json) {
        return CustomAttributeRules.normalizedValue("v", field, JSON.readTree(json), JSON);
    }

    private static CustomField field(String type) {
        return new CustomField(1, "F", type, null, List.of());
    }
}
