package io.leadline.console;

import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Chromium;
import io.leadline.testing.Latencies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 29's speed targets ({@code bench/run console}, after {@code bench/run generate 1000000}): the console's pages
 * over the generated team, timed at the client on loopback (server time plus a few hundred microseconds): the lead
 * list's first page and a scrolled page for the owner (every lead) and an agent, the page of a lead with 1,000 timeline
 * entries, and an agent's day with 200 open tasks; then the first list page in Chromium, from navigation to the load
 * event (the WebDriver's navigation timing).
 */
public final class ConsoleBenchmark {

    private static final String PASSWORD = "bench console password";

    private ConsoleBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = java.util.Arrays.asList(args).contains("--h2");
        int iterations = BenchServer.intOption(args, "--iterations=", 60);
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(Path.of("target", "bench", h2 ? "h2.properties" : "postgres.properties"))) {
            state.load(in);
        }
        try (ConfigurableApplicationContext server = BenchServer.start(state.getProperty("url"))) {
            String base = BenchServer.baseUrl(server);
            ApiClient owner = new ApiClient(base, "token " + state.getProperty("ownerKey"));
            ApiClient agent = owner.as("token " + state.getProperty("agentKey"));
            long agentId = Long.parseLong(state.getProperty("agentId"));
            long ownerId = owner.get("/v1.0/me").json().path("memberUserId").asLong();
            ConsoleClient ownerBrowser = signedIn(base, owner, ownerId);
            ConsoleClient agentBrowser = signedIn(base, owner, agentId);
            long busyLead = leadWithTimeline(owner, agentId, 1_000);
            openTasks(agent, busyLead, 200);

            System.out.printf("%nConsole pages, %s, %d timed requests each after warm-up (milliseconds at the client)%n",
                    state.getProperty("url").startsWith("jdbc:h2") ? "H2" : "PostgreSQL", iterations);
            System.out.printf("%-46s %8s %8s %8s%n", "page", "p50", "p95", "p99");
            time("lead list, first page (owner)", iterations, () -> ownerBrowser.get("/app/leads"));
            String ownersSecondPage = next(ownerBrowser.get("/app/leads"));
            time("lead list, scrolled page (owner)", iterations, () -> ownerBrowser.get(ownersSecondPage));
            time("lead list, first page (agent)", iterations, () -> agentBrowser.get("/app/leads"));
            String agentsSecondPage = next(agentBrowser.get("/app/leads"));
            time("lead list, scrolled page (agent)", iterations, () -> agentBrowser.get(agentsSecondPage));
            time("lead list, one stage's tab (owner)", iterations, () -> ownerBrowser.get("/app/leads?stage=Contacted"));
            String lastMonth = "/app/leads?createdFrom=" + java.time.LocalDate.now().minusDays(30);
            time("lead list, created in the last 30 days (owner)", iterations, () -> ownerBrowser.get(lastMonth));
            time("lead list, created in the last 30 days (agent)", iterations, () -> agentBrowser.get(lastMonth));
            String aYear = "/app/leads?createdFrom=2025-01-01&createdTo=2025-12-31";
            time("lead list, created in 2025 (owner)", iterations, () -> ownerBrowser.get(aYear));
            time("lead page, 1,000 timeline entries (agent)", iterations, () -> agentBrowser.get("/app/leads/" + busyLead));
            time("my day, 200 open tasks (agent)", iterations, () -> agentBrowser.get("/app/my-day"));
            inChromium(base, owner, agentId);
        }
        System.exit(0);
    }

    static ConsoleClient signedIn(String base, ApiClient owner, long userId) {
        String link = owner.post("/leadline/v1/users/" + userId + "/invitation", Map.of()).json().path("link").asString();
        String email = owner.get("/v1.0/users/" + userId).json().path("email").asString();
        ConsoleClient browser = new ConsoleClient(base);
        browser.setPassword(link, PASSWORD);
        browser.signIn(email, PASSWORD);
        if (browser.get("/app/leads").status() != 200) {
            throw new IllegalStateException("could not sign in as " + email);
        }
        return browser;
    }

    private static long leadWithTimeline(ApiClient owner, long agentId, int entries) {
        long lead = owner.post("/v1.0/leads", Map.of("firstName", "Timeline", "lastName", "Bench", "assignedUserId", agentId))
                .leadId();
        for (int i = 0; i < entries; i++) {
            owner.post("/v1.0/notes", Map.of("leadId", lead, "content", "bench note " + i));
        }
        return lead;
    }

    private static void openTasks(ApiClient agent, long lead, int count) {
        for (int i = 0; i < count; i++) {
            agent.post("/v2.0/tasks", Map.of("leadId", lead, "type", "Call", "content", "bench task " + i,
                    "assignedRole", "Agent", "endAt", "2099-01-01T10:00:00Z"));
        }
    }

    private static String next(ConsoleClient.Page page) {
        return page.body().replaceAll("(?s).*id=\"more\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    }

    static void time(String label, int iterations, Supplier<ConsoleClient.Page> request) {
        for (int i = 0; i < 10; i++) {
            check(label, request.get());
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            ConsoleClient.Page page = request.get();
            nanos[i] = System.nanoTime() - start;
            check(label, page);
        }
        Latencies.print(label, nanos);
    }

    private static void check(String label, ConsoleClient.Page page) {
        if (page.status() != 200) {
            throw new IllegalStateException(label + " answered " + page.status());
        }
    }

    /** The owner's first list page in Chromium: navigation start to the load event, from the browser's own timing. */
    private static void inChromium(String base, ApiClient owner, long agentId) {
        ChromeDriver browser = Chromium.driver();
        browser.get(base + "/app/sign-in");
        String link = owner.post("/leadline/v1/users/" + agentId + "/invitation", Map.of()).json().path("link").asString();
        new ConsoleClient(base).setPassword(link, PASSWORD);
        browser.findElement(By.id("email")).sendKeys(owner.get("/v1.0/users/" + agentId).json().path("email").asString());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length + 5; i++) {
            browser.get(base + "/app/leads");
            Number millis = (Number) browser.executeScript(
                    "const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;");
            if (i >= 5) {
                nanos[i - 5] = (long) (millis.doubleValue() * 1e6);
            }
        }
        Latencies.print("first list page in Chromium, to load (agent)", nanos);
    }
}
