package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnH2;
import io.leadline.testing.TestTeam;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code leadline.api-docs.public=false}: the API document and Swagger UI for server administrators only (LL-26). */
@OnH2
@TestPropertySource(properties = "leadline.api-docs.public=false")
class ClosedApiDocumentTests extends ApiTestBase {

    @Test
    void theApiDocumentAnswersOnlyServerAdministrators() {
        TestTeam team = newTeam();
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/webjars/swagger-ui/swagger-ui-bundle.js",
                "/%763/api-docs", "/v3/api%2Ddocs", "/%73wagger-ui/index.html", "/%77ebjars/swagger-ui/index.html")) {
            assertThat(anonymous().get(path).status()).as(path).isIn(400, 401);
            assertThat(team.owner().get(path).status()).as(path).isIn(400, 403);
        }
        assertThat(serverAdmin().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(serverAdmin().get("/%763/api-docs").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/prometheus").status()).as("metrics keep their own switch").isEqualTo(401);
    }
}
