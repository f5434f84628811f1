package io.leadline.ratelimits;

import io.leadline.web.Caller;
import io.leadline.web.TooManyRequests;
import io.leadline.web.UncountedCalls;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security's filter chain has authenticated the caller: every authenticated response carries X-RateLimit-Limit, -Remaining and -Reset (UTC epoch
 * seconds); over the limit the answer is Lofty's 429 {@code {"message":"Too Many Requests"}} plus Retry-After.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class RateLimitFilter extends OncePerRequestFilter {


    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final MeterRegistry metrics;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, MeterRegistry metrics) {
        this.limiter = limiter;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller) || !properties.enabled()
                || UncountedCalls.isUncounted(request)) {
            chain.doFilter(request, response);
            return;
        }
        int limit = caller.rateLimitPerMinute() == null ? properties.defaultPerMinute() : caller.rateLimitPerMinute();
        if (limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        RateLimiter.Decision decision = limiter.decide(caller.credentialId(), limit);
        response.setHeader("X-RateLimit-Limit", String.valueOf(decision.limit()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.setHeader("X-RateLimit-Reset", String.valueOf(decision.resetEpochSeconds()));
        if (!decision.admitted()) {
            metrics.counter("leadline.ratelimit.rejections", "key", String.valueOf(caller.credentialId()),
                    "name", caller.credentialName()).increment();
            TooManyRequests.answer(response, decision.retryAfterSeconds());
            return;
        }
        chain.doFilter(request, response);
    }
}
