package io.awstrader.adapters.http;

import io.awstrader.adapters.ExchangeException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries of reads (never of order placement, which has its own look-up-first rule): a rate-limited answer pauses
 * the shared limit for the exchange's Retry-After (or an exponential backoff) and tries again; a timeout or 5xx is
 * tried again after the backoff. At most {@code attempts} tries; a wait longer than {@code maxWait} is not waited
 * for: the {@code rate-limited} error goes to the caller with its retry-after.
 */
public final class Retrying {
    private static final System.Logger LOG = System.getLogger(Retrying.class.getName());
    private final int attempts;
    private final Duration base;
    private final Duration maxWait;
    private final Waiting waiting;

    public Retrying(int attempts, Duration base, Duration maxWait, Waiting waiting) {
        this.attempts = attempts;
        this.base = base;
        this.maxWait = maxWait;
        this.waiting = waiting;
    }

    /** Three attempts with the settings' backoff and longest wait, on the real clock. */
    public static Retrying reads(io.awstrader.adapters.ExchangeSettings settings) {
        return new Retrying(3, settings.retryBase(), settings.maxRetryWait(), Waiting.SYSTEM);
    }

    /** Runs {@code call}, retrying as described; {@code limit} is the rate limit the call goes through. */
    public <T> T read(RateLimit limit, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ExchangeException e) {
                long backoff = base.toNanos() << (attempt - 1);
                boolean retriable = switch (e.kind()) {
                    case RATE_LIMITED, NETWORK, UNAVAILABLE -> true;
                    default -> false;
                };
                if (!retriable || attempt >= attempts) {
                    throw e;
                }
                LOG.log(System.Logger.Level.INFO, "{0}, attempt {1} of {2}; trying again", e.getMessage(), attempt,
                        attempts);
                if (e.kind() == ExchangeException.Kind.RATE_LIMITED) {
                    long wait = e.retryAfter() == null ? backoff : e.retryAfter().toNanos();
                    if (wait > maxWait.toNanos()) {
                        throw e;
                    }
                    limit.pauseFor(wait); // the next acquire (ours and everyone's on this limit) waits it out
                } else {
                    pause(backoff, e);
                }
            }
        }
    }

    private void pause(long nanos, ExchangeException cause) {
        try {
            waiting.sleep(nanos);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
