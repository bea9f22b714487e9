/**
 * The AWS Trader engine: the one implementation of everything a bot run computes.
 *
 * <p>Functional core: no I/O, no threads, no reflection, no dependencies, so TeaVM can compile it to
 * JavaScript for browser backtests and the JVM can run it in Lambda. Callers gather inputs, the engine
 * computes, callers perform the effects.
 *
 * <p>Numbers: prices, amounts and times are {@code double}. Times are epoch milliseconds (exact up to
 * 2^53); {@code long} is avoided on hot paths because TeaVM turns it into a JavaScript BigInt.
 */
package io.awstrader.engine;
