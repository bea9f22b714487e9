package io.awstrader.server.validation;

/** The body of every error answer: {@code {"error": {"code", "message", "field"}}} ({@code field} may be null). */
public record ErrorBody(Detail error) {
    /** What went wrong: a stable code for programs, a message for people, the offending field if there is one. */
    public record Detail(String code, String message, String field) {
    }

    public static ErrorBody of(String code, String message, String field) {
        return new ErrorBody(new Detail(code, message, field));
    }
}
