package io.awstrader.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Strict (other sites cannot send it), Path=/,
 * Secure when the request came over HTTPS. Its value is the session token, which only its hash is stored for.
 */
public final class SessionCookie {
    public static final String NAME = "awstrader_session";

    private SessionCookie() {
    }

    public static void set(Context ctx, String token, Duration lifetime) {
        ctx.cookie(new Cookie(NAME, token, "/", (int) lifetime.toSeconds(), isHttps(ctx), true, null, SameSite.STRICT));
    }

    public static void clear(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, isHttps(ctx), true, null, SameSite.STRICT));
    }

    /** The token the browser sent, or null. */
    public static String token(Context ctx) {
        String value = ctx.cookie(NAME);
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.req().getScheme());
    }
}
