package io.awstrader.adapters.http;

import java.time.Duration;

/**
 * One HTTP answer: status, body text and the server's Retry-After (null when absent).
 *
 * @param retryAfter the wait the server asked for, from {@code Retry-After} (seconds) or an exchange's reset header
 */
public record HttpAnswer(int status, String body, Duration retryAfter) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
