/**
 * One run of a user's bot: the API objects bot code sees ({@code trader}, {@code utils}, {@code indicators},
 * {@code candlestickPatterns}, {@code plotter}, {@code console}), the {@link io.awstrader.engine.bot.BotRuntime}
 * boundary through which the engine calls user code, and {@link io.awstrader.engine.bot.Iteration}, which turns
 * inputs into the orders, state, logs and plots of one run.
 */
package io.awstrader.engine.bot;
