package io.leadline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its chromedriver, one for the whole test run (browser tests share it;
 * each test starts from no cookies). Its profile lives in a temporary directory. Missing, it fails the test with
 * what to install: {@code .ci/run} installs both packages.
 */
public final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private static ChromeDriver driver;

    private Chromium() {}

    public static synchronized ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        driver.manage().deleteAllCookies();
        return driver;
    }

    private static ChromeDriver start() {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                // no connection leaves the machine: the background services would try Google's hosts at every start
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver started = new ChromeDriver(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.quit();
            remove(profile);
        }));
        return started;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("leadline-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException gone) {
            // a temporary directory
        }
    }
}
