package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import io.leadline.testing.TestTeam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/** The actuator on a port of its own (docs/operations.md "Configuration"): guarded as on the API's port, health open. */
@OnH2
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTests extends ApiTestBase {

    @LocalManagementPort
    int managementPort;

    @Test
    void theManagementPortAnswersOnlyServerAdministratorsButHealthStaysOpen() {
        TestTeam team = newTeam();
        String management = "http://127.0.0.1:" + managementPort;
        for (String path : List.of("/actuator/prometheus", "/actuator/info", "/%61ctuator/prometheus")) {
            assertThat(anonymous().at(management).get(path).status()).as(path).isEqualTo(401);
            ApiResponse owner = team.owner().at(management).get(path);
            assertThat(owner.status()).as(path).isEqualTo(403);
            assertThat(owner.code()).isEqualTo(20017);
            assertThat(serverAdmin().at(management).get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(anonymous().at(management).get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health").status()).as("moved off the API's port").isEqualTo(404);
    }
}
