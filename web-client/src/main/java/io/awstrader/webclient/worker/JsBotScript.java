package io.awstrader.webclient.worker;

import io.awstrader.engine.bot.BotScript;
import org.teavm.jso.JSObject;

/** The runner that {@code bot-api.js} builds around the bot, as TeaVM sees a JavaScript object with two methods. */
public interface JsBotScript extends JSObject, BotScript {

    @Override
    String initializeState(String configJson, String stateJson);

    @Override
    String onData(String stateJson);
}
