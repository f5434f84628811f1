package io.leadline.accounts.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTests {

    @Test
    void generatedKeysCarryTheirSchemeAnd256RandomBits() {
        String apiKey = Secrets.newKey(Credential.TOKEN);
        assertThat(apiKey).startsWith("llk_").hasSize(4 + 43);
        assertThat(Secrets.newKey(Credential.BEARER)).startsWith("llt_");
        assertThat(Secrets.newKey(Credential.TOKEN)).isNotEqualTo(apiKey);
    }

    @Test
    void hashesAreStableHexSha256() {
        assertThat(Secrets.hash("devkey")).isEqualTo(Secrets.hash("devkey")).hasSize(64).matches("[0-9a-f]+");
        assertThat(Secrets.hash("devkey")).isNotEqualTo(Secrets.hash("devkey2"));
    }

    @Test
    void listingsNeverShowMoreThanAThirdOfAKey() {
        assertThat(Secrets.displayPrefix("devkey")).isEqualTo("de");
        assertThat(Secrets.displayPrefix("llk_" + "x".repeat(43))).hasSize(12);
    }
}
