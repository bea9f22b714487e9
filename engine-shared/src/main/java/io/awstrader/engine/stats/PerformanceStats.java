package io.awstrader.engine.stats;

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
                .put("initialValue", JsonValue.ofDefined(initialValue))
                .put("finalValue", JsonValue.ofDefined(finalValue))
                .put("netProfitPercent", JsonValue.ofDefined(netProfitPercent))
                .put("buyAndHoldPercent", JsonValue.ofDefined(buyAndHoldPercent))
                .put("maxDrawdownPercent", JsonValue.ofDefined(maxDrawdownPercent))
                .put("exposurePercent", JsonValue.ofDefined(exposurePercent))
                .put("trades", trades)
                .put("winRatePercent", JsonValue.ofDefined(winRatePercent))
                .put("profitFactor", JsonValue.ofDefined(profitFactor))
                .put("averageTradePercent", JsonValue.ofDefined(averageTradePercent))
                .put("annualReturnPercent", JsonValue.ofDefined(annualReturnPercent))
                .put("sharpeRatio", JsonValue.ofDefined(sharpeRatio))
                .put("sortinoRatio", JsonValue.ofDefined(sortinoRatio))
                .put("calmarRatio", JsonValue.ofDefined(calmarRatio))
                .put("totalFees", JsonValue.ofDefined(totalFees))
                .put("ordersCount", ordersCount)
                .put("completedOrders", completedOrders)
                .put("cancelledOrders", cancelledOrders)
                .put("errorOrders", errorOrders)
                .put("openOrders", openOrders)
                .build();
    }
}
