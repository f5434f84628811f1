package io.leadline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.leadline.accounts.signin.SessionCallers;
import io.leadline.accounts.signin.SignedInMember;
import io.leadline.web.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The session's absolute timeout and a removed member, on the server's one clock. */
class SignedInCallerTests {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Caller ANN = new Caller(1, 2, "AGENT", null, List.of(), false, 0, "console", 0);

    private final SessionCallers callers = mock(SessionCallers.class);
    private final SignedInCaller filter = new SignedInCaller(callers, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @AfterEach
    void noContextLeftBehind() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionWithinItsAbsoluteTimeoutActsAsTheMemberAsTheyAreNow() throws Exception {
        SignedInMember member = signedIn(NOW.minus(Duration.ofHours(11)));
        when(callers.callerOf(member)).thenReturn(Optional.of(ANN));
        MockHttpServletRequest request = request();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(request.getAttribute(Caller.REQUEST_ATTRIBUTE)).isEqualTo(ANN);
        assertThat(chain.getRequest()).as("the page is served").isNotNull();
    }

    @Test
    void aSessionPastItsAbsoluteTimeoutEndsHoweverActiveItWas() throws Exception {
        SignedInMember member = signedIn(NOW.minus(Duration.ofHours(12)).minusSeconds(1));
        when(callers.callerOf(member)).thenReturn(Optional.of(ANN));
        assertEnded(member);
    }

    @Test
    void aRemovedOrDeactivatedMembersSessionEnds() throws Exception {
        SignedInMember member = signedIn(NOW.minus(Duration.ofMinutes(5)));
        when(callers.callerOf(member)).thenReturn(Optional.empty());
        assertEnded(member);
    }

    private void assertEnded(SignedInMember member) throws Exception {
        MockHttpServletRequest request = request();
        MockHttpSession session = (MockHttpSession) request.getSession();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/app/sign-in?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the page is not served").isNull();
        assertThat(request.getAttribute(Caller.REQUEST_ATTRIBUTE)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private static SignedInMember signedIn(Instant at) {
        SignedInMember member = new SignedInMember(1, 2, "ann@example.com", at.toEpochMilli());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
        return member;
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/leads");
        request.setSession(new MockHttpSession());
        return request;
    }
}
