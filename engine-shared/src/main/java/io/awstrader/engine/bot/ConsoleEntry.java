package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;

/** One line a bot wrote with {@code console.log/warn/error}, stamped with the run's time. */
public record ConsoleEntry(int id, double date, String type, String message) {

    public static final String LOG = "log";
    public static final String WARN = "warn";
    public static final String ERROR = "error";

    public JsonObject toJson() {
        return JsonObject.builder().put("id", id).put("date", date).put("type", type).put("message", message).build();
    }
}
