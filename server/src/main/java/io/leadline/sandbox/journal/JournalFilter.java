package io.leadline.sandbox.journal;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.SandboxProperties;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Records every exchange but the sandbox's own, around everything else the server does (authentication, faults, rate
 * limits, the endpoint), so a refused or faulted call is journaled as the client saw it. A body the endpoint never
 * read (a 401, a fault) is read after the answer, up to the limit.
 */
@Component
@Sandboxed
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class JournalFilter extends OncePerRequestFilter {

    private final RequestJournal journal;
    private final Clock clock;
    private final int bodyLimit;

    JournalFilter(RequestJournal journal, Clock clock, SandboxProperties properties) {
        this.journal = journal;
        this.clock = clock;
        this.bodyLimit = properties.bodyLimitBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SandboxAccess.isNotTheClients(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        var at = clock.instant();
        var cachingRequest = new ContentCachingRequestWrapper(request, bodyLimit + 1);
        var cachingResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(cachingRequest, cachingResponse);
        } finally {
            long latencyMs = (System.nanoTime() - started) / 1_000_000;
            byte[] requestBody = cachingRequest.getContentAsByteArray();
            if (requestBody.length == 0) {
                requestBody = unread(request);
            }
            byte[] responseBody = cachingResponse.getContentAsByteArray();
            Caller caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller c ? c : null;
            journal.record(new JournalEntry(journal.nextId(), at, request.getMethod(), request.getRequestURI(),
                    Redaction.query(request.getQueryString()), caller == null ? null : caller.credentialName(),
                    caller == null ? null : caller.credentialId(), request.getContentType(), text(requestBody),
                    requestBody.length > bodyLimit, status(request, cachingResponse), cachingResponse.getContentType(),
                    text(responseBody), responseBody.length > bodyLimit, latencyMs));
            cachingResponse.copyBodyToResponse();
        }
    }

    /** 0 when a fault dropped the connection: the client got no status at all. */
    private static int status(HttpServletRequest request, HttpServletResponse response) {
        return request.getAttribute(SandboxAccess.CONNECTION_DROPPED) != null ? 0 : response.getStatus();
    }

    private byte[] unread(HttpServletRequest request) {
        try (InputStream body = request.getInputStream()) {
            return body.readNBytes(bodyLimit + 1);
        } catch (IOException | IllegalStateException unreadable) {
            return new byte[0];
        }
    }

    private @Nullable String text(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        return Redaction.body(new String(body, 0, Math.min(body.length, bodyLimit), StandardCharsets.UTF_8));
    }
}
