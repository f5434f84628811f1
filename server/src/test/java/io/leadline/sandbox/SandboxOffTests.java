package io.leadline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With sandbox mode off (the default) none of its paths exist, even for a server administrator. */
abstract class SandboxOffTests extends ApiTestBase {

    @Test
    void everySandboxPathIsNotFound() {
        for (String path : List.of("/clock", "/journal", "/faults", "/faults/1", "/snapshots", "/messages", "/lofty-behaviours", "/receivers/r/deliveries")) {
            assertThat(serverAdmin().get(SandboxTests.SANDBOX + path).status()).as(path).isEqualTo(404);
        }
        assertThat(serverAdmin().put(SandboxTests.SANDBOX + "/clock", Map.of("advance", "PT1H")).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/faults", Map.of("path", "/v1.0/me", "action", "drop")).status())
                .isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/receivers/r", Map.of()).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/reset", Map.of()).status()).isEqualTo(404);
        assertThat(serverAdmin().post(SandboxTests.SANDBOX + "/snapshots/s", Map.of()).status()).isEqualTo(404);
        assertThat(anonymous().post(SandboxTests.SANDBOX + "/receivers/r", Map.of()).status())
                .as("without sandbox mode the receivers are no open door").isEqualTo(401);
    }
}
