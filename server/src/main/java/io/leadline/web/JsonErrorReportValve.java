package io.leadline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals (a NUL in the path, {@code CONNECT}, a malformed request line) never reach Spring: Tomcat's
 * error report valve answers them with an HTML page. This one answers with Leadline's JSON error body instead, and
 * turns Tomcat's 501 for a method it does not implement into the 405 every other unsupported method gets (LL-13).
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
            status = HttpStatus.METHOD_NOT_ALLOWED.value();
            response.setStatus(status);
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        ErrorBody body = ErrorPageController.bodyFor(resolved == null ? HttpStatus.BAD_REQUEST : resolved);
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the response was taken over: nothing left to tell it
        }
    }
}
