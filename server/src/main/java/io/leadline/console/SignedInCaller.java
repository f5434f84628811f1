package io.leadline.console;

import io.leadline.accounts.signin.ConsoleAddress;
import io.leadline.accounts.signin.SessionCallers;
import io.leadline.accounts.signin.SignedInMember;
import io.leadline.web.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a console session into the member's {@link Caller} on every request, read afresh (a changed role or office
 * applies at once), and ends the session when the member was deactivated or removed, or when it reached its absolute
 * timeout: the next page is the sign-in page. Runs inside the console's security chain only (not a servlet filter).
 */
final class SignedInCaller extends OncePerRequestFilter {

    static final String ENDED = ConsoleAddress.SIGN_IN_PATH + "?ended";

    private final SessionCallers callers;
    private final Clock clock;
    private final Duration absoluteTimeout;

    SignedInCaller(SessionCallers callers, Clock clock, Duration absoluteTimeout) {
        this.callers = callers;
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInMember member) {
            Optional<Caller> caller = tooOld(member) ? Optional.empty() : callers.callerOf(member);
            if (caller.isEmpty()) {
                end(request);
                response.sendRedirect(ENDED);
                return;
            }
            request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller.get());
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(SignedInMember member) {
        return clock.millis() - member.signedInAtMillis() > absoluteTimeout.toMillis();
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
