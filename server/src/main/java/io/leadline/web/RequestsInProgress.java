package io.leadline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How many requests this node is answering right now, for background work that gives way to them (an import rests
 * between its steps while any is running). Transfers that last minutes are not counted — an import's upload, an
 * export's download: work waiting on them would wait for minutes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestsInProgress extends OncePerRequestFilter {

    private static final String IMPORTS = "/leadline/v1/imports";
    private static final String EXPORTS = "/leadline/v1/exports/";

    private final AtomicInteger running = new AtomicInteger();

    /** Whether any request is being answered on this node now. */
    public boolean any() {
        return running.get() > 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLongTransfer(request)) {
            chain.doFilter(request, response);
            return;
        }
        running.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            running.decrementAndGet();
        }
    }

    static boolean isLongTransfer(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith(EXPORTS) || (path.equals(IMPORTS) && request.getMethod().equals("POST"));
    }
}
