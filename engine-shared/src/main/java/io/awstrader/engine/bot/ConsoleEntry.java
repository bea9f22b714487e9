package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;

/** One line a bot wrote with {@code console.log/warn/error}, stamped with the run's time. */
public record ConsoleEntry(int id, double date, String type, String message) {

    public static final String LOG = "log";
    public static final String WARN = "warn";
    public static final String ERROR = "error";

    /** The entry {@link #toJson()} wrote. */
    public static ConsoleEntry fromJson(JsonObject json) {
        return new ConsoleEntry((int) json.get("id").asDouble(), json.get("date").asDouble(),
                json.get("type").asString(), json.get("message").asString());
    }

    public JsonObject toJson() {
        return JsonObject.builder().put("id", id).put("date", date).put("type", type).put("message", message).build();
    }
}
