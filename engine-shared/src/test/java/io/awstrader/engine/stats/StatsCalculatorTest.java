package io.awstrader.engine.stats;

import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.awstrader.engine.orders.OrderDirection.BUY;
import static io.awstrader.engine.orders.OrderDirection.SELL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsCalculatorTest {
    static final Pair BTC = Pair.parse("BTC/USD");
    static final Pair ETH = Pair.parse("ETH/USD");
    static final double DAY = RunInterval.D1.millis();
    static final double EPS = 1e-12;

    static Order fill(String id, Pair pair, OrderDirection direction, double amount, double price, double fee,
                      double time) {
        return Order.pending(id, OrderRequest.market(pair, direction, amount), price, time)
                .completed(time, price, amount, fee);
    }

    static EquityCurve daily(double[] equity, double[] held) {
        double[] times = new double[equity.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = i * DAY;
        }
        return new EquityCurve(times, equity, held);
    }

    static PerformanceStats stats(EquityCurve curve) {
        return StatsCalculator.compute(curve, Map.of(), List.of(), RunInterval.D1);
    }

    static void near(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * EPS + EPS);
    }

    @Test
    void returnDrawdownExposureAndRatiosOfASmallCurve() {
        // equity 100, 110, 99, 121 over daily candles; held value 0, 60, 0.4, 50
        PerformanceStats s = stats(daily(new double[] {100, 110, 99, 121}, new double[] {0, 60, 0.4, 50}));
        near(100, s.initialValue());
        near(121, s.finalValue());
        near(21, s.netProfitPercent()); // 121 / 100 - 1
        near(10, s.maxDrawdownPercent()); // peak 110, trough 99: 1 - 99/110 = 0.1
        // exposure threshold 0.5% of equity: 0 > 0.5 no, 60 > 0.55 yes, 0.4 > 0.495 no, 50 > 0.605 yes: 2 of 4
        near(50, s.exposurePercent());
        // returns 0.1, -0.1, 22/99 = 2/9; mean 2/27; deviations 7/270, -47/270, 40/270;
        // sample variance (49 + 2209 + 1600) / 72900 / 2 = 1929/72900, sd = sqrt(1929)/270;
        // Sharpe = (2/27) / (sqrt(1929)/270) * sqrt(365) = 20 * sqrt(365/1929) = 8.69982...
        near(20 * Math.sqrt(365.0 / 1929), s.sharpeRatio());
        // downside deviation sqrt(0.1^2 / 3) = 0.1/sqrt(3); Sortino = (2/27)/(0.1/sqrt(3))*sqrt(365) = 24.5117...
        near(20 * Math.sqrt(3) / 27 * Math.sqrt(365), s.sortinoRatio());
        // CAGR over 3 daily periods: 1.21^(365/3) - 1 = 1.18e10; Calmar = CAGR / 0.1
        double cagr = Math.pow(1.21, 365.0 / 3) - 1;
        assertEquals(cagr * 100, s.annualReturnPercent(), cagr * 100 * 1e-11);
        assertEquals(cagr / 0.1, s.calmarRatio(), cagr / 0.1 * 1e-11);
        assertEquals(8.69982094045965, s.sharpeRatio(), 1e-12, "independent arithmetic (Python)");
    }

    @Test
    void annualReturnAndCalmarOverWholeYears() {
        // 366 daily candles = 365 returns = exactly one year: 100 -> 150 is a 50% CAGR
        double[] equity = new double[366];
        for (int i = 0; i < equity.length; i++) {
            equity[i] = 100 + 50.0 * i / 365;
        }
        equity[100] = 0.8 * equity[99]; // one 20% dip, recovered the next day
        PerformanceStats s = stats(daily(equity, new double[366]));
        near(50, s.annualReturnPercent());
        near(20, s.maxDrawdownPercent());
        near(2.5, s.calmarRatio()); // 0.5 / 0.2
        // two years, 100 -> 144: (1.44)^(1/2) - 1 = 20%
        double[] twoYears = new double[731];
        for (int i = 0; i < twoYears.length; i++) {
            twoYears[i] = 100 + 44.0 * i / 730;
        }
        near(20, stats(daily(twoYears, new double[731])).annualReturnPercent());
        // hourly: 8760 periods a year, so 8761 candles from 100 to 121 is 21% a year
        double[] times = new double[8761];
        double[] hourly = new double[8761];
        for (int i = 0; i < hourly.length; i++) {
            times[i] = i * RunInterval.H1.millis();
            hourly[i] = 100 + 21.0 * i / 8760;
        }
        PerformanceStats h = StatsCalculator.compute(new EquityCurve(times, hourly, new double[8761]), Map.of(),
                List.of(), RunInterval.H1);
        near(21, h.annualReturnPercent());
    }

    @Test
    void buyAndHoldSplitsTheInitialValueEquallyAcrossPairs() {
        // BTC 100 -> 150 (x1.5), ETH 10 -> 8 (x0.8): half the money in each gives x1.15, i.e. +15%
        Map<Pair, double[]> closes = Map.of(BTC, new double[] {100, 90, 150}, ETH, new double[] {10, 12, 8});
        PerformanceStats s = StatsCalculator.compute(daily(new double[] {1000, 1000, 1000}, new double[3]), closes,
                List.of(), RunInterval.D1);
        near(15, s.buyAndHoldPercent());
        near(50, StatsCalculator.compute(daily(new double[] {1, 1, 1}, new double[3]),
                Map.of(BTC, new double[] {100, 90, 150}), List.of(), RunInterval.D1).buyAndHoldPercent());
        assertTrue(Double.isNaN(stats(daily(new double[] {1}, new double[1])).buyAndHoldPercent()), "no pairs");
    }

    @Test
    void tradesWinRateProfitFactorAndFees() {
        List<Order> orders = List.of(
                // BTC trade 1: cost 1*100 + 1 = 101; proceeds (0.5*120 - 0.6) + (0.5*110 - 0.55) = 113.85
                fill("1", BTC, BUY, 1, 100, 1, 1),
                fill("2", BTC, SELL, 0.5, 120, 0.6, 2),
                fill("3", BTC, SELL, 0.5, 110, 0.55, 3),
                // BTC trade 2: cost 100, proceeds 90 - 0.9 = 89.1, profit -10.9 (-10.9%)
                fill("4", BTC, BUY, 2, 50, 0, 4),
                fill("5", BTC, SELL, 2, 45, 0.9, 5),
                // ETH trade: cost 100.1, proceeds 99.9, profit -0.2 (-0.1998%)
                fill("6", ETH, BUY, 10, 10, 0.1, 6),
                fill("7", ETH, SELL, 10, 10, 0.1, 7),
                Order.pending("8", OrderRequest.limit(BTC, BUY, 1, 10), 50, 8).placed("x8", 8).cancelled(9),
                Order.pending("9", OrderRequest.market(BTC, BUY, 100), 50, 9).rejected("not enough USD", 9),
                Order.pending("10", OrderRequest.limit(BTC, BUY, 1, 10), 50, 10).placed("x10", 10),
                Order.pending("11", OrderRequest.limit(BTC, SELL, 1, 99), 50, 11));
        PerformanceStats s = StatsCalculator.compute(daily(new double[] {100, 100}, new double[2]), Map.of(),
                orders, RunInterval.D1);
        assertEquals(3, s.trades());
        near(100.0 / 3, s.winRatePercent()); // 1 winner of 3
        near(12.85 / 11.1, s.profitFactor()); // gross profit 12.85 / gross loss (10.9 + 0.2)
        // mean of 12.85/101*100 = 12.7228%, -10.9%, -0.2/100.1*100 = -0.1998%
        near((12.85 / 101 * 100 - 10.9 - 0.2 / 100.1 * 100) / 3, s.averageTradePercent());
        near(1 + 0.6 + 0.55 + 0 + 0.9 + 0.1 + 0.1, s.totalFees());
        assertEquals(11, s.ordersCount());
        assertEquals(7, s.completedOrders());
        assertEquals(1, s.cancelledOrders());
        assertEquals(1, s.errorOrders());
        assertEquals(2, s.openOrders()); // placed + pending

        List<Trade> trades = RoundTrips.of(orders);
        Trade first = trades.get(0);
        assertEquals(BTC, first.pair());
        assertEquals(1, first.openedAt());
        assertEquals(3, first.closedAt());
        near(1, first.amount());
        near(101, first.cost());
        near(113.85, first.proceeds());
        near(12.85, first.profit());
        near(2.15, first.fees());
        assertEquals(ETH, trades.get(2).pair());
    }

    @Test
    void allLosingTradesGiveZeroWinRateAndZeroProfitFactor() {
        List<Order> orders = List.of(fill("1", BTC, BUY, 1, 100, 0, 1), fill("2", BTC, SELL, 1, 90, 0, 2),
                fill("3", BTC, BUY, 1, 100, 0, 3), fill("4", BTC, SELL, 1, 95, 0, 4));
        PerformanceStats s = StatsCalculator.compute(daily(new double[] {200, 185}, new double[2]), Map.of(),
                orders, RunInterval.D1);
        assertEquals(2, s.trades());
        assertEquals(0, s.winRatePercent());
        assertEquals(0, s.profitFactor()); // 0 gross profit / 15 gross loss
        near(-7.5, s.averageTradePercent()); // (-10% + -5%) / 2
    }

    @Test
    void noLosingTradeLeavesProfitFactorUndefined() {
        List<Order> orders = List.of(fill("1", BTC, BUY, 1, 100, 0, 1), fill("2", BTC, SELL, 1, 110, 0, 2));
        PerformanceStats s = StatsCalculator.compute(daily(new double[] {100, 110}, new double[2]), Map.of(),
                orders, RunInterval.D1);
        near(100, s.winRatePercent());
        assertTrue(Double.isNaN(s.profitFactor()));
        assertTrue(Json.write(s.toJson()).contains("\"profitFactor\":null"));
    }

    @Test
    void noTradesLeavesTradeStatsUndefined() {
        PerformanceStats s = stats(daily(new double[] {100, 101}, new double[2]));
        assertEquals(0, s.trades());
        assertTrue(Double.isNaN(s.winRatePercent()));
        assertTrue(Double.isNaN(s.profitFactor()));
        assertTrue(Double.isNaN(s.averageTradePercent()));
        assertEquals(0, s.totalFees());
        assertEquals(0, s.ordersCount());
    }

    @Test
    void flatEquityHasNoDrawdownAndUndefinedRatios() {
        PerformanceStats s = stats(daily(new double[] {100, 100, 100, 100}, new double[4]));
        assertEquals(0, s.netProfitPercent());
        assertEquals(0, s.maxDrawdownPercent());
        assertEquals(0, s.annualReturnPercent());
        assertTrue(Double.isNaN(s.sharpeRatio()), "zero deviation: Sharpe undefined");
        assertTrue(Double.isNaN(s.sortinoRatio()), "no negative return: Sortino undefined");
        assertTrue(Double.isNaN(s.calmarRatio()), "no drawdown: Calmar undefined");
        assertEquals(0, s.exposurePercent());
    }

    @Test
    void singleCandle() {
        PerformanceStats s = stats(daily(new double[] {100}, new double[] {30}));
        assertEquals(0, s.netProfitPercent());
        assertEquals(0, s.maxDrawdownPercent());
        assertEquals(100, s.exposurePercent());
        assertTrue(Double.isNaN(s.sharpeRatio()));
        assertTrue(Double.isNaN(s.sortinoRatio()));
        assertTrue(Double.isNaN(s.annualReturnPercent()));
        assertTrue(Double.isNaN(s.calmarRatio()));
    }

    @Test
    void twoCandlesHaveSortinoButNoSharpe() {
        PerformanceStats s = stats(daily(new double[] {100, 90}, new double[2]));
        assertTrue(Double.isNaN(s.sharpeRatio()), "one return has no sample deviation");
        // mean -0.1, downside deviation sqrt(0.01/1) = 0.1: Sortino = -1 * sqrt(365)
        near(-Math.sqrt(365), s.sortinoRatio());
    }

    /** Simulates a cash/BTC ledger through buy-then-sell fills: the trade's profit is exactly the equity change. */
    @Test
    void tradeProfitReconcilesWithEquityChange() {
        double[] closes = {100, 100, 130, 130};
        List<Order> orders = List.of(fill("b", BTC, BUY, 2, 100, 0.2, DAY), fill("s", BTC, SELL, 2, 130, 0.26, 3 * DAY));
        double cash = 1000;
        double btc = 0;
        double[] equity = new double[4];
        double[] held = new double[4];
        int next = 0;
        for (int i = 0; i < 4; i++) {
            while (next < orders.size() && orders.get(next).closedAt() == i * DAY) {
                Order o = orders.get(next++);
                double notional = o.executedAmount() * o.executedPrice();
                cash += o.isBuy() ? -notional - o.fee() : notional - o.fee();
                btc += o.isBuy() ? o.executedAmount() : -o.executedAmount();
            }
            held[i] = btc * closes[i];
            equity[i] = cash + held[i];
        }
        PerformanceStats s = StatsCalculator.compute(daily(equity, held), Map.of(BTC, closes), orders,
                RunInterval.D1);
        Trade trade = RoundTrips.of(orders).get(0);
        // cash 1000 -> 799.8 after the buy (200 + 0.2 fee) -> 1059.54 after the sale (260 - 0.26 fee)
        near(1059.54, s.finalValue());
        near(s.finalValue() - s.initialValue(), trade.profit());
        near(59.54, trade.profit());
        near(s.netProfitPercent(), trade.profit() / s.initialValue() * 100);
        near(30, s.buyAndHoldPercent());
        near(0.46, s.totalFees());
        near(50, s.exposurePercent()); // held BTC at candles 1 and 2 of 4
        // the fees are the only dips: 1000 -> 999.8 (0.02%) and 1059.8 -> 1059.54 (0.0245%)
        near((1 - 1059.54 / 1059.8) * 100, s.maxDrawdownPercent());
    }

    @Test
    void partialReductionsSellsBeyondThePositionAndDust() {
        List<Order> orders = new ArrayList<>(List.of(
                fill("0", BTC, SELL, 1, 100, 0, 0), // sells BTC held before the run: no trade
                fill("1", BTC, BUY, 0.1, 100, 0, 1),
                fill("2", BTC, BUY, 0.2, 100, 0, 2),
                fill("3", BTC, SELL, 0.3, 120, 0, 3), // 0.1 + 0.2 - 0.3 leaves 5.6e-17 BTC: flat
                fill("4", BTC, BUY, 1, 100, 0, 4),
                fill("5", BTC, SELL, 1.5, 110, 1.5, 5))); // only 1 of 1.5 is this trade's: fee share 1
        List<Trade> trades = RoundTrips.of(orders);
        assertEquals(2, trades.size());
        near(0.3 * 120 - 30, trades.get(0).profit());
        near(110 - 1 - 100, trades.get(1).profit());
        near(1, trades.get(1).fees());
        // a cancelled order's partial execution is a fill too; fills are taken in time order
        Order partial = Order.pending("6", OrderRequest.limit(ETH, BUY, 2, 10), 10, 7).placed("x", 7)
                .completed(7, 10, 1, 0).cancelled(8);
        orders.add(fill("7", ETH, SELL, 1, 12, 0, 9));
        orders.add(partial);
        List<Trade> withEth = RoundTrips.of(orders);
        assertEquals(3, withEth.size());
        near(2, withEth.get(2).profit());
    }

    @Test
    void jsonHasStableKeysAndNullsForUndefinedValues() {
        PerformanceStats s = stats(daily(new double[] {100, 150}, new double[] {0, 75}));
        assertEquals("{\"initialValue\":100,\"finalValue\":150,\"netProfitPercent\":50,\"buyAndHoldPercent\":null,"
                + "\"maxDrawdownPercent\":0,\"exposurePercent\":50,\"trades\":0,\"winRatePercent\":null,"
                + "\"profitFactor\":null,\"averageTradePercent\":null,\"annualReturnPercent\":"
                + NumberText.format(s.annualReturnPercent()) + ",\"sharpeRatio\":null,"
                + "\"sortinoRatio\":null,\"calmarRatio\":null,\"totalFees\":0,\"ordersCount\":0,\"completedOrders\":0,"
                + "\"cancelledOrders\":0,\"errorOrders\":0,\"openOrders\":0}", Json.write(s.toJson()));
    }

    @Test
    void refusesBadInput() {
        EquityCurve ok = daily(new double[] {1, 2}, new double[2]);
        assertMessage("equity curve is empty", () -> new EquityCurve(new double[0], new double[0], new double[0]));
        assertMessage("columns differ in length", () -> new EquityCurve(new double[2], new double[1], new double[2]));
        assertMessage("strictly increasing", () -> new EquityCurve(new double[] {1, 1}, new double[] {1, 1},
                new double[2]));
        assertMessage("equity must be a positive number; candle 1 has NaN",
                () -> daily(new double[] {1, Double.NaN}, new double[2]));
        assertMessage("equity must be a positive number; candle 0 has 0.0", () -> daily(new double[] {0, 1},
                new double[2]));
        assertMessage("held value must be a non-negative number", () -> daily(new double[] {1, 1},
                new double[] {0, -1}));
        assertMessage("closes of BTC/USD must have one value per candle (2), got 3",
                () -> StatsCalculator.compute(ok, Map.of(BTC, new double[3]), List.of(), RunInterval.D1));
        assertMessage("close of BTC/USD at candle 1 must be a positive number, got NaN",
                () -> StatsCalculator.compute(ok, Map.of(BTC, new double[] {1, Double.NaN}), List.of(),
                        RunInterval.D1));
        assertMessage("orders are missing", () -> StatsCalculator.compute(ok, Map.of(), null, RunInterval.D1));
        assertMessage("run interval is missing", () -> StatsCalculator.compute(ok, Map.of(), List.of(), null));
        Order noTime = new Order("z", null, BTC, io.awstrader.engine.orders.OrderType.MARKET, BUY, 1, Double.NaN,
                Double.NaN, io.awstrader.engine.orders.OrderStatus.COMPLETED, null, 1, 0, 0, Double.NaN, 1, 1, 0);
        assertMessage("order z (completed) needs a closedAt time, got NaN",
                () -> StatsCalculator.compute(ok, Map.of(), List.of(noTime), RunInterval.D1));
    }

    @Test
    void equityCurveBuilderGrows() {
        EquityCurve.Builder b = EquityCurve.builder();
        for (int i = 0; i < 1000; i++) {
            b.add(i * DAY, 100 + i, i % 2);
        }
        EquityCurve curve = b.build();
        assertEquals(1000, curve.size());
        assertEquals(1099, curve.finalValue());
        assertEquals(1, curve.heldValue(999));
        assertEquals(998 * DAY, curve.time(998));
    }

    static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
