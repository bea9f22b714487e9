package io.awstrader.engine.exchange;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderType;

/**
 * How the virtual exchange prices a fill: a fee rate charged on every fill and a slippage rate that moves market
 * and stop fills against the trader. Both rates are fractions, {@code 0 <= rate < 1} (0.002 is 0.2%).
 *
 * <p>Fill rules for an order that a candle considers (see {@link VirtualExchange#onCandle}):
 * <ul>
 *   <li>market: always fills, at {@code open × (1 + slippage)} for a buy, {@code open × (1 − slippage)} for a sell;</li>
 *   <li>limit buy: fills when {@code low <= price}, at {@code min(open, price)}; limit sell: when
 *       {@code high >= price}, at {@code max(open, price)}. A candle that opens beyond the limit fills at its
 *       better open. No slippage on limit orders;</li>
 *   <li>stop buy: triggers when {@code high >= stopPrice} and executes as a market order at
 *       {@code max(open, stopPrice) × (1 + slippage)}; stop sell: triggers when {@code low <= stopPrice}, at
 *       {@code min(open, stopPrice) × (1 − slippage)}. A candle that gaps through the stop fills at its open.</li>
 * </ul>
 * The fee is {@code feeRate × executedPrice × amount}, in the quote asset, on every fill.
 */
public record FillModel(double feeRate, double slippageRate) {

    /** No fees and no slippage. */
    public static final FillModel FREE = new FillModel(0, 0);

    public FillModel {
        checkRate(feeRate, "feeRate");
        checkRate(slippageRate, "slippageRate");
    }

    private static void checkRate(double rate, String name) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException(name + " must be a fraction with 0 <= rate < 1 (0.002 is 0.2%), got "
                    + rate);
        }
    }

    /**
     * The price at which {@code order} fills within {@code candle}, slippage included, or {@code NaN} when the
     * candle does not reach the order's limit or stop price.
     */
    public double fillPrice(Order order, Candle candle) {
        boolean buy = order.isBuy();
        OrderType type = order.type();
        if (type == OrderType.MARKET) {
            return buy ? buyPrice(candle.open()) : sellPrice(candle.open());
        }
        if (type == OrderType.LIMIT) {
            double limit = order.price();
            if (buy) {
                return candle.low() <= limit ? Math.min(candle.open(), limit) : Double.NaN;
            }
            return candle.high() >= limit ? Math.max(candle.open(), limit) : Double.NaN;
        }
        double stop = order.stopPrice();
        if (buy) {
            return candle.high() >= stop ? buyPrice(Math.max(candle.open(), stop)) : Double.NaN;
        }
        return candle.low() <= stop ? sellPrice(Math.min(candle.open(), stop)) : Double.NaN;
    }

    /**
     * The quote a buy order reserves when placed: {@link #buyCost} at its worst expected price. That is the limit
     * price for a limit order; {@code marketPrice × (1 + slippage)} for a market order; for a stop order the stop
     * price, or the market price when that is higher (a stop below the market triggers at once), times
     * {@code (1 + slippage)}. A limit buy never costs more than it reserved; a market or stop buy can, when the
     * next candle opens higher.
     */
    public double buyReservation(Order order) {
        if (order.type() == OrderType.LIMIT) {
            return buyCost(order.amount(), order.price());
        }
        double reference = order.type() == OrderType.MARKET ? order.marketPrice() : order.stopPrice();
        if (order.type() == OrderType.STOP && order.marketPrice() > reference) {
            reference = order.marketPrice();
        }
        return buyCost(order.amount(), buyPrice(reference));
    }

    /** What buying {@code amount} at {@code price} takes from the quote balance: value plus fee. */
    public double buyCost(double amount, double price) {
        double value = price * amount;
        return value + fee(value);
    }

    /** The fee on a fill worth {@code value} in the quote asset. */
    public double fee(double value) {
        return feeRate * value;
    }

    /** A buy's execution price for a reference price: slippage makes the buyer pay more. */
    public double buyPrice(double reference) {
        return reference * (1 + slippageRate);
    }

    /** A sell's execution price for a reference price: slippage makes the seller get less. */
    public double sellPrice(double reference) {
        return reference * (1 - slippageRate);
    }
}
