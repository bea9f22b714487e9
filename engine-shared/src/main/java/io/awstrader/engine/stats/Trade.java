package io.awstrader.engine.stats;

import io.awstrader.engine.market.Pair;

/**
 * One round trip in a pair: opened by the buy that took the position from flat to long, closed by the sell that
 * brought it back to flat. {@code cost} is what the buys spent including their fees, {@code proceeds} what the
 * sells returned after their fees (only the part of each sell that reduced this position), {@code fees} both
 * sides' fees; all in the quote asset. {@code amount} is the base amount bought.
 */
public record Trade(Pair pair, double openedAt, double closedAt, double amount, double cost, double proceeds,
                    double fees) {

    /** Profit in the quote asset, fees included. */
    public double profit() {
        return proceeds - cost;
    }

    /** Profit as a percentage of cost. */
    public double returnPercent() {
        return (proceeds - cost) / cost * 100;
    }
}
