/**
 * What every exchange adapter shares and nothing exchange-specific: the JDK HTTP client with timeouts and transport
 * error mapping ({@link io.awstrader.adapters.http.ExchangeHttp}), client-side rate limits
 * ({@link io.awstrader.adapters.http.RateLimit}), retries with backoff ({@link io.awstrader.adapters.http.Retrying}),
 * per-key nonces under one lock ({@link io.awstrader.adapters.http.KeyTurns}) and HMAC signing primitives.
 */
package io.awstrader.adapters.http;
