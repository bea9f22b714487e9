package io.awstrader.engine.bot;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonBoolean;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;

/**
 * A {@link BotRuntime} for bots written in JavaScript, whatever engine runs them: it attaches each run to the
 * {@link BotHost} the script calls back, and turns the script's envelopes into states or {@link BotException}s.
 */
public final class ScriptedBot implements BotRuntime {
    /** The script's answer to onData when the state it leaves has exactly the JSON text it was given. */
    static final String UNCHANGED = "=";

    private final BotScript script;
    private final BotHost host;
    /** The state last written for the script, and its text: most runs get back the state they were given. */
    private JsonObject stateWritten;
    private String stateText;
    /** The last successful envelope and the state read from it: a run that leaves the state as it was returns it. */
    private String okEnvelope;
    private JsonObject okState;

    public ScriptedBot(BotScript script, BotHost host) {
        this.script = script;
        this.host = host;
    }

    @Override
    public JsonObject initializeState(BotInput input) {
        host.attach(input);
        try {
            return unwrap(script.initializeState(Json.write(BotHost.configJson(input.config())),
                    Json.write(input.state())));
        } finally {
            host.detach();
        }
    }

    @Override
    public JsonObject onData(BotInput input) {
        host.attach(input);
        try {
            JsonObject state = input.state();
            if (state != stateWritten) {
                stateText = Json.write(state);
                stateWritten = state;
            }
            String envelope = script.onData(stateText);
            if (UNCHANGED.equals(envelope)) {
                return state; // its text is the text the script was given: the same state
            }
            if (okEnvelope != null && okEnvelope.equals(envelope)) {
                return okState;
            }
            JsonObject result = unwrap(envelope);
            okEnvelope = envelope;
            okState = result;
            return result;
        } finally {
            host.detach();
        }
    }

    private static JsonObject unwrap(String envelope) {
        JsonObject result = Json.parse(envelope).asObject();
        JsonValue ok = result.get("ok");
        if (ok instanceof JsonBoolean b && b.value()) {
            return result.get("state").asObject();
        }
        if (result.get("halt") instanceof JsonBoolean halt && halt.value()) {
            throw new BotHaltedException(result.get("message").asString());
        }
        // "limit": the runtime stopped the call for breaking its time or memory limit (see BotException).
        throw new BotException(result.get("message").asString(), result.get("stack").asString(),
                result.get("limit") instanceof JsonBoolean limit && limit.value());
    }
}
