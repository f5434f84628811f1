package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import io.leadline.testing.WebhookReceiver;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/** Issue 32 in a real browser: the administration pages, as an owner, an admin and an agent use them. */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S"
})
abstract class ConsoleAdminInBrowserTests extends InBrowserTestBase {

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private TestMember owner(TestTeam team) {
        return withPassword(team, ownerOf(team));
    }

    private String status() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private void signOut() {
        clickAndWait(By.cssSelector("form.sign-out button"));
    }

    private void addRule(String name, String source, TestMember member) {
        browser.get(baseUrl() + "/app/routing");
        clickAndWait(By.linkText("Add a rule"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("sourceName")).sendKeys(source);
        browser.findElement(By.cssSelector("input[name=members][value='" + member.userId() + "']")).click();
        clickAndWait(By.cssSelector("form.rule-form button[type=submit]"));
        assertThat(status()).isEqualTo("Rule created.");
    }

    private String testLeadFrom(String source) {
        browser.get(baseUrl() + "/app/routing/test");
        browser.findElement(By.id("source")).sendKeys(source);
        clickAndWait(By.cssSelector("form.test-lead button"));
        return browser.findElement(By.cssSelector("ol.trace li.took")).getText();
    }

    @Test
    void anOwnerMakesARuleSeesThePanelPickItRoutesALeadByItAndReordersRules(@TempDir Path scratch) throws IOException {
        TestTeam team = newTeam();
        TestMember ann = team.member("AGENT", null, "Ann", "Lee");
        TestMember bo = team.member("AGENT", null, "Bo", "Park");
        Path screenshots = screenshotFolder(scratch);
        signIn(owner(team));

        clickAndWait(By.linkText("Routing"));
        addRule("Zillow to Ann", "Zillow", ann);
        addRule("Everyone to Bo", "", bo);
        browser.get(baseUrl() + "/app/routing");
        assertAccessible("routing page");
        screenshot(screenshots, "routing-desktop");

        assertThat(testLeadFrom("Zillow")).startsWith("Zillow to Ann").contains("takes the lead");
        assertThat(browser.findElement(By.cssSelector(".result .outcome")).getText()).contains("ASSIGNED").contains("Ann Lee");
        assertAccessible("test panel");
        screenshot(screenshots, "routing-test-desktop");

        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "source", "Zillow"));
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("assignedUserId").asLong()).isEqualTo(ann.userId());
        clickAndWait(By.linkText("Routing log"));
        WebElement row = browser.findElement(By.cssSelector("#log-rows tr"));
        assertThat(row.getText()).contains("Carla Diaz").contains("Zillow to Ann").contains("ASSIGNED");
        assertAccessible("routing log");
        screenshot(screenshots, "routing-log-desktop");
        clickAndWait(By.linkText("Carla Diaz"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Carla Diaz");

        browser.get(baseUrl() + "/app/routing");
        clickAndWait(By.cssSelector("button[aria-label='Move up: Everyone to Bo']"));
        assertThat(status()).isEqualTo("Order saved.");
        assertThat(testLeadFrom("Zillow")).startsWith("Everyone to Bo");

        browser.get(baseUrl() + "/app/routing");
        clickAndWait(By.linkText("Zillow to Ann"));
        assertAccessible("rule form");
        screenshot(screenshots, "routing-rule-desktop");
    }

    @Test
    void anOwnerInvitesAMemberWhoSignsInAndAKeyIssuedOnThePageWorksUntilRevoked(@TempDir Path scratch) throws IOException {
        TestTeam team = newTeam();
        TestMember ann = team.member("AGENT", null, "Ann", "Lee");
        team.member("ADMIN", null, "Cy", "Ortiz");
        Path screenshots = screenshotFolder(scratch);
        signIn(owner(team));

        clickAndWait(By.linkText("Team"));
        browser.findElement(By.id("invite-email")).sendKeys("nia@example.com");
        browser.findElement(By.id("invite-first")).sendKeys("Nia");
        browser.findElement(By.id("invite-last")).sendKeys("Moss");
        clickAndWait(By.cssSelector("form.invite button"));
        String link = browser.findElement(By.id("invitation-link")).getAttribute("value");
        assertAccessible("team page");
        screenshot(screenshots, "team-desktop");

        clickAndWait(By.linkText("API keys"));
        new Select(browser.findElement(By.id("key-holder"))).selectByValue(String.valueOf(ann.userId()));
        browser.findElement(By.id("key-name")).sendKeys("Zapier");
        clickAndWait(By.cssSelector("form.issue-key button"));
        String key = browser.findElement(By.id("issued-key")).getAttribute("value");
        ApiClient zapier = team.owner().as("token " + key);
        assertThat(zapier.get("/v1.0/me").json().path("email").asString()).isEqualTo(ann.email());
        assertAccessible("keys page");
        screenshot(screenshots, "team-keys-desktop");
        clickAndWait(By.cssSelector("button[aria-label='Revoke Zapier']"));
        assertThat(status()).startsWith("Key revoked");
        assertThat(zapier.get("/v1.0/me").status()).isEqualTo(401);

        signOut();
        browser.get(link);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmation")).sendKeys(PASSWORD);
        clickAndWait(By.cssSelector("form button[type=submit]"));
        signIn(new TestMember(0, "nia@example.com", team.owner()));
        assertThat(browser.findElements(By.linkText("Routing"))).as("an agent is offered no administration page").isEmpty();
        for (String page : List.of("/app/routing", "/app/team", "/app/team/keys", "/app/webhooks")) {
            browser.get(baseUrl() + page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("Not found");
        }
    }

    @Test
    void anOwnerSubscribesALocalReceiverPingsItAndSendsADeliveryAgainFromTheLog(@TempDir Path scratch) throws IOException {
        TestTeam team = newTeam();
        Path screenshots = screenshotFolder(scratch);
        signIn(owner(team));

        clickAndWait(By.linkText("Webhooks"));
        browser.findElement(By.id("callbackUrl")).sendKeys("ftp://example.com/hook");
        clickAndWait(By.cssSelector("form.subscribe button"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("WEBHOOK_CALLBACK_URL_INVALID");
        WebElement callback = browser.findElement(By.id("callbackUrl"));
        callback.clear();
        callback.sendKeys(receiver.url("/hook"));
        clickAndWait(By.cssSelector("form.subscribe button"));
        assertThat(status()).isEqualTo("Subscribed.");
        assertAccessible("webhooks page");
        screenshot(screenshots, "webhooks-desktop");

        clickAndWait(By.linkText("Log"));
        clickAndWait(By.xpath("//button[text()='Ping']"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Ping delivered.");
        team.createLead(team.owner(), Map.of("firstName", "Hook"));
        List<WebhookReceiver.Received> first = receiver.await(
                received -> received.stream().anyMatch(post -> post.body().contains("newLead")), Duration.ofSeconds(10));
        WebhookReceiver.Received delivered = first.stream().filter(post -> post.body().contains("newLead")).findFirst().orElseThrow();
        browser.navigate().refresh();
        clickAndWait(By.cssSelector("button[aria-label='Send again " + delivered.header("webhook-id") + "']"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Sent again: delivered.");
        List<WebhookReceiver.Received> again = receiver.await(received -> received.size() > first.size(), Duration.ofSeconds(10));
        assertThat(again.getLast().header("webhook-id")).isEqualTo(delivered.header("webhook-id"));
        assertThat(again.getLast().body()).isEqualTo(delivered.body());
        assertAccessible("delivery log");
        screenshot(screenshots, "webhook-deliveries-desktop");
    }

    /** The pages the flows above pass by: each opens, passes axe-core's checks, and is photographed. */
    @Test
    void everyOtherAdministrationPageOpensAndPassesTheAccessibilityChecks(@TempDir Path scratch) throws IOException {
        TestTeam team = newTeam();
        TestMember ann = team.member("AGENT", null, "Ann", "Lee");
        team.owner().post("/leadline/v1/offices", Map.of("name", "Harbour"));
        team.owner().post("/leadline/v1/routing/ponds", Map.of("pondName", "Unclaimed", "pondOwnerId", ann.userId(),
                "agentIds", List.of(ann.userId())));
        Path screenshots = screenshotFolder(scratch);
        signIn(owner(team));
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("routing-ponds", "/app/routing/ponds");
        pages.put("routing-pond", "/app/routing/ponds/new");
        pages.put("routing-availability", "/app/routing/availability");
        pages.put("routing-fallback", "/app/routing/fallback");
        pages.put("team-member", "/app/team/members/" + ann.userId());
        pages.put("team-settings", "/app/team/settings");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(baseUrl() + page.getValue());
            assertThat(browser.findElements(By.tagName("h1"))).as(page.getKey()).isNotEmpty();
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotEqualTo("Not found");
            assertAccessible(page.getKey());
            screenshot(screenshots, page.getKey() + "-desktop");
        }
        signOut();

        long adminId = serverAdmin().get("/v1.0/me").json().path("memberUserId").asLong();
        String adminEmail = serverAdmin().get("/v1.0/me").json().path("email").asString();
        console().setPassword(serverAdmin().post("/leadline/v1/users/" + adminId + "/invitation", Map.of()).json().path("link")
                .asString(), PASSWORD);
        signIn(new TestMember(adminId, adminEmail, serverAdmin()));
        clickAndWait(By.linkText("Ops"));
        assertThat(browser.findElement(By.id("database")).getText()).startsWith("answers in");
        assertThat(browser.findElement(By.id("node-rows")).getText()).contains("(this one)");
        assertAccessible("ops");
        screenshot(screenshots, "ops-desktop");
    }

    @Test
    void anAdminIsOfferedNoRoleAtOrAboveTheirOwnAndNoKeyForTheOwner() {
        TestTeam team = newTeam();
        TestMember admin = withPassword(team, team.member("ADMIN", null));
        TestMember ann = team.agent(null);
        signIn(admin);
        browser.get(baseUrl() + "/app/team");
        List<String> roles = new Select(browser.findElement(By.id("invite-role"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
        assertThat(roles).containsExactly("AGENT", "LENDER", "ASSISTANT");
        browser.get(baseUrl() + "/app/team/members/" + ann.userId());
        assertThat(new Select(browser.findElement(By.id("member-role"))).getOptions())
                .extracting(option -> option.getAttribute("value")).containsExactly("AGENT", "LENDER", "ASSISTANT");
        browser.get(baseUrl() + "/app/team/members/" + team.ownerUserId());
        assertThat(browser.findElements(By.id("member-role"))).as("no role to change on the owner's page").isEmpty();
        assertThat(browser.findElement(By.id("main")).getText()).contains("You may not change this member");
        browser.get(baseUrl() + "/app/team/keys");
        List<String> holders = new Select(browser.findElement(By.id("key-holder"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();
        assertThat(holders).contains(String.valueOf(ann.userId()), String.valueOf(admin.userId()))
                .doesNotContain(String.valueOf(team.ownerUserId()));
    }
}
