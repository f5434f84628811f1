package io.leadline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Lofty's 429: {@code {"message":"Too Many Requests"}}, without a code, and when to try again. */
public final class TooManyRequests {

    private static final byte[] BODY = "{\"message\":\"Too Many Requests\"}".getBytes(StandardCharsets.UTF_8);

    private TooManyRequests() {}

    public static void answer(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(BODY);
    }
}
