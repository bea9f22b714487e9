package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;

/** A bot run that failed: when (the candle's time), the message, and the stack in the bot's source lines. */
public record BotError(double time, String message, String stack) {

    /** The error {@link #toJson()} wrote. */
    public static BotError fromJson(JsonObject json) {
        return new BotError(json.get("time").asDouble(), json.get("message").asString(), json.get("stack").asString());
    }

    public JsonObject toJson() {
        return JsonObject.builder().put("time", time).put("message", message).put("stack", stack).build();
    }
}
