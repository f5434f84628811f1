package io.leadline.web;

import org.springframework.http.HttpStatus;

/**
 * Every error code Leadline answers with. Codes below 900000 are Lofty's own (reference §2); the 9000xx codes are
 * Leadline's, for situations Lofty documents without a number. docs/api.md "Errors" lists them all.
 */
public enum ErrorCode {
    CONTENT_TYPE_INVALID(20001, HttpStatus.BAD_REQUEST),
    USER_NOT_EXIST(20003, HttpStatus.NOT_FOUND),
    INTERNAL_ERROR(20005, HttpStatus.INTERNAL_SERVER_ERROR),
    LEAD_NOT_EXIST(20006, HttpStatus.NOT_FOUND),
    RESOURCE_NOT_EXIST(20007, HttpStatus.NOT_FOUND),
    INVALID_PARAMETER(20012, HttpStatus.BAD_REQUEST),
    PERMISSION_DENIED(20017, HttpStatus.FORBIDDEN),
    /** Lofty's routing and pond endpoints answer a missing permission with 400, not 403 (reference §5.17, §6). */
    PERMISSION_DENIED_AS_BAD_REQUEST(20017, HttpStatus.BAD_REQUEST),
    LIMIT_NOT_VALID(20042, HttpStatus.BAD_REQUEST),
    PARAMETER_TOO_LONG(20043, HttpStatus.BAD_REQUEST),
    PROPERTY_ADDRESS_EMPTY(200057, HttpStatus.BAD_REQUEST),
    USER_IN_TOKEN_NOT_EXIST(200058, HttpStatus.BAD_REQUEST),
    TRANSACTION_NOT_EXIST(200060, HttpStatus.NOT_FOUND),
    TRANSACTION_NAME_INVALID(200062, HttpStatus.BAD_REQUEST),
    OFFSET_EXCEED_LIMIT(200104, HttpStatus.BAD_REQUEST),
    LEAD_PROPERTY_NOT_EXIST(200108, HttpStatus.NOT_FOUND),
    TRANSACTION_STATUS_INVALID(200125, HttpStatus.BAD_REQUEST),
    IDEMPOTENCY_KEY_REUSED(900422, HttpStatus.UNPROCESSABLE_CONTENT),
    /** The lead may not be reached that way: cannotEmail, cannotText or unsubscribed. */
    LEAD_DECLINED_CHANNEL(900451, HttpStatus.BAD_REQUEST),
    /** The lead has no email address (or phone) to send to. */
    LEAD_HAS_NO_ADDRESS(900452, HttpStatus.BAD_REQUEST),
    /** The server has no way to send that kind of message (leadline.messages.email, leadline.messages.sms). */
    MESSAGING_NOT_CONFIGURED(900531, HttpStatus.SERVICE_UNAVAILABLE),
    /** A request the server refuses before reading it: a path not in plain form, a malformed query or body framing. */
    MALFORMED_REQUEST(900400, HttpStatus.BAD_REQUEST),
    BAD_CREDENTIALS(900401, HttpStatus.UNAUTHORIZED),
    ROUTE_NOT_FOUND(900404, HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(900405, HttpStatus.METHOD_NOT_ALLOWED),
    CONFLICT(900409, HttpStatus.CONFLICT),
    BODY_TOO_LARGE(900413, HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(900415, HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    DATABASE_UNAVAILABLE(900503, HttpStatus.SERVICE_UNAVAILABLE),
    /** Another request held the rows this write needed (lock timeout, deadlock); nothing was written. */
    ROWS_BUSY(900504, HttpStatus.SERVICE_UNAVAILABLE);

    private final int code;
    private final HttpStatus status;

    ErrorCode(int code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public int code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
