package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTermsTests {

    @Test
    void cutsNamesAndEmailsIntoRunsOfLettersAndOfDigits() {
        assertThat(SearchTerms.of("Maria José O'Neil", List.of("maria.garcia77@mail.com", "mg@mail.com")))
                .containsExactly("77", "com", "garcia", "josé", "mail", "maria", "mg", "neil", "o");
        assertThat(SearchTerms.runs("a1b22--c")).containsExactly("a", "1", "b", "22", "c");
        assertThat(SearchTerms.runs(" .@ ")).isEmpty();
    }

    @Test
    void aKeyIsOneTermOnlyWhenItIsOneRunWithNothingAroundIt() {
        assertThat(SearchTerms.isOneTerm("garc")).isTrue();
        assertThat(SearchTerms.isOneTerm("5125")).isTrue();
        assertThat(SearchTerms.isOneTerm("son12")).isFalse();
        assertThat(SearchTerms.isOneTerm("maria.garcia")).isFalse();
        assertThat(SearchTerms.isOneTerm("@gmail")).isFalse();
        assertThat(SearchTerms.isOneTerm("")).isFalse();
    }

    /** The property the vocabulary lookup rests on, over random texts: a one-run key is in the text iff in a term. */
    @Test
    void aOneRunKeyIsASubstringOfTheTextExactlyWhenItIsASubstringOfOneOfItsTerms() {
        Random random = new Random(7);
        String alphabet = "ab1 .@-";
        int checked = 0;
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, alphabet, 12);
            String key = randomText(random, alphabet, 3).trim();
            if (!SearchTerms.isOneTerm(key)) {
                continue;
            }
            boolean inTerms = SearchTerms.of(text, List.of()).stream().anyMatch(term -> term.contains(key));
            assertThat(inTerms).as("key %s in %s", key, text).isEqualTo(text.contains(key));
            checked++;
            found += inTerms ? 1 : 0;
        }
        assertThat(checked).as("one-run keys checked").isGreaterThan(2_000);
        assertThat(found).as("of them found").isBetween(checked / 10, checked - checked / 10);
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
