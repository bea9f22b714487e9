package io.awstrader.webclient.worker;

import io.awstrader.engine.bot.BotScript;
import org.teavm.jso.JSMethod;
import org.teavm.jso.JSObject;

/** The runner that {@code bot-api.js} builds around the bot, as TeaVM sees a JavaScript object with two methods. */
public interface JsBotScript extends JSObject {

    @JSMethod
    String initializeState(String configJson, String stateJson);

    @JSMethod
    String onData(String stateJson);

    /** The engine's view of this runner (a JavaScript object cannot implement a Java interface directly). */
    static BotScript asBotScript(JsBotScript script) {
        return new BotScript() {
            @Override
            public String initializeState(String configJson, String stateJson) {
                return script.initializeState(configJson, stateJson);
            }

            @Override
            public String onData(String stateJson) {
                return script.onData(stateJson);
            }
        };
    }
}
