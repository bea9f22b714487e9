package io.awstrader.engine.bot;

/**
 * A bot's JavaScript as a runtime runs it: the runner of {@code bot-api.js} in the runtime's JavaScript engine.
 * Both calls return the runner's JSON envelope: {@code {"ok":true,"state":{...}}} or
 * {@code {"ok":false,"message":"...","stack":"..."}}; {@code onData} answers {@code "="} instead of an ok envelope when
 * the state it leaves has exactly the JSON text it was given.
 */
public interface BotScript {

    String initializeState(String configJson, String stateJson);

    String onData(String stateJson);
}
