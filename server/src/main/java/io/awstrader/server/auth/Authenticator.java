package io.awstrader.server.auth;

import io.awstrader.server.validation.ApiException;
import io.awstrader.storage.account.Session;
import io.awstrader.storage.account.SessionRepository;
import io.javalin.http.Context;
import java.util.Optional;

/** Finds the signed-in account of a request from its session cookie; 401 when there is no live session. */
public final class Authenticator {
    private static final String ATTRIBUTE = "awstrader.accountId";

    private final SessionRepository sessions;

    public Authenticator(SessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The account id of the request's session, or 401 {@code not_signed_in}. */
    public String require(Context ctx) {
        String cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String token = SessionCookie.token(ctx);
        Optional<Session> session = token == null ? Optional.empty() : sessions.find(token);
        if (session.isEmpty()) {
            throw new ApiException(401, "not_signed_in", token == null ? "log in first"
                    : "the session has ended; log in again", null);
        }
        ctx.attribute(ATTRIBUTE, session.get().accountId());
        return session.get().accountId();
    }
}
