package io.leadline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTests {

    @Test
    void matchesTheStandardWebhooksExample() {
        String signature = Signatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreDistinctAndPrefixed() {
        assertThat(Signatures.newSecret()).startsWith("whsec_").isNotEqualTo(Signatures.newSecret());
    }
}
