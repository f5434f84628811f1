package io.leadline.sandbox.state;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests and restores never overlap: every request but the sandbox's own runs holding a shared lock, and a save or
 * restore holds it alone, so each request sees the data wholly before or wholly after. Fair, so a restore is not
 * starved by a stream of requests.
 */
@Component
@Sandboxed
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class RequestGate extends OncePerRequestFilter {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SandboxAccess.isSandboxPath(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        lock.readLock().lock();
        try {
            chain.doFilter(request, response);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs the work once no request is under way, and holds new ones until it is done. */
    <T> T alone(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
