package io.awstrader.adapters;

import io.awstrader.engine.market.Pair;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exchange's trading rules for one pair: its symbol there, price and amount increments, minimum and maximum order
 * size. Orders are rounded and checked against these before any request is sent.
 *
 * @param pair the platform pair, e.g. {@code BTC/USD}
 * @param symbol the exchange's symbol, e.g. {@code XXBTZUSD}, {@code tBTCUSD}, {@code BTC-USDT}
 * @param priceIncrement the price tick, or null when the exchange gives none
 * @param priceSignificantDigits significant digits prices are rounded to (Bitfinex: 5), 0 when not limited
 * @param amountIncrement the amount step in the base asset, or null when the exchange gives none (8 decimals)
 * @param minAmount the smallest order in the base asset, or null
 * @param maxAmount the largest order in the base asset, or null
 * @param minCost the smallest order value in the quote asset, or null
 * @param tradable false when the exchange has halted trading or allows only cancels
 */
public record PairRules(Pair pair, String symbol, BigDecimal priceIncrement, int priceSignificantDigits,
        BigDecimal amountIncrement, BigDecimal minAmount, BigDecimal maxAmount, BigDecimal minCost, boolean tradable) {

    private static final BigDecimal DEFAULT_AMOUNT_STEP = new BigDecimal("0.00000001");

    /** {@code amount} rounded down to the amount step (never up: that could spend more than is free). */
    public BigDecimal roundAmount(double amount) {
        BigDecimal step = amountIncrement == null ? DEFAULT_AMOUNT_STEP : amountIncrement;
        return toStep(BigDecimal.valueOf(amount), step, RoundingMode.DOWN);
    }

    /** {@code price} rounded to the nearest tick and to the significant digits the exchange accepts. */
    public BigDecimal roundPrice(double price) {
        BigDecimal rounded = BigDecimal.valueOf(price);
        if (priceSignificantDigits > 0) {
            rounded = rounded.round(new MathContext(priceSignificantDigits, RoundingMode.HALF_UP));
        }
        if (priceIncrement != null && priceIncrement.signum() > 0) {
            rounded = toStep(rounded, priceIncrement, RoundingMode.HALF_UP);
        }
        return rounded.stripTrailingZeros();
    }

    /**
     * Why an order of {@code amount} (already rounded) at {@code price} (null for market orders) cannot be placed, or
     * null when it can: below the minimum size or value, above the maximum, trading halted.
     */
    public String problem(String exchangeName, BigDecimal amount, BigDecimal price) {
        if (!tradable) {
            return exchangeName + " does not accept orders for " + pair + " now";
        }
        if (amount.signum() <= 0) {
            return "amount rounds to 0 " + pair.base() + " at " + exchangeName + "'s step of "
                    + plain(amountIncrement == null ? DEFAULT_AMOUNT_STEP : amountIncrement) + " " + pair.base();
        }
        if (minAmount != null && amount.compareTo(minAmount) < 0) {
            return "amount " + plain(amount) + " " + pair.base() + " is below " + exchangeName
                    + "'s minimum order size of " + plain(minAmount) + " " + pair.base() + " for " + pair;
        }
        if (maxAmount != null && maxAmount.signum() > 0 && amount.compareTo(maxAmount) > 0) {
            return "amount " + plain(amount) + " " + pair.base() + " is above " + exchangeName
                    + "'s maximum order size of " + plain(maxAmount) + " " + pair.base() + " for " + pair;
        }
        if (minCost != null && price != null && amount.multiply(price).compareTo(minCost) < 0) {
            return "order value " + plain(amount.multiply(price)) + " " + pair.quote() + " is below " + exchangeName
                    + "'s minimum order value of " + plain(minCost) + " " + pair.quote() + " for " + pair;
        }
        return null;
    }

    /** A decimal as exchanges want it in requests: no exponent, no trailing zeros. */
    public static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text;
    }

    private static BigDecimal toStep(BigDecimal value, BigDecimal step, RoundingMode mode) {
        BigDecimal steps = value.divide(step, 0, mode);
        return steps.multiply(step).stripTrailingZeros();
    }
}
