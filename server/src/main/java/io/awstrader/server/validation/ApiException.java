package io.awstrader.server.validation;

/**
 * A request the API refuses, answered as {@code {"error": {"code", "message", "field"}}} with its HTTP status.
 * Messages name what is wrong and never repeat a password, session id or secret from the request.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiException badRequest(String code, String message, String field) {
        return new ApiException(400, code, message, field);
    }

    /** A value that is present and of the right type but not acceptable. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "invalid_value", message, field);
    }

    public static ApiException missing(String field) {
        return new ApiException(400, "missing_field", "field '" + field + "' is required", field);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found", null);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message, null);
    }

    /** A 413: the body's size as measured ("23.4 MB", "over 20.0 MB"), the limit, and what to reduce (may be empty). */
    public static ApiException tooLarge(String size, long limit, String advice) {
        return new ApiException(413, "body_too_large", "the request body is " + size + "; the limit is "
                + JsonBodies.megabytes(limit) + advice, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
