package io.leadline.leads.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FieldRulesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FieldRules lenient = new FieldRules(false, false);
    private final FieldRules strict = new FieldRules(true, true);

    @Test
    void truncatesFirstNameAt30CharactersLikeLofty() {
        assertThat(lenient.truncated("firstName", "A".repeat(45), FieldRules.NAME_MAX)).isEqualTo("A".repeat(30));
        assertThat(lenient.truncated("firstName", "  Bob  ", FieldRules.NAME_MAX)).isEqualTo("Bob");
    }

    @Test
    void strictModeRejectsWhatLoftyWouldTruncate() {
        assertThatThrownBy(() -> strict.truncated("firstName", "A".repeat(31), FieldRules.NAME_MAX))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.PARAMETER_TOO_LONG);
                    assertThat(e.getMessage()).contains("firstName").contains("30");
                });
        assertThat(strict.truncated("firstName", "A".repeat(30), FieldRules.NAME_MAX)).hasSize(30);
    }

    @Test
    void neverSplitsASurrogatePairWhenTruncating() {
        String value = "A".repeat(29) + "😀" + "B";
        assertThat(lenient.truncated("firstName", value, 30)).isEqualTo("A".repeat(29));
    }

    @Test
    void truncatesTagsAt64AndAcceptsStringsNumbersAndTagObjects() {
        List<JsonNode> nodes = List.of(
                JSON.readTree("\"" + "t".repeat(70) + "\""), JSON.readTree("42"), JSON.readTree("{\"tagName\":\"vip\"}"),
                JSON.readTree("\"vip\""), JSON.readTree("\"  \""));
        assertThat(lenient.tagNames("tags", nodes)).containsExactly("t".repeat(64), "42", "vip");
        assertThatThrownBy(() -> strict.tagNames("tags", nodes)).hasMessageContaining("tags[0]");
    }

    @Test
    void rejectsTagsThatAreNeitherNamesNorTagObjects() {
        assertThatThrownBy(() -> lenient.tagNames("tagsAdd", List.of(JSON.readTree("[1]"))))
                .hasMessageContaining("tagsAdd[0]");
        assertThatThrownBy(() -> lenient.tagNames("tagsAdd", List.of(JSON.readTree("{\"name\":\"x\"}"))))
                .hasMessageContaining("tagsAdd[0]");
    }

    @Test
    void segmentsDropBlanksAndDuplicatesAfterTruncation() {
        assertThat(lenient.truncatedList("segments", List.of("a", " ", "S".repeat(31), "S".repeat(30)), 30))
                .containsExactly("a", "S".repeat(30));
    }

    @Test
    void phonesLongerThan20CharactersAreRejectedEvenWhenLenient() {
        assertThatThrownBy(() -> FieldRules.phones("phones", List.of("123", "1".repeat(21))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).startsWith("phones[1]"));
    }

    @Test
    void emailsMustLookLikeEmails() {
        assertThat(FieldRules.emails("emails", List.of(" a@b.co ", "a@b.co"))).containsExactly("a@b.co");
        assertThatThrownBy(() -> FieldRules.emails("emails", List.of("a@b"))).hasMessageContaining("emails[0]");
    }

    @Test
    void birthdayUsesLoftysPattern() {
        assertThat(FieldRules.birthday("birthday", "Jun 5, 2001")).isEqualTo("Jun 5, 2001");
        assertThatThrownBy(() -> FieldRules.birthday("birthday", "Feb 30, 2001")).hasMessageContaining("MMM d, yyyy");
        assertThatThrownBy(() -> FieldRules.birthday("birthday", "2001-06-05")).hasMessageContaining("birthday");
    }

    @Test
    void leadTypesAreTheFixedIds() {
        assertThat(FieldRules.leadTypes(List.of(2, 5, 2, -1))).containsExactly(2, 5, -1);
        assertThatThrownBy(() -> FieldRules.leadTypes(List.of(4))).hasMessageContaining("leadTypes[0]");
    }

    @Test
    void listedValuesMatchCaseAndSpacingAndNearMissesAndReturnTheDocumentedSpelling() {
        for (FieldRules rules : List.of(lenient, strict)) {
            assertThat(rules.listed("preQual", "yes", ValueList.YES_NO)).isEqualTo("Yes");
            assertThat(rules.listed("preQual", " TRUE ", ValueList.YES_NO)).isEqualTo("Yes");
            assertThat(rules.listed("language", "zh-cn", ValueList.LANGUAGE)).isEqualTo("zh-CN");
            assertThat(rules.listed("language", "English", ValueList.LANGUAGE)).isEqualTo("en");
            assertThat(rules.listed("buyingTimeFrame", "1-3 months", ValueList.TIME_FRAME)).isEqualTo("1-3");
            assertThat(rules.listed("buyingTimeFrame", "3 to 6 Months", ValueList.TIME_FRAME)).isEqualTo("3-6");
            assertThat(rules.listed("buyingTimeFrame", "12 + months", ValueList.TIME_FRAME)).isEqualTo("12+");
            assertThat(rules.listed("buyingTimeFrame", "just looking", ValueList.TIME_FRAME)).isEqualTo("Just Looking");
            assertThat(rules.listed("propertyType", "Single Family", ValueList.PROPERTY_TYPE)).isEqualTo("Single Family Home");
            assertThat(rules.listed("propertyType", "single-family home", ValueList.PROPERTY_TYPE)).isEqualTo("Single Family Home");
            assertThat(rules.listed("propertyType", "Town Home", ValueList.PROPERTY_TYPE)).isEqualTo("Townhouse");
            assertThat(rules.listed("propertyType", "multi family", ValueList.PROPERTY_TYPE)).isEqualTo("Multi-Family");
        }
    }

    @Test
    void unlistedValuesAreKeptAsGivenUnlessValueListsAreStrict() {
        assertThat(lenient.listed("language", " Klingon ", ValueList.LANGUAGE)).isEqualTo("Klingon");
        assertThat(lenient.listed("buyingTimeFrame", "13", ValueList.TIME_FRAME)).isEqualTo("13");
        assertThatThrownBy(() -> lenient.listed("language", "K".repeat(51), ValueList.LANGUAGE))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PARAMETER_TOO_LONG));
        assertThatThrownBy(() -> strict.listed("language", "Klingon", ValueList.LANGUAGE))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
                    assertThat(e.getMessage()).startsWith("language").contains("[de, en, es, fr, ja, zh-CN, zh-TW]");
                });
    }

    @Test
    void everyNearMissNamesADocumentedValue() {
        for (ValueList list : ValueList.values()) {
            assertThat(list.documented()).containsAll(list.synonyms().values());
            for (String value : list.documented()) {
                assertThat(list.match(value)).as(list + " " + value).contains(value);
            }
        }
    }
}
