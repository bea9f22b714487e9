package io.awstrader.server;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.bot.BotConfig;
import io.awstrader.engine.bot.BotInput;
import io.awstrader.engine.bot.BotRuntime;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Real backtest results, made by the engine over the bundled candles, as the browser would post them. */
final class EngineResults {
    private static String small;

    private EngineResults() {
    }

    /** A result over 600 hours: one buy, one sell. */
    static synchronized String small() throws Exception {
        if (small == null) {
            Pair btc = Pair.parse("BTC/USD");
            CandleSeries all = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv")))
                    .series();
            CandleSeries candles = all.slice(0, 600);
            BotRuntime bot = new BotRuntime() {
                private int runs;

                @Override
                public JsonObject initializeState(BotInput input) {
                    return input.state();
                }

                @Override
                public JsonObject onData(BotInput input) {
                    runs++;
                    if (runs == 10) {
                        input.trader().placeOrder(OrderRequest.market(btc, OrderDirection.BUY, 0.01));
                    } else if (runs == 300) {
                        input.trader().placeOrder(OrderRequest.market(btc, OrderDirection.SELL, 0.01));
                    }
                    return input.state();
                }
            };
            BacktestConfig config = BacktestConfig.of(new BotConfig(List.of(btc), RunInterval.H1, "bitfinex", "virtual",
                    null), Map.of("USD", 1000.0), new FillModel(0.002, 0.0005)).withWarmup(50);
            small = Json.write(BacktestJson.write(Backtest.run(bot, config, Map.of(btc, candles), BacktestProgress.NONE)));
        }
        return small;
    }
}
