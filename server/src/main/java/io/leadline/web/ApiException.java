package io.leadline.web;

/** A request that cannot be served, with the Lofty code and a message naming the field and the rule. */
public class ApiException extends RuntimeException {

    private final ErrorCode errorCode;

    public ApiException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public static ApiException invalidField(String field, String rule) {
        return new ApiException(ErrorCode.INVALID_PARAMETER, field + " " + rule);
    }

    public static ApiException missingField(String field) {
        return invalidField(field, "is required");
    }

    public static ApiException tooLong(String field, int maxLength) {
        return new ApiException(
                ErrorCode.PARAMETER_TOO_LONG, field + " must be at most " + maxLength + " characters");
    }

    public static ApiException permissionDenied(String what) {
        return new ApiException(ErrorCode.PERMISSION_DENIED, "Permission denied: " + what);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }
}
