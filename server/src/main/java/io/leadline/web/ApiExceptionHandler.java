package io.leadline.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Maps every failure to Lofty's {@code {"code","message"}} body; a client never sees a stack trace or a 500 for bad input. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApplicationEventPublisher errors;
    private final Clock clock;

    ApiExceptionHandler(ApplicationEventPublisher errors, Clock clock) {
        this.errors = errors;
        this.clock = clock;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ErrorBody> apiException(ApiException e) {
        return body(e.errorCode(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadableBody(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLarge tooLarge) {
                return body(ErrorCode.BODY_TOO_LARGE, tooLarge.getMessage());
            }
            if (cause instanceof BodySizeLimitFilter.NulInBody nul) {
                return body(ErrorCode.INVALID_PARAMETER, nul.getMessage());
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return body(ErrorCode.INVALID_PARAMETER, describeMismatch(mismatch));
            }
            if (cause instanceof StreamReadException malformed) {
                return body(ErrorCode.INVALID_PARAMETER, "Malformed JSON: " + malformed.getOriginalMessage());
            }
        }
        return body(ErrorCode.INVALID_PARAMETER, "Request body is missing or is not valid JSON");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> wrongParameterType(MethodArgumentTypeMismatchException e) {
        return body(ErrorCode.INVALID_PARAMETER, e.getName() + " has an invalid value: " + e.getValue());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
        return body(ErrorCode.INVALID_PARAMETER, e.getParameterName() + " is required");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return body(ErrorCode.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not supported on this path");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> wrongMediaType(HttpMediaTypeNotSupportedException e) {
        return body(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorBody> noRoute(NoResourceFoundException e) {
        return body(ErrorCode.ROUTE_NOT_FOUND, "No endpoint " + e.getHttpMethod() + " /" + e.getResourcePath());
    }

    /** Tomcat parses a query string or form body on first use and refuses bytes that are not UTF-8 (LL-26 item 6). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ErrorBody> undecodableParameters(InvalidParameterException e) {
        return body(ErrorCode.MALFORMED_REQUEST,
                "The query string or form body is not valid UTF-8: percent-encode each parameter's UTF-8 bytes");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e, HttpServletRequest request) {
        if (LockContention.isLockContention(e)) {
            log.info("A write lost to another over the same rows: {}", e.getMessage());
            return ResponseEntity.status(ErrorCode.ROWS_BUSY.status())
                    .header(org.springframework.http.HttpHeaders.RETRY_AFTER, LockContention.RETRY_AFTER_SECONDS)
                    .body(new ErrorBody(ErrorCode.ROWS_BUSY.code(), LockContention.MESSAGE));
        }
        if (DatabaseOutages.isOutage(e)) {
            log.warn("Database unreachable while serving a request: {}", e.getMessage());
            return ResponseEntity.status(ErrorCode.DATABASE_UNAVAILABLE.status())
                    .header(org.springframework.http.HttpHeaders.RETRY_AFTER, DatabaseOutages.RETRY_AFTER_SECONDS)
                    .body(DatabaseOutages.BODY);
        }
        log.error("Unhandled error while serving a request", e);
        errors.publishEvent(new UnhandledError(request.getMethod() + " " + request.getRequestURI(),
                e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), Times.now(clock)));
        return body(ErrorCode.INTERNAL_ERROR, "There is an internal error happened");
    }

    private static String describeMismatch(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        String expected = e.getTargetType() == null ? "another type" : readableType(e.getTargetType());
        return path.isEmpty()
                ? "Request body has the wrong shape: expected " + expected
                : path + " has the wrong type: expected " + expected;
    }

    private static String readableType(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static ResponseEntity<ErrorBody> body(ErrorCode code, String message) {
        return ResponseEntity.status(code.status()).body(new ErrorBody(code.code(), message));
    }
}
