/**
 * The local app server: {@link io.awstrader.server.ServerMain} ({@code ./awstrader serve}) starts an
 * {@link io.awstrader.server.AwsTraderServer} over storage. Sub-packages: {@code api} (one class of handlers per
 * resource), {@code auth} (passwords, sessions, rate limits, CSRF), {@code validation} (strict JSON, 4xx answers),
 * {@code code} (compile on save), {@code candles}, {@code demo}, {@code openapi}.
 */
package io.awstrader.server;
