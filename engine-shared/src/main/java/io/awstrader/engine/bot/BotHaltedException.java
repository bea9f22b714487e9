package io.awstrader.engine.bot;

/**
 * The bot can run no more: its runtime had to be shut down (a call that would not stop when interrupted, a heap
 * exhausted). Unlike a {@link BotException}, which costs one candle, {@link Iteration} lets it through and the run (a
 * backtest, a deployment tick) fails with its message.
 */
public class BotHaltedException extends RuntimeException {

    public BotHaltedException(String message) {
        super(message);
    }
}
