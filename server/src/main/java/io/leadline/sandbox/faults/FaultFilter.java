package io.leadline.sandbox.faults;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.Caller;
import io.leadline.web.TooManyRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a call a fault fires on instead of the server, after authentication (rules may name the credential) and
 * before rate limiting and the endpoint, so a faulted call writes nothing. Latency is added before whatever follows.
 */
@Component
@Sandboxed
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5)
class FaultFilter extends OncePerRequestFilter {


    private final FaultRules rules;
    private final Clock clock;
    private final JsonMapper json;

    FaultFilter(FaultRules rules, Clock clock, JsonMapper json) {
        this.rules = rules;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SandboxAccess.isNotTheClients(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String credential = request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller ? caller.credentialName() : null;
        var fired = rules.answerFor(request.getMethod(), request.getRequestURI(), credential, clock.instant());
        if (fired.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        FaultRule.Answer answer = fired.get();
        pause(answer.latencyMs());
        switch (answer.action()) {
            case LATENCY -> chain.doFilter(request, response);
            case DROP -> request.setAttribute(SandboxAccess.CONNECTION_DROPPED, Boolean.TRUE);
            case RATE_LIMIT -> TooManyRequests.answer(response, answer.retryAfterSeconds());
            case ERROR -> {
                response.setStatus(answer.status());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                json.writeValue(response.getOutputStream(), Map.of("code", answer.code(), "message", answer.message()));
            }
        }
    }

    private static void pause(long millis) throws IOException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while adding a fault's latency", e);
        }
    }
}
