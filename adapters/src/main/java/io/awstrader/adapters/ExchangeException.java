package io.awstrader.adapters;

import java.time.Duration;

/**
 * Any failure of an exchange call, normalised: a {@link Kind} callers can act on, the exchange's own message when
 * it sent one, and for {@link Kind#RATE_LIMITED} how long to wait. Messages never contain credentials.
 */
public final class ExchangeException extends RuntimeException {

    /** What went wrong, in terms a caller can act on. */
    public enum Kind {
        /** The key, secret, passphrase or signature was refused (or the key lacks a permission). */
        AUTH("auth"),
        /** The exchange (or our client-side limit) says to slow down; see {@link #retryAfter()}. */
        RATE_LIMITED("rate-limited"),
        /** The account does not hold enough free funds for the order. */
        INSUFFICIENT_FUNDS("insufficient-funds"),
        /** The order or request itself is wrong: below the minimum size, bad price, unsupported type. */
        INVALID_ORDER("invalid-order"),
        /** The order, pair or asset does not exist at the exchange. */
        NOT_FOUND("not-found"),
        /** The exchange answered but cannot serve now: 5xx, maintenance, a body that is not what it documents. */
        UNAVAILABLE("unavailable"),
        /** No answer: connection refused, DNS, a timeout. The request may or may not have reached the exchange. */
        NETWORK("network");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The code APIs and logs show: {@code auth}, {@code rate-limited}, ... */
        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private final String exchange;
    private final Kind kind;
    private final String exchangeMessage;
    private final Duration retryAfter;

    public ExchangeException(String exchange, Kind kind, String message, String exchangeMessage) {
        this(exchange, kind, message, exchangeMessage, null, null);
    }

    public ExchangeException(String exchange, Kind kind, String message, String exchangeMessage, Duration retryAfter,
            Throwable cause) {
        super(exchange + " " + kind.code() + ": " + message
                + (exchangeMessage == null || message.contains(exchangeMessage) ? "" : " (" + exchangeMessage + ")"),
                cause);
        this.exchange = exchange;
        this.kind = kind;
        this.exchangeMessage = exchangeMessage;
        this.retryAfter = retryAfter;
    }

    /** The exchange id, e.g. {@code kraken}. */
    public String exchange() {
        return exchange;
    }

    public Kind kind() {
        return kind;
    }

    /** The exchange's own error text (e.g. {@code EOrder:Insufficient funds}), or null when it sent none. */
    public String exchangeMessage() {
        return exchangeMessage;
    }

    /** How long the exchange asked us to wait (Retry-After), or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * True when a request may have been executed even though no clear answer came back (timeout, 5xx, garbage):
     * a place request must then be looked up by client order id before it is sent again.
     */
    public boolean outcomeUnknown() {
        return kind == Kind.NETWORK || kind == Kind.UNAVAILABLE;
    }
}
