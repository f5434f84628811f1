package io.leadline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over {@code leadline.http.max-body-bytes}: at once when Content-Length says so, and while
 * reading when the body is chunked, so an oversized upload never reaches the database. Refuses the NUL character
 * anywhere in the path, the query or the body ({@link JsonNulDetector}). Files posted to
 * {@code leadline.http.upload-paths} (imports) are not JSON: their feature limits them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final java.util.List<String> uploadPaths;
    private final JsonMapper json;

    BodySizeLimitFilter(@Value("${leadline.http.max-body-bytes}") long maxBytes,
            @Value("${leadline.http.upload-paths:}") java.util.List<String> uploadPaths, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.uploadPaths = uploadPaths;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request)) {
            chain.doFilter(request, response); // a file, not JSON: the feature that takes it limits its size
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            ErrorResponses.write(response, json, ErrorCode.BODY_TOO_LARGE, tooLargeMessage());
            return;
        }
        if (hasEncodedNul(request.getRequestURI()) || hasEncodedNul(request.getQueryString())) {
            ErrorResponses.write(response, json, ErrorCode.INVALID_PARAMETER, NUL_MESSAGE);
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    /** A POST of a file to one of {@code leadline.http.upload-paths} (an import), exactly. */
    private boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && uploadPaths.contains(request.getRequestURI())
                && !hasEncodedNul(request.getQueryString());
    }

    static final String NUL_MESSAGE = "Text must not contain the NUL character (\\u0000)";

    private static boolean hasEncodedNul(@Nullable String text) {
        return text != null && (text.indexOf('\0') >= 0 || text.toLowerCase(java.util.Locale.ROOT).contains("%00"));
    }

    private String tooLargeMessage() {
        return "Request body must be at most " + maxBytes + " bytes";
    }

    static final class BodyTooLarge extends IOException {
        BodyTooLarge(String message) {
            super(message);
        }
    }

    static final class NulInBody extends IOException {
        NulInBody() {
            super(NUL_MESSAGE);
        }
    }

    private final class LimitedRequest extends HttpServletRequestWrapper {

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;
                private final JsonNulDetector nul = new JsonNulDetector();

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    if (b >= 0 && nul.nulAt(b)) {
                        throw new NulInBody();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    for (int i = offset; i < offset + n; i++) {
                        if (nul.nulAt(buffer[i] & 0xff)) {
                            throw new NulInBody();
                        }
                    }
                    return n;
                }

                private void count(int n) throws BodyTooLarge {
                    read += n;
                    if (read > maxBytes) {
                        throw new BodyTooLarge(tooLargeMessage());
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
