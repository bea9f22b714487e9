package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;

/**
 * How the engine calls user bot code. Implementations: plain Java bots (tests), GraalJS on the JVM, and the bot's
 * JavaScript inside the browser's Web Worker. Errors in bot code are thrown as {@link BotException}.
 */
public interface BotRuntime {

    /**
     * Runs the bot's {@code initializeState(config, state)} once, at a run's first iteration, when the bot has one.
     * {@code input} is the run's input with an empty state; the API (console, clock) is live as in {@code onData}.
     *
     * @return the state the bot built (a runtime that has no such function returns {@code input.state()})
     */
    JsonObject initializeState(BotInput input);

    /**
     * Runs the bot's {@code onData(input)}.
     *
     * @return the state after the call ({@code input.state()} as the bot left it)
     */
    JsonObject onData(BotInput input);
}
