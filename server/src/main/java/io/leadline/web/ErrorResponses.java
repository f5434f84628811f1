package io.leadline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes the error body from servlet filters, which run before Spring MVC's exception handling. */
public final class ErrorResponses {

    private ErrorResponses() {}

    public static void write(HttpServletResponse response, JsonMapper json, ErrorCode code, String message)
            throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(new ErrorBody(code.code(), message)));
    }
}
