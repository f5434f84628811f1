package io.leadline.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (the servlet container's own refusals, a filter's {@code sendError}) are
 * forwarded here; they get the same {@code {"code","message"}} JSON as everything else, never Spring's or Tomcat's
 * default page (LL-13).
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).body(bodyFor(status));
    }

    static ErrorBody bodyFor(HttpStatus status) {
        for (ErrorCode candidate : ErrorCode.values()) {
            if (candidate.status() == status && candidate.code() == 900000 + status.value()) {
                return new ErrorBody(candidate.code(), status.getReasonPhrase());
            }
        }
        return switch (status) {
            case INTERNAL_SERVER_ERROR -> new ErrorBody(ErrorCode.INTERNAL_ERROR.code(), "There is an internal error happened");
            default -> new ErrorBody(900000 + status.value(), status.getReasonPhrase());
        };
    }
}
