package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** With structured (JSON) console logs, every line stays JSON, the first-start key included (LL issue 19). */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTests {

    @Test
    void theFirstStartKeyIsOneJsonLogEvent(CapturedOutput output) {
        String url = "jdbc:h2:mem:json-logs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext server = BenchServer.start(url, "--leadline.bootstrap.api-key=",
                "--logging.structured.format.console=ecs", "--logging.level.io.leadline=INFO")) {
            List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                assertThat(line).as("every console line is a JSON object").startsWith("{").endsWith("}");
                ApiClient.JSON.readTree(line);
            }
            JsonNode keyEvent = lines.stream().map(ApiClient.JSON::readTree)
                    .filter(event -> event.path("message").asString().contains("first start")).findFirst().orElseThrow();
            String key = keyEvent.path("message").asString().replaceAll(".*token (llk_\\S+).*", "$1");
            assertThat(keyEvent.path("message").asString()).as("and the owner's console link")
                    .contains("sets a console password at " + BenchServer.baseUrl(server).replace("127.0.0.1", "localhost") + "/app/password/");
            assertThat(new ApiClient(BenchServer.baseUrl(server), "token " + key).get("/v1.0/me").status()).isEqualTo(200);
        }
    }
}
