package io.awstrader.storage.deployment;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.storage.bot.VersionNumber;
import io.awstrader.storage.item.PayloadRef;
import java.time.Instant;
import java.util.List;

/**
 * A bot version running on an exchange account at a run interval. What one tick needs is on the item itself:
 * {@code settingsJson} (fees, slippage, warm-up, seed, the bot's config values), {@code carryJson} (the engine's
 * {@code RunCarry}, null before the first tick), {@code anchorsJson} (where each pair's candle series starts, so
 * indicators are anchored as a backtest anchors them; null before the first tick) and the tick counters. The growing
 * parts (the paper book, equity, logs, plots, errors) are the chunked details, read apart with
 * {@link DeploymentRepository#details}.
 *
 * @param lastTickKey       the close time (epoch ms) of the candle the last applied tick acted on; 0 before any
 * @param consecutiveErrors bot errors in a row up to the last tick (0 after a successful run)
 * @param pausedReason      why the runtime paused the deployment (e.g. too many bot errors), or null
 * @param placingJson       the orders a tick was about to place on a real exchange and has not saved yet (its
 *                          write-ahead), or null: the next tick looks them up at the exchange by client order id
 * @param exchangeErrors    ticks that could not reach the exchange (auth, rate limit, outage); not bot errors
 * @param lastExchangeError the newest of those errors (its message and time), or null
 * @param detailsRef        where the chunked details of this read are (null before the first tick)
 */
public record Deployment(String accountId, String id, String name, String botId, VersionNumber version,
        String exchangeAccountId, RunInterval runInterval, List<Pair> pairs, boolean active, String settingsJson,
        String carryJson, String anchorsJson, long lastTickKey, TickCounts counts, int consecutiveErrors,
        String pausedReason, String placingJson, long exchangeErrors, String lastExchangeError, Instant createdAt,
        Instant lastRunAt, long lockVersion, PayloadRef detailsRef) {

    /** How many ticks ran, how many candles were skipped because ticks were missed, and how many duplicates came. */
    public record TickCounts(long ticks, long skipped, long duplicates) {
        public static final TickCounts NONE = new TickCounts(0, 0, 0);
    }
}
