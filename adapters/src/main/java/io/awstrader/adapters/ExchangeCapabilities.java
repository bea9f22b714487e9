package io.awstrader.adapters;

import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.OrderType;
import java.util.Map;
import java.util.Set;

/**
 * What an exchange offers and how it is reached: the per-exchange facts that shared code reads instead of asking
 * "which exchange is this?".
 *
 * @param id the exchange id used in storage and APIs, e.g. {@code kraken}
 * @param name the display name, e.g. {@code Kraken}
 * @param nativeIntervals the exchange's own code for each interval it serves (e.g. Kraken's {@code 60} for 1h);
 *     the others are built by resampling the finest native interval that divides them
 * @param candlePageSize the most candles one candle request returns
 * @param orderTypes the order types this adapter can place
 * @param needsPassphrase true when API keys come with a passphrase (KuCoin)
 * @param urlVariable the environment variable that overrides the base URL, e.g. {@code AWSTRADER_KRAKEN_URL}
 * @param defaultUrl the exchange's production base URL
 */
public record ExchangeCapabilities(String id, String name, Map<RunInterval, String> nativeIntervals, int candlePageSize,
        Set<OrderType> orderTypes, boolean needsPassphrase, String urlVariable, String defaultUrl) {

    public ExchangeCapabilities {
        nativeIntervals = Map.copyOf(nativeIntervals);
        orderTypes = Set.copyOf(orderTypes);
    }

    /** True when candles of {@code interval} can be served, natively or by resampling a native interval. */
    public boolean supports(RunInterval interval) {
        return sourceInterval(interval) != null;
    }

    /**
     * The native interval to fetch for {@code interval}: itself when native, else the coarsest native interval that
     * divides it (fewest candles to fetch), or null when none does.
     */
    public RunInterval sourceInterval(RunInterval interval) {
        if (nativeIntervals.containsKey(interval)) {
            return interval;
        }
        RunInterval best = null;
        for (RunInterval candidate : nativeIntervals.keySet()) {
            if (candidate.minutes() < interval.minutes() && interval.isMultipleOf(candidate)
                    && (best == null || candidate.minutes() > best.minutes())) {
                best = candidate;
            }
        }
        return best;
    }
}
