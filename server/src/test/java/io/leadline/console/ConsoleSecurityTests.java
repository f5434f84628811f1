package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PostMapping;

/** Issue 29: signing in to the console, at the HTTP level, on both databases. */
abstract class ConsoleSecurityTests extends ConsoleTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyConsolePageWithoutASessionSendsTheBrowserToSignIn() {
        ConsoleClient anonymous = console();
        for (String path : new String[] {"/app", "/app/leads", "/app/leads/123", "/app/leads?key=ann"}) {
            ConsoleClient.Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).hasValue(baseUrl() + "/app/sign-in");
        }
        assertThat(anonymous.get("/app/sign-in").status()).isEqualTo(200);
        assertThat(anonymous.get("/app/assets/console.css").response().headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=86400"));
    }

    @Test
    void anInvitationSetsThePasswordOnceAndTheMemberSignsInWithIt() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        String link = invitation(team, agent.userId());
        assertThat(link).startsWith(baseUrl() + "/app/password/");
        ConsoleClient browser = console();

        ConsoleClient.Page tooShort = browser.setPassword(link, "short");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password needs at least 10 characters");
        ConsoleClient.Page set = browser.setPassword(link, PASSWORD);
        assertThat(set.location()).hasValue(baseUrl() + "/app/sign-in?passwordSet");
        assertThat(browser.get(java.net.URI.create(link).getPath()).status()).as("a link works once").isEqualTo(404);

        assertThat(browser.signIn(agent.email(), "wrong password!").location()).hasValue(baseUrl() + "/app/sign-in?failed");
        assertThat(browser.signIn(agent.email().toUpperCase(), PASSWORD).location()).hasValue(baseUrl() + "/app/leads");
        ConsoleClient.Page leads = browser.get("/app/leads");
        assertThat(leads.status()).isEqualTo(200);
        assertThat(leads.body()).contains("Sign out");
    }

    @Test
    void aNewLinkEndsTheEarlierOneAndOnlyManagersMakeLinksForMembersTheyActFor() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        TestMember admin = team.member("ADMIN", null);
        String first = invitation(team, agent.userId());
        String second = invitation(team, agent.userId());
        assertThat(console().get(java.net.URI.create(first).getPath()).status()).isEqualTo(404);
        assertThat(console().get(java.net.URI.create(second).getPath()).status()).isEqualTo(200);

        assertThat(agent.client().post("/leadline/v1/users/" + admin.userId() + "/invitation", Map.of()).status())
                .as("an agent makes no links").isEqualTo(403);
        assertThat(admin.client().post("/leadline/v1/users/" + team.ownerUserId() + "/invitation", Map.of()).status())
                .as("an admin makes none for the owner, who outranks them").isEqualTo(403);
        assertThat(admin.client().post("/leadline/v1/users/" + agent.userId() + "/invitation", Map.of()).status())
                .isEqualTo(201);
        TestTeam other = newTeam();
        assertThat(other.owner().post("/leadline/v1/users/" + agent.userId() + "/invitation", Map.of()).status())
                .as("another team's member does not exist for them").isEqualTo(404);
        assertThat(anonymous().post("/leadline/v1/users/" + agent.userId() + "/invitation", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void signingInChangesTheSessionIdAndTheCookieIsHttpOnlyAndSameSiteLaxOnTheConsolePathOnly() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        ConsoleClient browser = console();
        browser.setPassword(invitation(team, agent.userId()), PASSWORD);
        browser.get("/app/sign-in");
        String before = browser.sessionCookie().orElseThrow();
        ConsoleClient.Page signedIn = browser.post("/app/sign-in", Map.of("email", agent.email(), "password", PASSWORD));
        String after = browser.sessionCookie().orElseThrow();
        assertThat(after).as("session fixation: a new id at sign-in").isNotEqualTo(before);
        assertThat(signedIn.setCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("LEADLINE_CONSOLE=").contains("Path=/app").contains("HttpOnly").contains("SameSite=Lax")
                .as("plain HTTP here: Secure only over TLS").doesNotContain("Secure"));
    }

    @Test
    void everyStateChangingFormNeedsTheCsrfToken() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        String link = invitation(team, agent.userId());
        ConsoleClient browser = console();
        browser.get(java.net.URI.create(link).getPath());
        assertThat(browser.postWithout(java.net.URI.create(link).getPath(),
                Map.of("password", PASSWORD, "confirmation", PASSWORD)).status()).isEqualTo(403);
        assertThat(browser.get(java.net.URI.create(link).getPath()).status()).as("the link is unspent").isEqualTo(200);
        browser.post(java.net.URI.create(link).getPath(), Map.of("password", PASSWORD, "confirmation", PASSWORD));

        browser.get("/app/sign-in");
        assertThat(browser.postWithout("/app/sign-in", Map.of("email", agent.email(), "password", PASSWORD)).status())
                .isEqualTo(403);
        assertThat(browser.signIn(agent.email(), PASSWORD).location()).hasValue(baseUrl() + "/app/leads");
        assertThat(browser.postWithout("/app/sign-out", Map.of()).status()).isEqualTo(403);
        assertThat(browser.get("/app/leads").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void noFormOfTheConsoleIsTakenWithoutTheCsrfToken() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        long lead = team.createLead(team.owner(), Map.of("firstName", "Carla", "assignedUserId", agent.userId()));
        ConsoleClient browser = signedIn(team, agent);
        List<String> forms = consoleFormPaths();
        assertThat(forms).as("every console form post").hasSizeGreaterThan(15);
        for (String path : forms) {
            String address = path.replaceAll("\\{[^}]+}", String.valueOf(lead));
            assertThat(browser.postWithout(address, Map.of("content", "x", "reason", "x")).status()).as(address).isEqualTo(403);
        }
        assertThat(team.owner().get("/v1.0/leads/" + lead).json().path("lead").path("firstName").asString()).isEqualTo("Carla");
        assertThat(browser.get("/app/leads/" + lead).status()).as("still signed in, the lead untouched").isEqualTo(200);
    }

    @Test
    void aSessionIdleLongerThanTheIdleTimeoutEnds() {
        TestTeam team = newTeam();
        ConsoleClient browser = signedIn(team, team.agent(null));
        String sessionId = new String(Base64.getDecoder().decode(browser.sessionCookie().orElseThrow()));
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM console_sessions WHERE session_id = :id")
                .param("id", sessionId).query(Integer.class).single()).as("30 minutes").isEqualTo(1800);
        assertThat(browser.get("/app/leads").status()).isEqualTo(200);
        jdbc.sql("UPDATE console_sessions SET last_access_time = last_access_time - :idle, expiry_time = expiry_time - :idle"
                        + " WHERE session_id = :id")
                .param("idle", Duration.ofMinutes(31).toMillis()).param("id", sessionId).update();
        ConsoleClient.Page next = browser.get("/app/leads");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).hasValue(baseUrl() + "/app/sign-in");
    }

    @Test
    void anUnknownConsoleAddressIsTheNotFoundPageAndAnUnknownApiAddressStaysJson() {
        TestTeam team = newTeam();
        ConsoleClient browser = signedIn(team, team.agent(null));
        ConsoleClient.Page missing = browser.get("/app/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found").contains("Sign out");
        assertThat(browser.get("/app/assets/console.js").status()).isEqualTo(200);
        ApiResponse api = team.owner().get("/v1.0/no-such-endpoint");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().path("code").asInt()).isEqualTo(900404);
    }

    /** Every POST mapping of the console's controllers, as declared. */
    private static List<String> consoleFormPaths() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        return scanner.findCandidateComponents("io.leadline.console").stream()
                .flatMap(candidate -> Arrays.stream(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                        .getDeclaredMethods()))
                .map(method -> method.getAnnotation(PostMapping.class))
                .filter(Objects::nonNull)
                .flatMap(mapping -> Arrays.stream(mapping.value()))
                .sorted()
                .toList();
    }

    @Test
    void signingOutEndsTheSessionEvenForACopyOfItsCookie() {
        TestTeam team = newTeam();
        ConsoleClient browser = signedIn(team, team.agent(null));
        ConsoleClient copy = browser.copy();
        assertThat(copy.get("/app/leads").status()).isEqualTo(200);
        browser.get("/app/leads");
        assertThat(browser.post("/app/sign-out", Map.of()).location()).hasValue(baseUrl() + "/app/sign-in?signedOut");
        assertThat(browser.get("/app/leads").status()).isEqualTo(302);
        assertThat(copy.get("/app/leads").location()).hasValue(baseUrl() + "/app/sign-in");
    }

    @Test
    void fiveFailuresLockTheAddressEvenAgainstTheRightPasswordAndAnUnknownAddressAnswersTheSame() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        ConsoleClient browser = console();
        browser.setPassword(invitation(team, agent.userId()), PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(agent.email(), "not the password " + attempt).location())
                    .hasValue(baseUrl() + "/app/sign-in?failed");
        }
        assertThat(browser.signIn(agent.email(), PASSWORD).location()).hasValue(baseUrl() + "/app/sign-in?locked");
        assertThat(browser.get("/app/sign-in?locked").body()).contains("Too many failed sign-ins");
        assertThat(console().signIn("nobody-" + agent.email(), PASSWORD).location())
                .hasValue(baseUrl() + "/app/sign-in?failed");
    }

    @Test
    void aDeactivatedMemberIsSignedOutAtTheirNextRequest() {
        TestTeam team = newTeam();
        TestMember agent = team.agent(null);
        ConsoleClient browser = signedIn(team, agent);
        assertThat(browser.get("/app/leads").status()).isEqualTo(200);
        assertThat(team.owner().post("/v2.0/agents/" + agent.userId() + "/deactivate", Map.of()).status()).isEqualTo(200);
        ConsoleClient.Page next = browser.get("/app/leads");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).hasValueSatisfying(location -> assertThat(location).contains("/app/sign-in"));
        assertThat(console().signIn(agent.email(), PASSWORD).location()).hasValue(baseUrl() + "/app/sign-in?failed");
    }

    @Test
    void theApiNeitherSetsNorReadsTheConsoleCookie() {
        TestTeam team = newTeam();
        ConsoleClient browser = signedIn(team, team.agent(null));
        ApiResponse withKey = team.owner().get("/v1.0/leads");
        assertThat(withKey.status()).isEqualTo(200);
        assertThat(withKey.headers().allValues("Set-Cookie")).isEmpty();
        ApiResponse cookieOnly = anonymous().withHeader("Cookie", "LEADLINE_CONSOLE=" + browser.sessionCookie().orElseThrow())
                .get("/v1.0/leads");
        assertThat(cookieOnly.status()).as("a console session is no API credential").isEqualTo(401);
    }
}
