package io.awstrader.engine.bot;

/** A bot run that failed: when (the candle's time), the message, and the stack in the bot's source lines. */
public record BotError(double time, String message, String stack) {
}
