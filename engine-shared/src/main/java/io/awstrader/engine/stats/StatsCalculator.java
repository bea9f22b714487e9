package io.awstrader.engine.stats;

import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link PerformanceStats} in one pass over the equity curve (plus the fills). Definitions:
 * <ul>
 * <li>netProfitPercent = (final / initial - 1) * 100.</li>
 * <li>buyAndHoldPercent: the initial value split equally across the pairs at their first close and held to their
 *     last close, without fees: (mean over pairs of lastClose / firstClose - 1) * 100; NaN without pairs.</li>
 * <li>maxDrawdownPercent = max over t of (1 - V_t / peak_t) * 100, peak_t the highest equity up to t; 0 when
 *     equity never falls.</li>
 * <li>exposurePercent: share of candles whose held value (non-quote assets) exceeds 0.5% of equity, so dust left
 *     after a sale does not count as being in the market.</li>
 * <li>trades: closed round trips ({@link RoundTrips}); winRatePercent = trades with profit &gt; 0 / trades * 100;
 *     profitFactor = gross profit / gross loss; averageTradePercent = mean of {@link Trade#returnPercent()}.
 *     All NaN without trades; profitFactor is also NaN without a losing trade (it would be infinite, which JSON
 *     cannot carry).</li>
 * <li>Per-candle simple returns r_t = V_t / V_(t-1) - 1 (n - 1 of them), periods per year P = 365 days /
 *     interval. sharpeRatio = mean(r) / sampleStdDev(r) * sqrt(P), risk-free 0; NaN with fewer than 2 returns or
 *     zero deviation (flat equity). sortinoRatio = mean(r) / downsideDeviation * sqrt(P), downside deviation =
 *     sqrt(sum of min(r_t, 0)^2 / (n - 1)) over all periods; NaN when no return is negative.</li>
 * <li>annualReturnPercent (CAGR) = ((final / initial)^(P / (n - 1)) - 1) * 100, the run's length taken as
 *     (n - 1) intervals; NaN for a single candle. calmarRatio = CAGR / max drawdown (both as fractions); NaN
 *     without a drawdown or when not finite.</li>
 * <li>totalFees: fees of all fills. ordersCount: all orders; open = pending + placed.</li>
 * </ul>
 */
public final class StatsCalculator {
    /** Held value above this share of equity counts as market exposure. */
    static final double EXPOSURE_THRESHOLD = 0.005;
    private static final double MINUTES_PER_YEAR = 365.0 * 24 * 60;

    private StatsCalculator() {
    }

    /**
     * Statistics of a run. {@code closes} maps each traded pair to its closes at the curve's candle times (same
     * length as the curve, positive); {@code orders} are all the run's orders, in any status.
     */
    public static PerformanceStats compute(EquityCurve curve, Map<Pair, double[]> closes, List<Order> orders,
                                           RunInterval interval) {
        if (curve == null) {
            throw new IllegalArgumentException("equity curve is missing");
        }
        if (interval == null) {
            throw new IllegalArgumentException("run interval is missing; it sets the annualisation");
        }
        int n = curve.size();
        double initial = curve.initialValue();
        double last = curve.finalValue();
        double periodsPerYear = MINUTES_PER_YEAR / interval.minutes();

        // One pass: drawdown, exposure and the returns. TeaVM 0.15 prints a + (b - c) as a + b - c for doubles,
        // so sums only ever add a stored value: returns[] keeps "v / previous - 1" from being inlined into one.
        double peak = initial;
        double maxDrawdown = 0;
        int exposed = 0;
        int count = n - 1;
        double[] returns = new double[count];
        double sumReturns = 0;
        for (int i = 0; i < n; i++) {
            double v = curve.equity(i);
            if (v > peak) {
                peak = v;
            }
            maxDrawdown = Math.max(maxDrawdown, 1 - v / peak);
            if (curve.heldValue(i) > EXPOSURE_THRESHOLD * v) {
                exposed++;
            }
            if (i > 0) {
                returns[i - 1] = v / curve.equity(i - 1) - 1;
                sumReturns += returns[i - 1];
            }
        }
        double mean = count > 0 ? sumReturns / count : Double.NaN;
        // second pass over the returns for the deviations (two passes keep them accurate)
        double squares = 0;
        double downside = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
            if (r < 0) {
                downside += r * r;
            }
        }
        double sqrtP = Math.sqrt(periodsPerYear);
        double std = count >= 2 ? Math.sqrt(squares / (count - 1)) : Double.NaN;
        double sharpe = std > 0 ? mean / std * sqrtP : Double.NaN;
        double downsideDeviation = count >= 1 ? Math.sqrt(downside / count) : Double.NaN;
        double sortino = downsideDeviation > 0 ? mean / downsideDeviation * sqrtP : Double.NaN;
        double cagr = count > 0 ? PortableMath.pow(last / initial, periodsPerYear / count) - 1 : Double.NaN;
        double calmar = maxDrawdown > 0 ? cagr / maxDrawdown : Double.NaN;

        List<Trade> trades = RoundTrips.of(orders);
        int wins = 0;
        double grossProfit = 0;
        double grossLoss = 0;
        double sumTradeReturns = 0;
        for (Trade trade : trades) {
            double profit = trade.profit();
            if (profit > 0) {
                wins++;
                grossProfit += profit;
            } else if (profit < 0) {
                grossLoss -= profit;
            }
            sumTradeReturns += trade.returnPercent();
        }
        int tradeCount = trades.size();

        int completed = 0;
        int cancelled = 0;
        int error = 0;
        int open = 0;
        double fees = 0;
        for (Order order : orders) {
            switch (order.status()) {
                case COMPLETED -> completed++;
                case CANCELLED -> cancelled++;
                case ERROR -> error++;
                case PENDING, PLACED -> open++;
            }
            if (RoundTrips.isFill(order)) {
                fees += order.fee();
            }
        }

        return new PerformanceStats(
                initial,
                last,
                (last / initial - 1) * 100,
                buyAndHoldPercent(closes, n),
                maxDrawdown * 100,
                (double) exposed / n * 100,
                tradeCount,
                tradeCount > 0 ? (double) wins / tradeCount * 100 : Double.NaN,
                grossLoss > 0 ? grossProfit / grossLoss : Double.NaN,
                tradeCount > 0 ? sumTradeReturns / tradeCount : Double.NaN,
                finite(cagr) * 100,
                sharpe,
                sortino,
                finite(calmar),
                fees,
                orders.size(),
                completed,
                cancelled,
                error,
                open);
    }

    private static double buyAndHoldPercent(Map<Pair, double[]> closes, int n) {
        if (closes == null || closes.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Map.Entry<Pair, double[]> e : new TreeMap<>(closes).entrySet()) { // pair order: a fixed sum order
            double[] c = e.getValue();
            if (c == null || c.length != n) {
                throw new IllegalArgumentException("closes of " + e.getKey() + " must have one value per candle ("
                        + n + "), got " + (c == null ? "none" : c.length));
            }
            for (int i = 0; i < n; i++) {
                if (!(c[i] > 0) || Double.isInfinite(c[i])) {
                    throw new IllegalArgumentException("close of " + e.getKey() + " at candle " + i
                            + " must be a positive number, got " + c[i]);
                }
            }
            sum += c[n - 1] / c[0];
        }
        return (sum / closes.size() - 1) * 100;
    }

    private static double finite(double v) {
        return Double.isInfinite(v) ? Double.NaN : v;
    }
}
