package io.leadline.sandbox.state;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.UncountedCalls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The fixtures' loading calls the API with the owners' keys ({@link Loopback}); those calls spend none of the keys'
 * rate-limit windows, or a test starting right after a large fixture would meet a 429 it never earned.
 */
@Component
@Sandboxed
@Order(Ordered.HIGHEST_PRECEDENCE)
class OwnCallsUncounted extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SandboxAccess.isOwnCall(request)) {
            UncountedCalls.mark(request);
        }
        chain.doFilter(request, response);
    }
}
