package io.leadline.web;

import io.leadline.database.ReplicaReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * With a read replica, a caller's successful write is followed by reads that see it: the primary's WAL position
 * after the request is handed to {@link ReplicaReads#wrote} before the answer leaves (the answer is held until then),
 * so the caller's next list or timeline waits for the replica to replay it, or reads the primary. Without a replica,
 * and for reads, requests pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class ReadYourWrites extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ReplicaReads replicaReads;

    ReadYourWrites(ReplicaReads replicaReads) {
        this.replicaReads = replicaReads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !replicaReads.configured() || READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held); // a failure goes on to the outage filter, which answers for itself
        if (held.getStatus() < 400 && request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller) {
            markWritten(caller);
        }
        held.copyBodyToResponse();
    }

    /** The primary gone between the write and this: the write's own outcome stands, and the next read may lag. */
    private void markWritten(Caller caller) {
        try {
            replicaReads.wrote(caller.userId());
        } catch (DataAccessException unreachable) {
            log.debug("No WAL position after a write: {}", unreachable.getMessage());
        }
    }
}
