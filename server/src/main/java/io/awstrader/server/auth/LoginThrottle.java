package io.awstrader.server.auth;

import io.awstrader.server.validation.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Rate limits for signing in: per client IP (every login and sign-up attempt counts) and per account (failed
 * logins count; a successful login clears them). A refused attempt is answered 429 before any password is checked.
 */
public final class LoginThrottle {
    private final SlidingWindowLimiter perAccount;
    private final SlidingWindowLimiter perIp;

    public LoginThrottle(LoginLimits limits, Clock clock) {
        this.perAccount = new SlidingWindowLimiter(limits.failuresPerAccount(), limits.accountWindow(), clock);
        this.perIp = new SlidingWindowLimiter(limits.attemptsPerIp(), limits.ipWindow(), clock);
    }

    /** Counts an attempt from {@code ip}, or refuses it (429) when the IP or the account is over its limit. */
    public void admit(String ip, String email) {
        Duration ipWait = perIp.waitFor(ip);
        if (!ipWait.isZero()) {
            throw tooMany("too many sign-in attempts from this address", ipWait);
        }
        perIp.record(ip);
        if (email != null) {
            Duration accountWait = perAccount.waitFor(accountKey(email));
            if (!accountWait.isZero()) {
                throw tooMany("too many failed logins for this account", accountWait);
            }
        }
    }

    public void failed(String email) {
        perAccount.record(accountKey(email));
    }

    public void succeeded(String email) {
        perAccount.reset(accountKey(email));
    }

    private static String accountKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static ApiException tooMany(String what, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new RetryLaterException(what + "; try again in " + seconds + " s", seconds);
    }

    /** A 429 answer with the seconds to put in {@code Retry-After}. */
    public static final class RetryLaterException extends ApiException {
        private final long retryAfterSeconds;

        RetryLaterException(String message, long retryAfterSeconds) {
            super(429, "too_many_attempts", message, null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
