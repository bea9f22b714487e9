package io.awstrader.lambda.brokerage;

import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.exchange.VirtualExchange;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.portfolio.Portfolio;
import io.awstrader.storage.exchange.ExchangeAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Virtual (paper) accounts: the engine's {@link VirtualExchange}, starting from the account's initial balances and
 * restored at every tick from the book the previous tick saved. Each deployment keeps its own book, so two paper
 * deployments on one virtual account never spend each other's money. Fills are the backtest's, candle by candle.
 */
public final class PaperBrokerage implements Brokerage {

    @Override
    public boolean serves(ExchangeAccount account) {
        return account.isVirtual();
    }

    @Override
    public TickSession open(String deploymentId, ExchangeAccount account, FillModel fills, JsonObject book) {
        VirtualExchange exchange = book == null
                ? new VirtualExchange(fills, Portfolio.of(account.initialBalances()))
                : VirtualExchange.restore(fills, book);
        return new Session(exchange);
    }

    private static final class Session implements TickSession {
        private final VirtualExchange exchange;

        Session(VirtualExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void catchUp(Map<Pair, CandleSeries> candles, Map<Pair, int[]> newCandles) {
            // Candles in time order across pairs (pairs in the bot's order at one time), as a backtest steps.
            List<Pair> pairs = new ArrayList<>(newCandles.keySet());
            int[] next = new int[pairs.size()];
            for (int p = 0; p < pairs.size(); p++) {
                next[p] = newCandles.get(pairs.get(p))[0];
            }
            while (true) {
                double earliest = Double.POSITIVE_INFINITY;
                for (int p = 0; p < pairs.size(); p++) {
                    if (next[p] < newCandles.get(pairs.get(p))[1]) {
                        earliest = Math.min(earliest, candles.get(pairs.get(p)).time(next[p]));
                    }
                }
                if (earliest == Double.POSITIVE_INFINITY) {
                    return;
                }
                for (int p = 0; p < pairs.size(); p++) {
                    CandleSeries s = candles.get(pairs.get(p));
                    if (next[p] < newCandles.get(pairs.get(p))[1] && s.time(next[p]) == earliest) {
                        exchange.onCandle(pairs.get(p), s.candle(next[p]));
                        next[p]++;
                    }
                }
            }
        }

        @Override
        public OrderGateway gateway() {
            return exchange;
        }

        @Override
        public double lastCandleTime(Pair pair) {
            return exchange.lastCandleTime(pair);
        }

        @Override
        public JsonObject book() {
            return exchange.toJson();
        }
    }
}
