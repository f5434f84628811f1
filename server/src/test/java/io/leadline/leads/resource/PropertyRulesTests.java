package io.leadline.leads.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRulesTests {

    @Test
    void sameAddressIgnoresCaseAndBlanks() {
        LeadPropertyRepository.PropertyRow stored = new LeadPropertyRepository.PropertyRow(
                1, 2, "1 Main St", "Austin", null, null, "{}", OffsetDateTime.now(), OffsetDateTime.now());
        assertThat(PropertyRules.sameAddress(stored, property(" 1 MAIN ST ", "austin", null))).isTrue();
        assertThat(PropertyRules.sameAddress(stored, property("1 Main St", "Austin", "TX"))).isFalse();
    }

    @Test
    void addressIsBlankOnlyWhenAllFourFieldsAre() {
        assertThat(property(null, " ", null).addressBlank()).isTrue();
        assertThat(property(null, "Austin", null).addressBlank()).isFalse();
    }

    @Test
    void mergeKeepsWhatTheUpdateLeavesOut() {
        LeadProperty merged = property("1 Main St", "Austin", null).mergedWith(property(null, "Dallas", "TX"));
        assertThat(merged.streetAddress()).isEqualTo("1 Main St");
        assertThat(merged.city()).isEqualTo("Dallas");
        assertThat(merged.state()).isEqualTo("TX");
    }

    @Test
    void inquiryRangesAndTypesAreChecked() {
        assertThatThrownBy(() -> PropertyRules.validateInquiry(inquiry(5L, 1L, List.of())))
                .hasMessageContaining("inquiry.priceMin");
        assertThatThrownBy(() -> PropertyRules.propertyTypes(new FieldRules(false, true), "inquiry.propertyType", List.of("Igloo")))
                .hasMessageContaining("inquiry.propertyType[0]");
        assertThat(PropertyRules.propertyTypes(new FieldRules(false, false), "inquiry.propertyType", List.of("Igloo", "condominium")))
                .containsExactly("Igloo", "Condo");
        PropertyRules.validateInquiry(inquiry(1L, 5L, List.of("Condo")));
    }

    private static LeadInquiry inquiry(Long min, Long max, List<String> types) {
        return new LeadInquiry(min, max, types, null, null, "1", null, List.of(), null, null,
                null, null, null, null);
    }

    private static LeadProperty property(String street, String city, String state) {
        return new LeadProperty(null, null, null, state, city, street, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
