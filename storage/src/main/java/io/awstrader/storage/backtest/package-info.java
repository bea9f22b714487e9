/** Saved backtests with their chunked full results. */
package io.awstrader.storage.backtest;
