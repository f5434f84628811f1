package io.leadline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filters (authentication, rate limits) read the database before any controller runs; when it is unreachable their
 * failure arrives here and answers 503 with the JSON body, as the controllers' failures do ({@link DatabaseOutages});
 * so does a write that lost to another over the same rows ({@link LockContention}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    DatabaseOutageFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (LockContention.isLockContention(failure)) {
                answer(response, ErrorCode.ROWS_BUSY, LockContention.RETRY_AFTER_SECONDS, LockContention.MESSAGE);
            } else if (DatabaseOutages.isOutage(failure)) {
                answer(response, ErrorCode.DATABASE_UNAVAILABLE, DatabaseOutages.RETRY_AFTER_SECONDS, DatabaseOutages.BODY.message());
            } else {
                throw failure;
            }
        }
    }

    private void answer(HttpServletResponse response, ErrorCode code, String retryAfterSeconds, String message)
            throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        ErrorResponses.write(response, json, code, message);
    }
}
