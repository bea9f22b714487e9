package io.awstrader.engine.bot;

/**
 * An error raised by bot code (or by a bad call it made), with the stack trace in the bot's own source lines.
 * Runtimes throw it from {@link BotRuntime}; {@link Iteration} turns it into a {@link BotError} and the run goes on.
 */
public class BotException extends RuntimeException {
    private final String botStack;
    private final boolean limitBroken;

    public BotException(String message, String botStack) {
        this(message, botStack, false);
    }

    /**
     * @param limitBroken the runtime stopped the call for breaking its time or memory limit: where it stopped, and
     *                    what it logged before, depend on timing, so the run keeps nothing of the call but the error
     */
    public BotException(String message, String botStack, boolean limitBroken) {
        super(message);
        this.botStack = botStack == null ? "" : botStack;
        this.limitBroken = limitBroken;
    }

    /** The stack mapped to the bot's source lines, one frame a line; empty when unknown. */
    public String botStack() {
        return botStack;
    }

    /** Whether the runtime stopped the call for breaking a time or memory limit. */
    public boolean limitBroken() {
        return limitBroken;
    }
}
