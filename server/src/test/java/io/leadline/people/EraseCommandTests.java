package io.leadline.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.Application;
import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Issue 31: an operator erases a person with the offline command, as the API would. */
@ExtendWith(OutputCaptureExtension.class)
class EraseCommandTests {

    @Test
    void anOperatorErasesAPersonByEmailInOneTeam(CapturedOutput output) {
        String url = "jdbc:h2:mem:erase-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        String database = "--spring.datasource.url=" + url;
        try (ConfigurableApplicationContext server = BenchServer.start(url, "--leadline.bootstrap.api-key=erase-test-key")) {
            ApiClient owner = new ApiClient(BenchServer.baseUrl(server), "token erase-test-key");
            long lead = owner.post("/v1.0/leads", Map.of("firstName", "Quincella", "emails", List.of("q@example.org")))
                    .leadId();
            assertThat(Application.runAdmin("admin", "teams", database)).isZero();
            long teamId = Long.parseLong(output.getOut().lines().filter(line -> line.startsWith("team ")).findFirst()
                    .orElseThrow().replaceAll("team (\\d+).*", "$1"));

            assertThat(Application.runAdmin("admin", "erase", "--email=q@example.org", database)).isEqualTo(2);
            assertThat(output.getErr()).contains("erase needs --team=<team id>");
            assertThat(Application.runAdmin("admin", "erase", "--team=" + teamId, database)).isEqualTo(2);
            assertThat(output.getErr()).contains("email or phone is required");

            assertThat(Application.runAdmin("admin", "erase", "--team=" + teamId, "--email=Q@example.org", database,
                    "--leadline.search.vocabulary-put-back-after=PT0S")).isZero();
            assertThat(output.getOut()).contains("team " + teamId + ": erasure ").contains("1 lead(s) [" + lead + "]")
                    .doesNotContain("q@example.org");
            assertThat(owner.get("/v1.0/leads/" + lead).json().path("lead").path("firstName").asString()).isEqualTo("Erased");
            assertThat(owner.get("/leadline/v1/people/erasures").json().path("erasures").get(0).path("credentialName")
                    .asString()).isEqualTo("operator command");
        }
    }
}
