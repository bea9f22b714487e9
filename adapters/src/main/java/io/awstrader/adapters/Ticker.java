package io.awstrader.adapters;

import io.awstrader.engine.market.Pair;

/**
 * The latest trade price of a pair with the best bid and ask and the 24 h volume (base asset). Values the exchange
 * does not give are {@code NaN}.
 */
public record Ticker(Pair pair, double last, double bid, double ask, double volume) {
}
