package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.Application;
import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The offline administration command lists members and issues and revokes keys on the server's database (LL-19). */
@ExtendWith(OutputCaptureExtension.class)
class OperatorCommandsTests {

    @Test
    void anOperatorWhoLostTheOwnersKeyIssuesANewOneAndRevokesIt(CapturedOutput output) {
        String url = "jdbc:h2:mem:operator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        String database = "--spring.datasource.url=" + url;
        try (ConfigurableApplicationContext server = BenchServer.start(url, "--leadline.bootstrap.api-key=")) {
            ApiClient anonymous = new ApiClient(BenchServer.baseUrl(server), null);

            assertThat(Application.runAdmin("admin", "members", database)).isZero();
            String ownerLine = output.getOut().lines().filter(l -> l.contains("(server administrator)")).findFirst().orElseThrow();
            long ownerId = Long.parseLong(ownerLine.replaceAll(".*user (\\d+).*", "$1"));
            assertThat(ownerLine).contains("OWNER").contains("owner@leadline.local");
            assertThat(Application.runAdmin("admin", "teams", database)).isZero();
            assertThat(output.getOut()).contains("Leadline");

            assertThat(Application.runAdmin("admin", "issue-key", "--user=" + ownerId, "--name=recovered", database)).isZero();
            String issued = output.getOut().lines().filter(l -> l.contains("Authorization: token")).reduce((a, b) -> b).orElseThrow();
            String key = issued.replaceAll(".*token (llk_\\S+).*", "$1");
            ApiClient recovered = anonymous.as("token " + key);
            assertThat(recovered.get("/v1.0/me").json().path("memberUserId").asLong()).isEqualTo(ownerId);
            long keyId = Long.parseLong(output.getOut().lines().filter(l -> l.startsWith("key ") && l.contains("issued"))
                    .findFirst().orElseThrow().replaceAll("key (\\d+).*", "$1"));

            assertThat(Application.runAdmin("admin", "keys", database)).isZero();
            String listed = output.getOut().lines().filter(l -> l.startsWith("team ") && l.contains("key " + keyId + " ")).findFirst().orElseThrow();
            assertThat(listed).contains("user " + ownerId).contains("recovered").contains("active").contains("last used 20")
                    .doesNotContain(key.substring(4, 12));
            assertThat(output.getOut().lines().filter(l -> l.startsWith("team ") && l.contains(" key ")))
                    .noneMatch(l -> l.contains(key.substring(4))).anyMatch(l -> l.contains("last used never"));

            assertThat(Application.runAdmin("admin", "revoke-key", "--key=" + keyId, database)).isZero();
            assertThat(recovered.get("/v1.0/me").status()).isEqualTo(401);

            assertThat(Application.runAdmin("admin", "launch-rockets", database)).isEqualTo(2);
            assertThat(output.getErr()).contains("usage: admin teams");
            assertThat(Application.runAdmin("admin", "issue-key", "--user=4503599627370001", database)).isEqualTo(1);
            assertThat(Application.runAdmin("admin", "issue-key", "--user=abc", database)).isEqualTo(2);
        }
    }

    @Test // LL-26 item 10
    void theUsageThatNeedsNoServerListsEveryVerbTheFeaturesContribute() {
        String url = "jdbc:h2:mem:verbs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext operator = new org.springframework.boot.builder.SpringApplicationBuilder(Application.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .properties("leadline.operator.command=true", "leadline.webhooks.dispatch=false", "leadline.messages.dispatch=false",
                        "spring.main.banner-mode=off", "logging.level.root=ERROR")
                .run("admin", "teams", "--spring.datasource.url=" + url)) {
            var verbs = operator.getBeansOfType(io.leadline.startup.OperatorCommand.class).values();
            assertThat(verbs).isNotEmpty();
            for (var verb : verbs) {
                assertThat(io.leadline.startup.OperatorCommand.USAGE).contains("admin " + verb.usage());
            }
        }
    }

    @Test
    void anOperatorChecksTheSearchIndexAndRebuildsADamagedOne(CapturedOutput output) {
        String url = "jdbc:h2:mem:index-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        String database = "--spring.datasource.url=" + url;
        try (ConfigurableApplicationContext server = BenchServer.start(url)) {
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Index check");
            long teamId = owner.get("/v1.0/me").json().path("teamId").asLong();
            for (int i = 0; i < 3; i++) {
                owner.post("/v1.0/leads", java.util.Map.of("firstName", "Ada" + i, "lastName", "Lovelace",
                        "emails", java.util.List.of("ada" + i + "@example.com"), "tags", java.util.List.of("Hot", "Zillow")));
            }
            assertThat(Application.runAdmin("admin", "check-index", database)).isZero();
            assertThat(output.getOut()).contains("0 difference(s)");

            org.springframework.jdbc.core.simple.JdbcClient jdbc = server.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            jdbc.sql("UPDATE lead_tags SET stage_id = NULL, tag_mask = 0").update();
            jdbc.sql("DELETE FROM lead_terms WHERE term = 'lovelace'").update();
            jdbc.sql("INSERT INTO lead_count_deltas (team_id, stage_id, assigned_user_id, hidden, ownership_scope, ownership_id, delta)"
                    + " VALUES (" + teamId + ", NULL, NULL, FALSE, 'TEAM', NULL, 5)").update();

            assertThat(Application.runAdmin("admin", "check-index", "--team=" + teamId, database)).isEqualTo(1);
            assertThat(output.getOut()).contains("lead_counts stage=null").contains("copied lead columns differ")
                    .contains("tag_mask is not the sum").contains("lead_terms of lead");
            assertThat(Application.runAdmin("admin", "rebuild-index", database)).isEqualTo(2);
            assertThat(Application.runAdmin("admin", "rebuild-index", "--team=" + teamId, database)).isZero();
            assertThat(output.getOut()).contains("index rebuilt from its leads; 0 difference(s) left");
            assertThat(owner.get("/v1.0/leads?key=lovelace").json().path("leads")).hasSize(3);
            assertThat(owner.get("/v1.0/leads?allTags=Hot").json().path("_metadata").path("total").asLong()).isEqualTo(3);
        }
    }
}
