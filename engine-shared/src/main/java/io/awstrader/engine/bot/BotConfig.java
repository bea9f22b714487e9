package io.awstrader.engine.bot;

import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

import java.util.List;

/**
 * What a bot is configured with: its pairs (all quoted in one asset), run interval, exchange, and the user's extra
 * values. Bots see it as {@code input.config}.
 */
public record BotConfig(List<Pair> pairs, RunInterval runInterval, String exchange, String exchangeType,
                        JsonObject extra) {

    public BotConfig {
        if (pairs == null || pairs.isEmpty()) {
            throw new IllegalArgumentException("a bot needs at least one pair");
        }
        pairs = List.copyOf(pairs);
        String quote = pairs.get(0).quote();
        for (Pair pair : pairs) {
            if (!pair.quote().equals(quote)) {
                throw new IllegalArgumentException("all pairs must share one quote asset: " + pairs.get(0) + " and "
                        + pair + " differ");
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                if (pairs.get(i).equals(pairs.get(j))) {
                    throw new IllegalArgumentException("pair " + pairs.get(i) + " is listed twice");
                }
            }
        }
        if (runInterval == null) {
            throw new IllegalArgumentException("a bot needs a run interval");
        }
        if (exchange == null || exchange.isEmpty()) {
            throw new IllegalArgumentException("a bot needs an exchange name");
        }
        if (exchangeType == null) {
            exchangeType = "virtual";
        }
        if (extra == null) {
            extra = JsonObject.empty();
        }
    }

    /** The asset every pair is quoted in, in which portfolio values are expressed. */
    public String quoteAsset() {
        return pairs.get(0).quote();
    }

    /** The configured pair named {@code text}; a clear error for a pair the bot was not configured with. */
    public Pair pair(String text) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).isWritten(text)) {
                return pairs.get(i); // as bots mostly write it: no parsing, several times per candle
            }
        }
        Pair pair = Pair.parse(text);
        if (!pairs.contains(pair)) {
            throw new IllegalArgumentException("unknown pair '" + text + "': this bot trades " + pairs);
        }
        return pair;
    }
}
