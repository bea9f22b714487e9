package io.awstrader.engine.stats;

import io.awstrader.engine.json.JsonNull;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;

import java.util.List;
import java.util.Map;

/**
 * Performance statistics of one run; see {@link StatsCalculator} for each definition. Money is in the quote
 * asset, percentages are in percent (12.5 means 12.5%). {@code NaN} means "not defined for this run" (no trades,
 * no losing trade, flat equity, a single candle...) and is written to JSON as {@code null}.
 */
public record PerformanceStats(
        double initialValue,
        double finalValue,
        double netProfitPercent,
        double buyAndHoldPercent,
        double maxDrawdownPercent,
        double exposurePercent,
        int trades,
        double winRatePercent,
        double profitFactor,
        double averageTradePercent,
        double annualReturnPercent,
        double sharpeRatio,
        double sortinoRatio,
        double calmarRatio,
        double totalFees,
        int ordersCount,
        int completedOrders,
        int cancelledOrders,
        int errorOrders,
        int openOrders) {

    /** Shorthand for {@link StatsCalculator#compute}. */
    public static PerformanceStats compute(EquityCurve curve, Map<Pair, double[]> closes, List<Order> orders,
                                           RunInterval interval) {
        return StatsCalculator.compute(curve, closes, orders, interval);
    }

    /** The statistics as a JSON object with keys in declaration order; NaN and infinities become null. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("initialValue", number(initialValue))
                .put("finalValue", number(finalValue))
                .put("netProfitPercent", number(netProfitPercent))
                .put("buyAndHoldPercent", number(buyAndHoldPercent))
                .put("maxDrawdownPercent", number(maxDrawdownPercent))
                .put("exposurePercent", number(exposurePercent))
                .put("trades", trades)
                .put("winRatePercent", number(winRatePercent))
                .put("profitFactor", number(profitFactor))
                .put("averageTradePercent", number(averageTradePercent))
                .put("annualReturnPercent", number(annualReturnPercent))
                .put("sharpeRatio", number(sharpeRatio))
                .put("sortinoRatio", number(sortinoRatio))
                .put("calmarRatio", number(calmarRatio))
                .put("totalFees", number(totalFees))
                .put("ordersCount", ordersCount)
                .put("completedOrders", completedOrders)
                .put("cancelledOrders", cancelledOrders)
                .put("errorOrders", errorOrders)
                .put("openOrders", openOrders)
                .build();
    }

    private static JsonValue number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? JsonNull.INSTANCE : new JsonNumber(value);
    }
}
