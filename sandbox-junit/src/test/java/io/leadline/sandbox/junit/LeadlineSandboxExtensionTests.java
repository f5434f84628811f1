package io.leadline.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.crm.LoftyClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension: one sandbox per fixture file, its keys at hand, and a clean start for every test. */
@LeadlineSandbox(fixtures = "classpath:example-realty.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadlineSandboxExtensionTests {

    private static final AtomicLong leadOfTheFirstTest = new AtomicLong();

    private final Sandbox sandbox;

    LeadlineSandboxExtensionTests(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Test
    @Order(1)
    void aTestLeavesLeadsFaultsJournalAndDeliveriesBehind(Sandbox sandbox) {
        LoftyClient lofty = new LoftyClient(sandbox.baseUrl(), sandbox.key("olga@example-realty.test"));
        leadOfTheFirstTest.set(lofty.createLead("Left", "Behind", "left.behind@example.com"));
        sandbox.addFault(Map.of("path", "/v1.0/leads/*", "action", "error", "status", 503));
        sandbox.awaitDeliveries("crm-sync", deliveries -> !deliveries.isEmpty(), java.time.Duration.ofSeconds(20));
        assertThat(sandbox.journal("")).isNotEmpty();
    }

    @Test
    @Order(2)
    void theNextStartsFromTheFixturesWithNothingLeftBehind(Sandbox sandbox) {
        LoftyClient lofty = new LoftyClient(sandbox.baseUrl(), sandbox.key("olga@example-realty.test"));

        assertThatThrownBy(() -> lofty.lead(leadOfTheFirstTest.get()))
                .isInstanceOfSatisfying(LoftyClient.LoftyError.class, error -> assertThat(error.status()).isEqualTo(404));
        assertThat(sandbox.deliveries("crm-sync")).isEmpty();
        // ids keep increasing across resets: the stale id above can never find a new lead
        assertThat(lofty.createLead("New", "Lead", "new.lead@example.com")).isGreaterThan(leadOfTheFirstTest.get());
        assertThat(sandbox.journal("method=GET")).hasSize(1);
    }

    @Test
    void theFixturesKeysAndIdsAreAtHand(Sandbox sandbox) {
        assertThat(sandbox.key("ann@example-realty.test")).isEqualTo("example-ann-key-00001");
        assertThat(sandbox.teamId("Example Realty")).isPositive();
        assertThat(sandbox.userId("fred@example-realty.test")).isPositive();
        assertThatThrownBy(() -> sandbox.key("fred@example-realty.test")).hasMessageContaining("no apiKey");
        assertThatThrownBy(() -> sandbox.key("nobody@example.com")).hasMessageContaining("ann@example-realty.test");
        assertThatThrownBy(() -> sandbox.teamId("Elsewhere")).hasMessageContaining("Example Realty");
    }

    @Test
    void aControlTheServerRefusesSaysWhy(Sandbox sandbox) {
        assertThatThrownBy(() -> sandbox.addFault(Map.of("path", "/v1.0/leads", "action", "explode")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("400").hasMessageContaining("action");
    }

    @Nested
    class InANestedClass {

        @Test
        void theSameRunningSandboxIsHandedOn(Sandbox nested) {
            assertThat(nested).isSameAs(sandbox);
        }
    }
}
