package io.awstrader.engine.bot;

/**
 * An error raised by bot code (or by a bad call it made), with the stack trace in the bot's own source lines.
 * Runtimes throw it from {@link BotRuntime}; {@link Iteration} turns it into a {@link BotError} and the run goes on.
 */
public class BotException extends RuntimeException {
    private final String botStack;

    public BotException(String message, String botStack) {
        super(message);
        this.botStack = botStack == null ? "" : botStack;
    }

    /** The stack mapped to the bot's source lines, one frame a line; empty when unknown. */
    public String botStack() {
        return botStack;
    }
}
