package io.awstrader.lambda.brokerage;

import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.storage.exchange.ExchangeAccount;

/**
 * Opens the order gateway of one tick for an exchange account. The paper brokerage restores the engine's virtual
 * exchange from what the last tick saved; a real exchange's brokerage (from the adapters module) will talk to the
 * exchange with client order ids instead.
 */
public interface Brokerage {

    /** Whether this brokerage trades for {@code account}. */
    boolean serves(ExchangeAccount account);

    /**
     * The session of one tick: {@code book} is what the previous tick's {@link TickSession#book()} returned, or null
     * for a deployment's first tick.
     */
    TickSession open(ExchangeAccount account, FillModel fills, JsonObject book);
}
