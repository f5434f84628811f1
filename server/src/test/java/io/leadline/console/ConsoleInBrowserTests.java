package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.Chromium;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 29 in a real browser: Debian's headless Chromium through chromedriver (Selenium), against the running server.
 * With {@code -Dleadline.write-console-screenshots=true} the screenshots replace those in {@code docs/console/}.
 */
abstract class ConsoleInBrowserTests extends InBrowserTestBase {

    @Test
    void aMemberSignsInFindsALeadByItsPhoneNumberOpensItAndSignsOut() {
        TestTeam team = newTeam();
        TestMember ann = withPassword(team, team.agent(null));
        team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "phones", List.of("5550001111"),
                "assignedUserId", ann.userId()));
        team.createLead(team.owner(), Map.of("firstName", "Erin", "lastName", "Fox", "phones", List.of("5550003333"),
                "assignedUserId", ann.userId()));
        signIn(ann);

        browser.findElement(By.id("key")).sendKeys("555-000-1111");
        clickAndWait(By.cssSelector("form.filters button"));
        List<String> names = browser.findElements(By.cssSelector("#lead-rows td:first-child")).stream()
                .map(cell -> cell.getText()).toList();
        assertThat(names).containsExactly("Carla Diaz");
        clickAndWait(By.linkText("Carla Diaz"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Carla Diaz");

        browser.findElement(By.cssSelector("#edit summary")).click();
        browser.findElement(By.id("emails")).sendKeys("not-an-email");
        clickAndWait(By.cssSelector("form.edit button"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("emails[0] is not an email address: not-an-email");
        WebElement emails = browser.findElement(By.id("emails"));
        emails.clear();
        emails.sendKeys("carla@example.com");
        clickAndWait(By.cssSelector("form.edit button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Saved.");
        assertThat(browser.findElement(By.id("main")).getText()).contains("carla@example.com");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("task-type"))).selectByVisibleText("Email");
        browser.findElement(By.id("task-content")).sendKeys("Send the listings");
        setValue(browser.findElement(By.id("task-due")), "2099-01-05T09:30");
        clickAndWait(By.cssSelector("form.add-task button"));
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Email").contains("Send the listings");
        browser.findElement(By.id("email-subject")).sendKeys("Listings you asked for");
        browser.findElement(By.id("email-content")).sendKeys("Three houses near the park.");
        clickAndWait(By.cssSelector("#messages form.message button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Email sent.");
        assertThat(browser.findElement(By.cssSelector("ol.timeline li")).getText()).contains("Listings you asked for");

        clickAndWait(By.cssSelector("#tasks form.inline button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Done.");
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Nothing open.");

        clickAndWait(By.cssSelector("form.sign-out button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("signed out");
        browser.get(baseUrl() + "/app/leads");
        assertThat(browser.getCurrentUrl()).as("the session ended").isEqualTo(baseUrl() + "/app/sign-in");
    }

    @Test
    void anOwnerReassignsALeadAndSeesWhyItIsWhereItIs() {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        TestMember bo = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "assignedUserId", ann.userId()));
        TestMember owner = withPassword(team, new TestMember(team.ownerUserId(),
                team.owner().get("/v1.0/me").json().path("email").asString(), team.owner()));
        signIn(owner);
        browser.get(baseUrl() + "/app/leads/" + lead);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("agentUserId"))).selectByValue(String.valueOf(bo.userId()));
        clickAndWait(By.cssSelector("#agent button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Reassigned.");
        assertThat(browser.findElement(By.cssSelector("ol.trace li")).getText()).contains("MANUAL");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("agentUserId")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(bo.userId()));
    }

    @Test
    void anAgentClaimsALeadOfferedToThemFromMyDay() {
        TestTeam team = newTeam();
        TestMember ann = withPassword(team, team.agent(null));
        TestMember bo = team.agent(null);
        team.owner().post("/leadline/v1/routing/rules", Map.of("name", "Blast", "routingStrategy", Map.of("strategyType", 3,
                "touchMinutes", 30, "memberWeights", List.of(Map.of("memberId", ann.userId()), Map.of("memberId", bo.userId())))));
        long lead = team.createLead(team.owner(), Map.of("firstName", "Gina", "lastName", "Offered"));
        signIn(ann);

        browser.get(baseUrl() + "/app/my-day");
        assertThat(browser.findElement(By.cssSelector("ul.offers")).getText()).contains("Gina Offered");
        clickAndWait(By.cssSelector("ul.offers button"));
        assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl() + "/app/leads/" + lead);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Claimed: the lead is yours.");
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("assignedUserId").asLong()).isEqualTo(ann.userId());
    }

    @Test
    void anAgentNeitherSeesNorOpensALeadOutsideTheirVisibility() {
        TestTeam team = newTeam();
        TestMember ann = withPassword(team, team.agent(null));
        TestMember bo = team.agent(null);
        team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "assignedUserId", ann.userId()));
        long bosLead = team.createLead(team.owner(), Map.of("firstName", "Dmitri", "lastName", "Ek",
                "assignedUserId", bo.userId()));
        signIn(ann);

        assertThat(browser.findElement(By.id("main")).getText()).contains("Carla Diaz").doesNotContain("Dmitri");
        browser.get(baseUrl() + "/app/leads/" + bosLead);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("Dmitri");
    }

    @Test
    void thePagesPassAxeCoresChecksAtDesktopAndPhoneWidths(@TempDir Path scratch) throws IOException {
        TestTeam team = newTeam();
        TestMember ann = withPassword(team, team.agent(null));
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz",
                "emails", List.of("carla@example.com"), "phones", List.of("5550001111"), "source", "Zillow",
                "tags", List.of("buyer", "pre-approved"), "assignedUserId", ann.userId()));
        for (String name : List.of("Erin Fox", "Gus Hale", "Ida Jones", "Kai Lund")) {
            team.createLead(team.owner(), Map.of("firstName", name.split(" ")[0], "lastName", name.split(" ")[1],
                    "source", "Website", "assignedUserId", ann.userId()));
        }
        for (String[] task : new String[][] {{"Call", "Call back about financing", "2020-03-01T10:00:00Z"},
                {"Email", "Send the listings", "2099-01-05T09:30:00Z"}}) {
            assertThat(ann.client().post("/v2.0/tasks", Map.of("leadId", lead, "type", task[0], "content", task[1],
                    "assignedRole", "Agent", "endAt", task[2])).status()).isEqualTo(200);
        }
        Path screenshots = screenshotFolder(scratch);

        assertAccessible("sign-in");
        screenshot(screenshots, "sign-in-desktop");
        signIn(ann);
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            String width = size == DESKTOP ? "desktop" : "phone";
            browser.manage().window().setSize(size);
            browser.get(baseUrl() + "/app/leads");
            assertAccessible("lead list, " + width);
            screenshot(screenshots, "leads-" + width);
            browser.get(baseUrl() + "/app/leads/" + lead);
            assertAccessible("lead page, " + width);
            screenshot(screenshots, "lead-" + width);
            browser.get(baseUrl() + "/app/my-day");
            assertAccessible("my day, " + width);
            screenshot(screenshots, "my-day-" + width);
        }
    }

    @Test
    void theListLoadsMoreLeadsAsTheMemberScrollsAndAStageTabNarrowsIt() {
        TestTeam team = newTeam();
        TestMember ann = withPassword(team, team.agent(null));
        for (int i = 1; i <= 12; i++) {
            team.createLead(team.owner(), Map.of("firstName", "Lead" + i, "assignedUserId", ann.userId(),
                    "stage", i <= 2 ? "Qualified" : "New Lead"));
        }
        signIn(ann);
        browser.get(baseUrl() + "/app/leads?limit=5");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector("#lead-rows tr")).size() == 12
                        && driver.findElements(By.id("more")).isEmpty());
        List<String> names = browser.findElements(By.cssSelector("#lead-rows td:first-child")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(names).hasSize(12);
        assertThat(browser.findElement(By.id("list-status")).getAttribute("textContent")).isEqualTo("12 leads shown");

        clickAndWait(By.xpath("//nav[@aria-label='Stages']//a[span[text()='Qualified']]"));
        assertThat(browser.findElements(By.cssSelector("#lead-rows td:first-child")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("Lead1", "Lead2");
        assertThat(browser.findElement(By.cssSelector("nav.tabs a[aria-current=page]")).getText()).isEqualTo("Qualified 2");
    }

    @Test
    void anInvitedMemberSetsAPasswordOnceAndMovesALeadToTheTrashAndBack(@TempDir Path scratch) throws IOException {
        TestTeam team = newTeam();
        TestMember ann = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "lastName", "Diaz", "assignedUserId", ann.userId()));
        String link = invitation(team, ann.userId());
        Path screenshots = screenshotFolder(scratch);

        browser.get(link);
        assertAccessible("password page");
        screenshot(screenshots, "password-desktop");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("confirmation")).sendKeys(PASSWORD);
        clickAndWait(By.cssSelector("form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Your password is set");
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link no longer works");
        assertAccessible("a used link");
        signIn(ann);

        browser.get(baseUrl() + "/app/leads/" + lead);
        browser.findElement(By.cssSelector("#trash summary")).click();
        browser.findElement(By.id("trash-reason")).sendKeys("a duplicate of Carla D.");
        clickAndWait(By.cssSelector("#trash button"));
        assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl() + "/app/leads/" + lead + "/trash");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("a duplicate of Carla D.");
        assertAccessible("a trashed lead");
        screenshot(screenshots, "lead-trashed-desktop");
        clickAndWait(By.cssSelector("main form button"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Restored from the trash.");
    }
}
