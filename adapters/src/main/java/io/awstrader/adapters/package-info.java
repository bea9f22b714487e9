/**
 * The exchange port: {@link io.awstrader.adapters.ExchangeAdapter}, its error type, its value types and the
 * {@link io.awstrader.adapters.ExchangeRegistry} that finds the implementations (one package per exchange) with
 * {@link java.util.ServiceLoader}. Only engine types cross the port, so the engine stays free of I/O.
 */
package io.awstrader.adapters;
