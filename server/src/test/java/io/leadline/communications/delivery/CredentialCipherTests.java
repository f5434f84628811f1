package io.leadline.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialCipherTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @Test
    void sealsSecretsThatOnlyTheSameKeyOpens() {
        CredentialCipher cipher = new CredentialCipher(KEY);
        String sealed = cipher.encrypt("password", "s3cret");
        assertThat(sealed).doesNotContain("s3cret").isNotEqualTo(cipher.encrypt("password", "s3cret"));
        assertThat(cipher.decrypt(sealed)).contains("s3cret");
        assertThat(new CredentialCipher(OTHER_KEY).decrypt(sealed)).isEmpty();
        assertThat(cipher.decrypt("not base64!")).isEmpty();
    }

    @Test
    void withoutAKeyNoSecretIsKept() {
        CredentialCipher none = new CredentialCipher("");
        assertThatThrownBy(() -> none.encrypt("password", "s3cret")).isInstanceOf(ApiException.class).hasMessageContaining("password");
        assertThat(none.decrypt(new CredentialCipher(KEY).encrypt("password", "x"))).isEmpty();
        assertThatThrownBy(() -> new CredentialCipher("c2hvcnQ=")).hasMessageContaining("32 bytes");
    }
}
