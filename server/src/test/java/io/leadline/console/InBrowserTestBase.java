package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.leadline.testing.Chromium;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's headless Chromium through chromedriver (Selenium), against the running
 * server, with axe-core's accessibility checks and screenshots. With {@code -Dleadline.write-console-screenshots=true}
 * the screenshots replace those in {@code docs/console/}.
 */
abstract class InBrowserTestBase extends ConsoleTestBase {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    ChromeDriver browser;

    @BeforeEach
    void freshBrowser() {
        browser = Chromium.driver();
        browser.manage().window().setSize(DESKTOP);
        browser.get(baseUrl() + "/app/sign-in");
        browser.manage().deleteAllCookies();
    }

    /** A member with a password (set through an invitation), not signed in. */
    TestMember withPassword(TestTeam team, TestMember member) {
        console().setPassword(invitation(team, member.userId()), PASSWORD);
        return member;
    }

    void signIn(TestMember member) {
        browser.get(baseUrl() + "/app/leads");
        assertThat(browser.getCurrentUrl()).as("sent to sign in").isEqualTo(baseUrl() + "/app/sign-in");
        browser.findElement(By.id("email")).sendKeys(member.email());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(By.cssSelector("form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl() + "/app/leads");
    }

    /** Typing into a date-time field goes by the browser's locale; setting its value does not. */
    void setValue(WebElement field, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", field, value);
    }

    /**
     * Clicks what loads another page, and waits until the new page has loaded: a mark left on this page's window is
     * gone from the next one's.
     */
    void clickAndWait(By target) {
        browser.executeScript("window.leadlineBeforeClick = true");
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.leadlineBeforeClick === undefined && document.readyState === 'complete'")));
    }

    /** docs/console with -Dleadline.write-console-screenshots=true, else the test's own temporary directory. */
    static Path screenshotFolder(Path scratch) throws IOException {
        return Boolean.getBoolean("leadline.write-console-screenshots")
                ? Files.createDirectories(Path.of("docs/console")) : scratch;
    }

    void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(browser);
        String violations = results.getViolations().stream().map(InBrowserTestBase::describe)
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as(page + ":\n" + violations).isEmpty();
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    void screenshot(Path folder, String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        assertThat(png).hasSizeGreaterThan(1000);
        Files.write(folder.resolve(name + ".png"), png);
    }
}
