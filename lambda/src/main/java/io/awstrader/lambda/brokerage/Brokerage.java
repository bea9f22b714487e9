package io.awstrader.lambda.brokerage;

import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.storage.exchange.ExchangeAccount;

/**
 * Opens the order gateway of one tick for an exchange account. The paper brokerage restores the engine's virtual
 * exchange from what the last tick saved; the exchange brokerage talks to a real exchange through its adapter, with
 * client order ids derived from the deployment and the order.
 */
public interface Brokerage {

    /** Whether this brokerage trades for {@code account}. */
    boolean serves(ExchangeAccount account);

    /**
     * The session of one tick of deployment {@code deploymentId}: {@code book} is what the previous tick's
     * {@link TickSession#book()} returned, or null for a deployment's first tick.
     */
    TickSession open(String deploymentId, ExchangeAccount account, FillModel fills, JsonObject book);
}
