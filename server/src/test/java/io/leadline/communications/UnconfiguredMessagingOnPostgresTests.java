package io.leadline.communications;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.OnPostgres;
import io.leadline.testing.TestTeam;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** On PostgreSQL nothing is sent until a transport is chosen: a send is refused, and nothing is recorded. */
@OnPostgres
@TestPropertySource(properties = {"leadline.messages.email=", "leadline.messages.sms="})
class UnconfiguredMessagingOnPostgresTests extends ApiTestBase {

    @Test
    void aServerWithoutATransportRefusesToSend() {
        TestTeam team = newTeam();
        long leadId = team.createLead(team.owner(), aLead().with("emails", List.of("bob@example.com")).build());
        ApiResponse refused = team.owner().post("/v1.0/message/email/send", Map.of("leadId", leadId, "subject", "s", "content", "c"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo(900531);
        assertThat(refused.message()).contains("leadline.messages.email");
        assertThat(team.owner().get("/v1.0/communication/email?leadId=" + leadId).json().path("emails")).isEmpty();
    }
}
