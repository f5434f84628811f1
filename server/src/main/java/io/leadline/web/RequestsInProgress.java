package io.leadline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The requests this node is answering right now, for background work that gives way to them (an import rests
 * between its steps while any is running). A request running longer than {@link #TRANSFER_AFTER} counts no more: it
 * is a transfer — an export or a backup downloading, an import's file uploading — and work waiting on it would wait
 * for minutes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestsInProgress extends OncePerRequestFilter {

    public static final Duration TRANSFER_AFTER = Duration.ofSeconds(2);

    /** One request being answered; equal only to itself, so two started in the same nanosecond stay two. */
    private static final class Running {
        final long startedNanos = System.nanoTime();
    }

    private final Set<Running> running = ConcurrentHashMap.newKeySet();

    /** Whether this node is answering a request that started less than {@link #TRANSFER_AFTER} ago. */
    public boolean any() {
        if (running.isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        for (Running request : running) {
            if (now - request.startedNanos < TRANSFER_AFTER.toNanos()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Running answering = new Running();
        running.add(answering);
        try {
            chain.doFilter(request, response);
        } finally {
            running.remove(answering);
        }
    }
}
