package io.leadline.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import org.junit.jupiter.api.Test;

class NoteRulesTests {

    @Test
    void contentIsTrimmedAndMustNotBeBlank() {
        assertThat(NoteRules.required("  called back  ")).isEqualTo("called back");
        for (String blank : new String[] {null, "", "   \n"}) {
            assertThatThrownBy(() -> NoteRules.required(blank)).isInstanceOf(ApiException.class).hasMessageContaining("content");
        }
    }

    @Test
    void longContentIsCutAtTwoThousandAsLoftyDoesOrRefusedInStrictMode() {
        String exact = "x".repeat(NoteRules.CONTENT_MAX);
        assertThat(NoteRules.limited(exact, true)).isSameAs(exact);
        assertThat(NoteRules.limited(exact + "yz", false)).isEqualTo(exact);
        assertThatThrownBy(() -> NoteRules.limited(exact + "y", true))
                .isInstanceOf(ApiException.class).hasMessageContaining("content").hasMessageContaining("2000");
    }
}
