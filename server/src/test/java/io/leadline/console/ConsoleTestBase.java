package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.TestTeam.TestMember;
import java.util.Map;

/** The real server, and browsers at the HTTP level signing in to its console. */
abstract class ConsoleTestBase extends ApiTestBase {

    static final String PASSWORD = "correct horse battery";

    ConsoleClient console() {
        return new ConsoleClient(baseUrl());
    }

    String invitation(TestTeam team, long userId) {
        ApiResponse link = team.owner().post("/leadline/v1/users/" + userId + "/invitation", Map.of());
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        assertThat(link.json().path("userId").asLong()).isEqualTo(userId);
        return link.json().path("link").asString();
    }

    /** The team's owner as a member the tests can sign in as. */
    static TestMember ownerOf(TestTeam team) {
        return new TestMember(team.ownerUserId(), team.owner().get("/v1.0/me").json().path("email").asString(), team.owner());
    }

    /** A member of a new team who has set a password, signed in. */
    ConsoleClient signedIn(TestTeam team, TestMember member) {
        ConsoleClient browser = console();
        browser.setPassword(invitation(team, member.userId()), PASSWORD);
        ConsoleClient.Page signedIn = browser.signIn(member.email(), PASSWORD);
        assertThat(signedIn.location()).as(signedIn.body()).hasValue(baseUrl() + "/app/leads");
        browser.get("/app/leads"); // as a browser lands there: the page's CSRF token is the session's
        return browser;
    }
}
