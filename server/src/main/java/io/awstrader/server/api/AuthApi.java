package io.awstrader.server.api;

import io.awstrader.server.api.Views.AccountView;
import io.awstrader.server.auth.LoginThrottle;
import io.awstrader.server.auth.PasswordHasher;
import io.awstrader.server.auth.PasswordPolicy;
import io.awstrader.server.auth.SessionCookie;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.account.Account;
import io.awstrader.storage.account.AccountRepository;
import io.awstrader.storage.account.EmailTakenException;
import io.awstrader.storage.account.NewSession;
import io.awstrader.storage.account.SessionRepository;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sign-up, login, logout and the signed-in account. */
public final class AuthApi {
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final JsonBodies bodies;
    private final Duration sessionLifetime;

    public AuthApi(AccountRepository accounts, SessionRepository sessions, PasswordHasher hasher, PasswordPolicy policy,
            LoginThrottle throttle, JsonBodies bodies, Duration sessionLifetime) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.bodies = bodies;
        this.sessionLifetime = sessionLifetime;
    }

    /** Email and password; {@link #toString()} hides the password. */
    public record Credentials(String email, String password) {
        @Override
        public String toString() {
            return "Credentials[email=" + email + ", password=(hidden)]";
        }
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/auth/signup", "Create an account (password: 12+ characters, not a common one) and log in",
                        this::signUp).open().body(Credentials.class).bodyLimit(10_000).returns(201, AccountView.class)
                        .conflict("the email belongs to an account"),
                ApiRoute.post("/api/auth/login", "Log in; sets the HttpOnly, SameSite=Strict session cookie",
                        this::login).open().body(Credentials.class).bodyLimit(10_000).returns(200, AccountView.class),
                ApiRoute.post("/api/auth/logout", "Log out: ends the session and clears its cookie", this::logout)
                        .noContent(),
                ApiRoute.get("/api/auth/me", "The signed-in account", this::me).returns(200, AccountView.class));
    }

    void signUp(Context ctx, String ignored) {
        Credentials body = bodies.read(ctx, Credentials.class);
        throttle.admit(ctx.ip(), null);
        String email = Requests.text(body.email(), "email", 254);
        policy.check(body.password(), email);
        Account account;
        try {
            account = accounts.create(email, hasher.hash(body.password()));
        } catch (EmailTakenException e) {
            throw ApiException.conflict("email_taken", "an account with this email already exists; log in instead");
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("email", "email address is not valid");
        }
        startSession(ctx, account);
        ctx.status(201).json(view(account));
    }

    void login(Context ctx, String ignored) {
        Credentials body = bodies.read(ctx, Credentials.class);
        String email = Requests.text(body.email(), "email", 254);
        String password = Requests.required(body.password(), "password");
        throttle.admit(ctx.ip(), email);
        Optional<Account> account = accounts.findByEmail(email);
        if (!hasher.matches(password, account.map(Account::passwordHash).orElse(null))) {
            throttle.failed(email);
            throw new ApiException(401, "bad_credentials", "the email or the password is wrong", null);
        }
        throttle.succeeded(email);
        startSession(ctx, account.get());
        ctx.json(view(account.get()));
    }

    void logout(Context ctx, String accountId) {
        sessions.delete(SessionCookie.token(ctx));
        SessionCookie.clear(ctx);
        ctx.status(204);
    }

    void me(Context ctx, String accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> ApiException.notFound("account"));
        ctx.json(view(account));
    }

    private void startSession(Context ctx, Account account) {
        NewSession session = sessions.create(account.id(), sessionLifetime);
        SessionCookie.set(ctx, session.token(), sessionLifetime);
    }

    private static AccountView view(Account account) {
        return new AccountView(account.id(), account.email(), account.createdAt());
    }
}
