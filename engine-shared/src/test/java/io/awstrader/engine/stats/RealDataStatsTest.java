package io.awstrader.engine.stats;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A buy-and-hold run over real Bitfinex BTC/USD hours: the strategy's stats must equal the market's. */
class RealDataStatsTest {

    @Test
    void buyAndHoldRunMatchesTheBenchmarkAndThePriceDrawdown() throws IOException {
        CandleSeries candles = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv")))
                .series();
        int n = candles.size();
        double[] times = new double[n];
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = candles.time(i);
            closes[i] = candles.close(i);
        }
        // spend 10,000 USD on BTC at the first close, no fee, and hold
        Pair btc = Pair.parse("BTC/USD");
        double amount = 10_000 / closes[0];
        Order buy = Order.pending("1", OrderRequest.market(btc, OrderDirection.BUY, amount), closes[0], times[0])
                .completed(times[0], closes[0], amount, 0);
        double[] equity = new double[n];
        for (int i = 0; i < n; i++) {
            equity[i] = amount * closes[i];
        }
        PerformanceStats s = StatsCalculator.compute(new EquityCurve(times, equity, equity), Map.of(btc, closes),
                List.of(buy), RunInterval.H1);

        assertEquals(s.buyAndHoldPercent(), s.netProfitPercent(), 1e-9);
        assertEquals(100, s.exposurePercent());
        assertEquals(0, s.trades(), "a position still open at the end is not a trade");
        double peak = closes[0];
        double worst = 0;
        for (double c : closes) {
            peak = Math.max(peak, c);
            worst = Math.max(worst, 1 - c / peak);
        }
        assertEquals(worst * 100, s.maxDrawdownPercent(), 1e-9);
        assertTrue(s.sharpeRatio() > 0 && s.sortinoRatio() > s.sharpeRatio(), Json.write(s.toJson()));
        assertEquals(s.toJson(), Json.parse(Json.write(s.toJson())), "the stats' JSON reads back to itself");
    }
}
