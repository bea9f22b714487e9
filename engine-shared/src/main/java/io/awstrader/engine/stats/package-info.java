/**
 * Performance statistics of a run (backtest or deployment): returns, drawdown, exposure, round-trip trades and
 * risk-adjusted ratios, computed in one pass over the equity curve. Results are deterministic across the JVM and
 * TeaVM: only IEEE basic operations and {@code sqrt} are used ({@link io.awstrader.engine.stats.PortableMath}
 * replaces {@code Math.pow}, whose last bits differ between the JVM and JavaScript engines).
 */
package io.awstrader.engine.stats;
