package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;

/** A bot written in Java for engine tests: {@code onData} (and optionally {@code initializeState}) as lambdas. */
public final class JavaBot implements BotRuntime {

    /** The body of {@code onData}: returns the new state. */
    public interface OnData {
        JsonObject run(BotInput input);
    }

    /** The body of {@code initializeState}: returns the initial state. */
    public interface Init {
        JsonObject run(BotConfig config, JsonObject state);
    }

    private final Init init;
    private final OnData onData;
    private int initCalls;
    private int onDataCalls;

    private JavaBot(Init init, OnData onData) {
        this.init = init;
        this.onData = onData;
    }

    public static JavaBot of(OnData onData) {
        return new JavaBot((config, state) -> state, onData);
    }

    public static JavaBot of(Init init, OnData onData) {
        return new JavaBot(init, onData);
    }

    /** A bot whose {@code onData} does something and keeps the state as it was. */
    public static JavaBot acting(java.util.function.Consumer<BotInput> body) {
        return of(in -> {
            body.accept(in);
            return in.state();
        });
    }

    @Override
    public JsonObject initializeState(BotInput input) {
        initCalls++;
        return init.run(input.config(), input.state());
    }

    @Override
    public JsonObject onData(BotInput input) {
        onDataCalls++;
        return onData.run(input);
    }

    public int initCalls() {
        return initCalls;
    }

    public int onDataCalls() {
        return onDataCalls;
    }
}
