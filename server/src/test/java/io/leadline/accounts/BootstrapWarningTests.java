package io.leadline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.BenchServer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A bootstrap key set after the first start is ignored, and the log says so loudly (LL issue 19). */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapWarningTests {

    static final String WARNING = "LEADLINE_BOOTSTRAP_API_KEY (leadline.bootstrap.api-key) IS IGNORED";

    @Test
    void aBootstrapKeyGivenToAServerThatAlreadyHasATeamIsReportedAsIgnored(CapturedOutput output) {
        String url = "jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext first = BenchServer.start(url, "--leadline.bootstrap.api-key=first-key")) {
            assertThat(output.getAll()).doesNotContain(WARNING);
            try (ConfigurableApplicationContext again = BenchServer.start(url, "--leadline.bootstrap.api-key=first-key")) {
                assertThat(output.getAll()).as("the key made at first start is not reported").doesNotContain(WARNING);
            }
            try (ConfigurableApplicationContext later = BenchServer.start(url, "--leadline.bootstrap.api-key=a-new-key")) {
                assertThat(output.getAll()).contains(WARNING).contains("It does NOT authenticate");
            }
        }
    }
}
