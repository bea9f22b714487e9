package io.awstrader.server.auth;

import java.time.Duration;

/**
 * How many sign-in attempts are allowed: failed logins per account (email) within a window, and attempts of any
 * outcome (logins and sign-ups) per client IP within a window.
 */
public record LoginLimits(int failuresPerAccount, Duration accountWindow, int attemptsPerIp, Duration ipWindow) {
    /** 5 failed logins per account per 15 minutes; 30 login or sign-up attempts per IP per 10 minutes. */
    public static LoginLimits defaults() {
        return new LoginLimits(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(10));
    }
}
