package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code leadline.management.open=true}: metrics and info for anyone who reaches the port, the API still keyed. */
@OnH2
@TestPropertySource(properties = "leadline.management.open=true")
class OpenManagementTests extends ApiTestBase {

    @Test
    void metricsAndInfoAnswerAnyoneWhileTheApiStillNeedsACredential() {
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/info").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous().get("/v1.0/me").status()).isEqualTo(401);
    }
}
