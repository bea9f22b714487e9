package io.awstrader.server;

import io.awstrader.server.auth.LoginThrottle;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.ErrorBody;
import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.NotFoundException;
import io.awstrader.storage.account.EmailTakenException;
import io.awstrader.storage.bot.VersionLockedException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as {@code {"error": {"code", "message", "field"}}}: refusals with their 4xx status, anything
 * unexpected as a 500 whose message says nothing of the cause (the log has it).
 */
final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {
    }

    static void install(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class,
                (e, ctx) -> answer(ctx, e.status(), e.code(), e.getMessage(), e.field()));
        cfg.routes.exception(LoginThrottle.RetryLaterException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            answer(ctx, e.status(), e.code(), e.getMessage(), e.field());
        });
        cfg.routes.exception(VersionLockedException.class,
                (e, ctx) -> answer(ctx, 409, "version_locked", e.getMessage(), null));
        cfg.routes.exception(EmailTakenException.class,
                (e, ctx) -> answer(ctx, 409, "email_taken", "an account with this email already exists", null));
        cfg.routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, "not_found", e.getMessage(), null));
        cfg.routes.exception(ConcurrentUpdateException.class,
                (e, ctx) -> answer(ctx, 409, "concurrent_update", e.getMessage(), null));
        cfg.routes.exception(IllegalArgumentException.class,
                (e, ctx) -> answer(ctx, 400, "invalid_value", e.getMessage(), null));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 413 -> "body_too_large";
                default -> "http_" + status;
            };
            String message = status == 404 ? "no such route or file: " + ctx.method() + " " + ctx.path() : e.getMessage();
            answer(ctx, status, code, message, null);
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal_error", "something went wrong on the server; its log has the details", null);
        });
    }

    static void answer(Context ctx, int status, String code, String message, String field) {
        ctx.status(status).json(ErrorBody.of(code, message, field));
    }
}
