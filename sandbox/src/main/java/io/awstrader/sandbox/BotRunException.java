package io.awstrader.sandbox;

import io.awstrader.engine.bot.BotException;

/**
 * A call into bot code that failed: the bot threw, or broke a limit. Being a {@link BotException}, the engine's
 * iteration records it as the bot's error and the run goes on.
 */
public final class BotRunException extends BotException {

    /** Why a call into bot code failed. */
    public enum Kind {
        /** The bot threw (or its script did not parse, or a host API it called refused the call). */
        ERROR,
        /** The call ran past {@link SandboxLimits#timeLimit()}; the sandbox is still usable. */
        TIME_LIMIT,
        /** The call allocated past {@link SandboxLimits#allocationLimitBytes()}; the sandbox is still usable. */
        MEMORY_LIMIT
    }

    private final Kind kind;

    BotRunException(Kind kind, String message, String botStack) {
        super(message, botStack, kind != Kind.ERROR);
        this.kind = kind;
    }

    /** Why the call failed. */
    public Kind kind() {
        return kind;
    }
}
