package io.awstrader.engine.exchange;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.engine.portfolio.Portfolio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.awstrader.engine.orders.OrderDirection.BUY;
import static io.awstrader.engine.orders.OrderDirection.SELL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-computed fills: fee 0.2%, slippage 0.05%, BTC/USD, hourly candles; orders placed at the close of candle 0. */
class VirtualExchangeTest {
    static final Pair BTC_USD = new Pair("BTC", "USD");
    static final Pair ETH_USD = new Pair("ETH", "USD");
    static final double H = 3_600_000;
    static final FillModel MODEL = new FillModel(0.002, 0.0005);
    static final double EPS = 1e-9;

    static VirtualExchange exchange(double usd, double btc) {
        return new VirtualExchange(MODEL, Portfolio.of(Map.of("USD", usd, "BTC", btc)));
    }

    static Order market(String id, OrderDirection direction, double amount, double marketPrice) {
        return Order.pending(id, OrderRequest.market(BTC_USD, direction, amount), marketPrice, H);
    }

    static Order limit(String id, OrderDirection direction, double amount, double price) {
        return Order.pending(id, OrderRequest.limit(BTC_USD, direction, amount, price), 20000, H);
    }

    static Order stop(String id, OrderDirection direction, double amount, double stopPrice) {
        return Order.pending(id, OrderRequest.stop(BTC_USD, direction, amount, stopPrice), 20000, H);
    }

    /** Candle 1 opens at H, the time orders are placed (the close of candle 0). */
    static Candle candle1(double open, double high, double low, double close) {
        return new Candle(H, open, high, low, close, 10);
    }

    static void assertBalance(VirtualExchange ex, String asset, double free, double total) {
        Balance b = ex.portfolio().balance(asset);
        assertEquals(total, b.total(), EPS, asset + " total");
        assertEquals(free, b.free(), EPS, asset + " free");
    }

    static void assertFilled(Order o, double price, double amount, double fee) {
        assertEquals(OrderStatus.COMPLETED, o.status(), () -> "status of " + o);
        assertEquals(price, o.executedPrice(), EPS, "executed price");
        assertEquals(amount, o.executedAmount(), EPS, "executed amount");
        assertEquals(fee, o.fee(), EPS, "fee");
        assertEquals(H, o.closedAt(), "closed at the candle's open time");
    }

    @Nested
    class MarketOrders {
        @Test
        void buyReservesAtMarketPriceWithSlippageAndFeeAndFillsAtOpenPlusSlippage() {
            VirtualExchange ex = exchange(10000, 1);
            Order placed = ex.place(market("b", BUY, 0.1, 20000), H);
            assertEquals(OrderStatus.PLACED, placed.status());
            assertEquals("v-1", placed.foreignId());
            assertEquals(H, placed.placedAt());
            // 0.1 × 20000 × 1.0005 × 1.002 = 2005.002
            assertBalance(ex, "USD", 10000 - 2005.002, 10000);

            List<Order> changed = ex.onCandle(BTC_USD, candle1(20100, 20300, 20000, 20200));
            // 20100 × 1.0005 = 20110.05; value 2011.005; fee 4.02201; cost 2015.02701 (above the reservation: covered by free)
            assertEquals(1, changed.size());
            assertFilled(changed.get(0), 20110.05, 0.1, 4.02201);
            assertBalance(ex, "USD", 7984.97299, 7984.97299);
            assertBalance(ex, "BTC", 1.1, 1.1);
            assertEquals(4.02201, ex.totalFees(), EPS);
            assertEquals(4.02201, ex.totalFees("USD"), EPS);
            assertTrue(ex.openOrders().isEmpty());
        }

        @Test
        void buyAtAnUnchangedPriceCostsExactlyWhatItReserved() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(market("b", BUY, 0.1, 20000), H);
            Order filled = ex.onCandle(BTC_USD, candle1(20000, 20000, 20000, 20000)).get(0);
            // 20010 × 0.1 = 2001; fee 4.002; cost 2005.002 = the reservation
            assertFilled(filled, 20010, 0.1, 4.002);
            assertBalance(ex, "USD", 7994.998, 7994.998);
        }

        @Test
        void sellReservesBaseAndFillsAtOpenMinusSlippage() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(market("s", SELL, 0.5, 20000), H);
            assertBalance(ex, "BTC", 0.5, 1);
            assertBalance(ex, "USD", 10000, 10000);
            Order filled = ex.onCandle(BTC_USD, candle1(20000, 20100, 19800, 19900)).get(0);
            // 20000 × 0.9995 = 19990; value 9995; fee 19.99; proceeds 9975.01
            assertFilled(filled, 19990, 0.5, 19.99);
            assertBalance(ex, "BTC", 0.5, 0.5);
            assertBalance(ex, "USD", 19975.01, 19975.01);
        }

        @Test
        void gapUpBuyThatFreeFundsCannotCoverBecomesAnErrorAndHoldsNothing() {
            VirtualExchange ex = exchange(1000, 0);
            ex.place(market("b", BUY, 0.04, 20000), H); // reserves 801.6008
            List<Order> changed = ex.onCandle(BTC_USD, candle1(30000, 30500, 29900, 30100));
            // 30000 × 1.0005 = 30015; value 1200.6; fee 2.4012; cost 1203.0012 > 1000
            Order o = changed.get(0);
            assertEquals(OrderStatus.ERROR, o.status());
            assertTrue(o.errorReason().startsWith("not enough USD to fill at 30015: needs 1203.00"), o.errorReason());
            assertTrue(o.errorReason().endsWith(", free 1000"), o.errorReason());
            assertEquals(H, o.closedAt());
            assertEquals(0, o.executedAmount());
            assertEquals(0, o.fee());
            assertBalance(ex, "USD", 1000, 1000);
            assertBalance(ex, "BTC", 0, 0);
            assertEquals(0, ex.totalFees());
            assertTrue(ex.openOrders().isEmpty());
        }
    }

    @Test
    void aCrossPairChargesFeesInItsQuoteAsset() {
        Pair ethBtc = new Pair("ETH", "BTC");
        VirtualExchange ex = new VirtualExchange(MODEL, Portfolio.of(Map.of("BTC", 1.0, "USD", 100.0)));
        ex.place(Order.pending("e", OrderRequest.market(ethBtc, BUY, 2), 0.05, H), H);
        // 2 × 0.05 × 1.0005 × 1.002 = 0.1002501
        assertBalance(ex, "BTC", 1 - 0.1002501, 1);
        Order filled = ex.onCandle(ethBtc, candle1(0.05, 0.051, 0.049, 0.05)).get(0);
        assertFilled(filled, 0.050025, 2, 0.0002001); // value 0.10005
        assertBalance(ex, "BTC", 1 - 0.1002501, 1 - 0.1002501);
        assertBalance(ex, "ETH", 2, 2);
        assertBalance(ex, "USD", 100, 100);
        assertEquals(0.0002001, ex.totalFees("BTC"), EPS);
        assertEquals(0, ex.totalFees("USD"));
        assertEquals(List.of("BTC", "ETH", "USD"), ex.portfolio().assets());
    }

    @Nested
    class LimitOrders {
        @Test
        void buyFillsAtTheLimitWhenTheLowReachesIt() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("b", BUY, 0.2, 19500), H);
            assertBalance(ex, "USD", 10000 - 3907.8, 10000); // 0.2 × 19500 × 1.002
            Order filled = ex.onCandle(BTC_USD, candle1(20000, 20100, 19400, 19800)).get(0);
            assertFilled(filled, 19500, 0.2, 7.8); // no slippage on limits
            assertBalance(ex, "USD", 6092.2, 6092.2);
            assertBalance(ex, "BTC", 1.2, 1.2);
        }

        @Test
        void buyFillsWhenTheLowEqualsTheLimit() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(limit("b", BUY, 0.2, 19500), H);
            assertFilled(ex.onCandle(BTC_USD, candle1(20000, 20100, 19500, 19800)).get(0), 19500, 0.2, 7.8);
        }

        @Test
        void buyFillsAtTheBetterOpenWhenTheCandleOpensBelowTheLimit() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("b", BUY, 0.2, 19500), H);
            Order filled = ex.onCandle(BTC_USD, candle1(19000, 19200, 18900, 19100)).get(0);
            assertFilled(filled, 19000, 0.2, 7.6); // value 3800
            assertBalance(ex, "USD", 6192.4, 6192.4);
        }

        @Test
        void buyStaysOpenAndReservedWhenTheLimitIsNotReached() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("b", BUY, 0.2, 19500), H);
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20100, 19600, 19800)).isEmpty());
            assertEquals(OrderStatus.PLACED, ex.order("b").status());
            assertEquals(List.of(ex.order("b")), ex.openOrders());
            assertBalance(ex, "USD", 6092.2, 10000);
            assertEquals(0, ex.totalFees());
        }

        @Test
        void sellFillsAtTheLimitWhenTheHighReachesIt() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("s", SELL, 0.5, 21000), H);
            assertBalance(ex, "BTC", 0.5, 1);
            Order filled = ex.onCandle(BTC_USD, candle1(20000, 21100, 19900, 20900)).get(0);
            assertFilled(filled, 21000, 0.5, 21); // value 10500
            assertBalance(ex, "USD", 20479, 20479);
            assertBalance(ex, "BTC", 0.5, 0.5);
        }

        @Test
        void sellFillsAtTheBetterOpenWhenTheCandleOpensAboveTheLimit() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("s", SELL, 0.5, 21000), H);
            Order filled = ex.onCandle(BTC_USD, candle1(21500, 21600, 21400, 21450)).get(0);
            assertFilled(filled, 21500, 0.5, 21.5); // value 10750
            assertBalance(ex, "USD", 20728.5, 20728.5);
        }

        @Test
        void sellStaysOpenWhenTheHighStaysBelowTheLimit() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("s", SELL, 0.5, 21000), H);
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20999, 19900, 20900)).isEmpty());
            assertBalance(ex, "BTC", 0.5, 1);
        }
    }

    @Nested
    class StopOrders {
        @Test
        void buyReservesAtTheStopAndTriggersWhenTheHighReachesIt() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(stop("b", BUY, 0.1, 20500), H);
            // 0.1 × 20500 × 1.0005 × 1.002 = 2055.12705
            assertBalance(ex, "USD", 10000 - 2055.12705, 10000);
            Order filled = ex.onCandle(BTC_USD, candle1(20000, 20600, 19900, 20550)).get(0);
            // 20500 × 1.0005 = 20510.25; value 2051.025; fee 4.10205
            assertFilled(filled, 20510.25, 0.1, 4.10205);
            assertBalance(ex, "USD", 7944.87295, 7944.87295);
            assertBalance(ex, "BTC", 0.1, 0.1);
        }

        @Test
        void buyGappingThroughTheStopFillsAtTheOpen() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(stop("b", BUY, 0.1, 20500), H);
            Order filled = ex.onCandle(BTC_USD, candle1(20800, 20900, 20700, 20750)).get(0);
            // 20800 × 1.0005 = 20810.4; value 2081.04; fee 4.16208; cost 2085.20208
            assertFilled(filled, 20810.4, 0.1, 4.16208);
            assertBalance(ex, "USD", 7914.79792, 7914.79792);
        }

        @Test
        void buyBelowTheMarketReservesAtTheMarketPriceAndTriggersAtTheOpen() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(stop("b", BUY, 0.1, 19000), H); // marketPrice 20000 > stop
            assertBalance(ex, "USD", 7994.998, 10000);
            assertFilled(ex.onCandle(BTC_USD, candle1(20000, 20100, 19900, 20050)).get(0), 20010, 0.1, 4.002);
        }

        @Test
        void buyIsNotTriggeredBelowTheStop() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(stop("b", BUY, 0.1, 20500), H);
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20499, 19900, 20400)).isEmpty());
            assertEquals(OrderStatus.PLACED, ex.order("b").status());
        }

        @Test
        void sellTriggersWhenTheLowReachesTheStop() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(stop("s", SELL, 0.5, 19500), H);
            assertBalance(ex, "BTC", 0.5, 1);
            Order filled = ex.onCandle(BTC_USD, candle1(20000, 20100, 19400, 19450)).get(0);
            // 19500 × 0.9995 = 19490.25; value 9745.125; fee 19.49025
            assertFilled(filled, 19490.25, 0.5, 19.49025);
            assertBalance(ex, "USD", 19725.63475, 19725.63475);
            assertBalance(ex, "BTC", 0.5, 0.5);
        }

        @Test
        void sellGappingThroughTheStopFillsAtTheOpen() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(stop("s", SELL, 0.5, 19500), H);
            Order filled = ex.onCandle(BTC_USD, candle1(19000, 19100, 18800, 18900)).get(0);
            // 19000 × 0.9995 = 18990.5; value 9495.25; fee 18.9905
            assertFilled(filled, 18990.5, 0.5, 18.9905);
            assertBalance(ex, "USD", 19476.2595, 19476.2595);
        }

        @Test
        void sellIsNotTriggeredAboveTheStop() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(stop("s", SELL, 0.5, 19500), H);
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20100, 19501, 19600)).isEmpty());
        }
    }

    @Nested
    class Timing {
        @Test
        void anOrderPlacedAtTheCloseOfCandleTIsNotFilledByCandleT() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(limit("b", BUY, 0.1, 19500), H); // placed at the close of candle 0 = H
            Candle candle0 = new Candle(0, 20000, 20100, 19000, 20000, 10); // would reach the limit
            assertTrue(ex.onCandle(BTC_USD, candle0).isEmpty());
            assertEquals(OrderStatus.PLACED, ex.order("b").status());
            assertFilled(ex.onCandle(BTC_USD, candle1(19800, 19900, 19400, 19600)).get(0), 19500, 0.1, 3.9);
        }

        @Test
        void anOrderPlacedDuringACandleWaitsForTheNextOne() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(market("b", BUY, 0.1, 20000), H + H / 2);
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20100, 19900, 20000)).isEmpty());
            Order filled = ex.onCandle(BTC_USD, new Candle(2 * H, 20000, 20100, 19900, 20000, 1)).get(0);
            assertEquals(2 * H, filled.closedAt());
            assertEquals(H + H / 2, filled.placedAt());
        }

        @Test
        void aCandleOfAnotherPairLeavesTheOrderAlone() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(market("b", BUY, 0.1, 20000), H);
            assertTrue(ex.onCandle(ETH_USD, candle1(1500, 1510, 1490, 1505)).isEmpty());
            assertEquals(1, ex.openOrders().size());
        }

        @Test
        void ordersFillInPlacementOrderAndLaterFillsSeeEarlierOnes() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("a", SELL, 0.5, 20000), H);
            ex.place(market("b", BUY, 0.2, 20000), H);
            ex.place(limit("c", BUY, 0.1, 10000), H);
            List<Order> changed = ex.onCandle(BTC_USD, candle1(20000, 20100, 19900, 20000));
            assertEquals(List.of("a", "b"), changed.stream().map(Order::id).toList());
            assertEquals(List.of("v-1", "v-2", "v-3"), ex.orders().stream().map(Order::foreignId).toList());
            assertEquals(List.of("c"), ex.openOrders().stream().map(Order::id).toList());
        }

        @Test
        void theSameCandleTwiceFillsNothingNew() {
            VirtualExchange ex = exchange(10000, 0);
            ex.place(limit("b", BUY, 0.1, 19000), H);
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20100, 19500, 20000)).isEmpty());
            assertTrue(ex.onCandle(BTC_USD, candle1(20000, 20100, 19500, 20000)).isEmpty());
            assertEquals(1, ex.openOrders().size());
        }
    }

    @Nested
    class Rejections {
        @Test
        void buyNeedingMoreThanTheFreeQuoteIsRejectedWithTheAmounts() {
            VirtualExchange ex = exchange(500, 0);
            Order o = ex.place(limit("b", BUY, 0.5, 2000), H);
            assertEquals(OrderStatus.ERROR, o.status());
            assertEquals("not enough USD: needs 1002, free 500", o.errorReason());
            assertEquals(H, o.closedAt());
            assertNull(o.foreignId());
            assertTrue(Double.isNaN(o.placedAt()));
            assertBalance(ex, "USD", 500, 500);
            assertTrue(ex.openOrders().isEmpty());
            assertEquals(List.of(o), ex.orders());
            assertEquals(o, ex.order("b"));
        }

        @Test
        void sellOfMoreThanTheFreeBaseIsRejected() {
            VirtualExchange ex = exchange(0, 0.2);
            Order o = ex.place(market("s", SELL, 0.5, 20000), H);
            assertEquals(OrderStatus.ERROR, o.status());
            assertEquals("not enough BTC: needs 0.5, free 0.2", o.errorReason());
            assertBalance(ex, "BTC", 0.2, 0.2);
        }

        @Test
        void buyOfAnAssetNeverHeldIsRejected() {
            VirtualExchange ex = new VirtualExchange(MODEL, Portfolio.of(Map.of("BTC", 1.0)));
            Order o = ex.place(limit("b", BUY, 0.5, 2000), H);
            assertEquals("not enough USD: needs 1002, free 0", o.errorReason());
        }

        @Test
        void theSecondOrderOfABatchSeesWhatTheFirstReserved() {
            VirtualExchange ex = exchange(1000, 0);
            Order first = ex.place(limit("a", BUY, 0.25, 2000), H); // 500 + fee 1 = 501
            Order second = ex.place(limit("b", BUY, 0.25, 2000), H);
            assertEquals(OrderStatus.PLACED, first.status());
            assertEquals(OrderStatus.ERROR, second.status());
            assertEquals("not enough USD: needs 501, free 499", second.errorReason());
            assertBalance(ex, "USD", 499, 1000);
            Order third = ex.place(limit("c", BUY, 0.2, 2000), H); // 400.8 fits
            assertEquals("v-2", third.foreignId());
        }

        @Test
        void sellsShareTheBaseTheSameWay() {
            VirtualExchange ex = exchange(0, 1);
            assertEquals(OrderStatus.PLACED, ex.place(limit("a", SELL, 0.7, 30000), H).status());
            assertEquals("not enough BTC: needs 0.5, free 0.30000000000000004",
                    ex.place(market("b", SELL, 0.5, 20000), H).errorReason());
        }

        @Test
        void malformedOrdersAreRejectedWithTheReason() {
            VirtualExchange ex = exchange(1000, 1);
            Order zero = ex.place(market("a", BUY, 0, 20000), H);
            assertEquals(OrderStatus.ERROR, zero.status());
            assertEquals("order amount must be a positive number of BTC, got 0", zero.errorReason());
            Order noPrice = ex.place(Order.pending("b", new OrderRequest(BTC_USD, io.awstrader.engine.orders.OrderType.LIMIT,
                    SELL, 0.1, Double.NaN, Double.NaN), 20000, H), H);
            assertEquals("limit order needs a positive price, got NaN", noPrice.errorReason());
            Order badStop = ex.place(stop("c", SELL, 0.1, Double.POSITIVE_INFINITY), H);
            assertEquals("stop order needs a positive stopPrice, got Infinity", badStop.errorReason());
            Order huge = ex.place(limit("d", BUY, 1e300, 1e300), H);
            assertTrue(huge.errorReason().startsWith("order is too large"), huge.errorReason());
            assertBalance(ex, "USD", 1000, 1000);
            assertBalance(ex, "BTC", 1, 1);
        }

        @Test
        void callerMistakesThrow() {
            VirtualExchange ex = exchange(1000, 1);
            ex.place(limit("a", BUY, 0.1, 2000), H);
            assertThrows(IllegalArgumentException.class, () -> ex.place(null, H));
            IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                    () -> ex.place(limit("a", BUY, 0.1, 2000), H));
            assertEquals("order id 'a' was already given to the exchange", dup.getMessage());
            Order placed = ex.order("a");
            IllegalArgumentException notPending = assertThrows(IllegalArgumentException.class,
                    () -> ex.place(new Order("z", null, BTC_USD, placed.type(), BUY, 0.1, 2000, Double.NaN,
                            OrderStatus.PLACED, null, 2000, H, H, Double.NaN, Double.NaN, 0, 0), H));
            assertEquals("order 'z' is placed; only pending orders can be placed", notPending.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ex.place(limit("y", BUY, 0.1, 2000), Double.NaN));
            IllegalArgumentException noMarket = assertThrows(IllegalArgumentException.class,
                    () -> ex.place(market("x", BUY, 0.1, Double.NaN), H));
            assertTrue(noMarket.getMessage().contains("needs a positive marketPrice"), noMarket.getMessage());
        }

        @Test
        void badCandlesThrow() {
            VirtualExchange ex = exchange(1000, 1);
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> ex.onCandle(BTC_USD, candle1(100, 90, 80, 85)));
            assertTrue(bad.getMessage().startsWith("bad candle for BTC/USD: high/low"), bad.getMessage());
            ex.onCandle(BTC_USD, candle1(100, 110, 90, 100));
            IllegalArgumentException old = assertThrows(IllegalArgumentException.class,
                    () -> ex.onCandle(BTC_USD, new Candle(0, 100, 110, 90, 100, 1)));
            assertTrue(old.getMessage().contains("is older than the last one"), old.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ex.onCandle(null, candle1(100, 110, 90, 100)));
        }

        @Test
        void initialPortfolioMustBeValidAndAllFree() {
            Portfolio reserved = Portfolio.empty().with(new Balance("USD", 5, 10));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new VirtualExchange(MODEL, reserved));
            assertTrue(e.getMessage().contains("must be all free"), e.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> new VirtualExchange(MODEL, Portfolio.empty().with(new Balance("USD", -1, -1))));
            assertThrows(IllegalArgumentException.class, () -> new VirtualExchange(null, Portfolio.empty()));
        }

        @Test
        void fillModelRatesMustBeFractions() {
            assertThrows(IllegalArgumentException.class, () -> new FillModel(-0.001, 0));
            assertThrows(IllegalArgumentException.class, () -> new FillModel(1, 0));
            assertThrows(IllegalArgumentException.class, () -> new FillModel(0, Double.NaN));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FillModel(0, 2));
            assertEquals("slippageRate must be a fraction with 0 <= rate < 1 (0.002 is 0.2%), got 2.0", e.getMessage());
            assertEquals(0.999, new FillModel(0.999, 0).feeRate());
        }
    }

    @Nested
    class Cancelling {
        @Test
        void cancelReleasesTheReservation() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(limit("b", BUY, 0.2, 19500), H);
            ex.place(limit("s", SELL, 0.5, 21000), H);
            assertBalance(ex, "USD", 6092.2, 10000);
            Order cancelled = ex.cancel("b", 2 * H);
            assertEquals(OrderStatus.CANCELLED, cancelled.status());
            assertEquals(2 * H, cancelled.closedAt());
            assertEquals("v-1", cancelled.foreignId());
            assertEquals(10000, ex.portfolio().balance("USD").free()); // exactly: free is recomputed, not accumulated
            assertBalance(ex, "BTC", 0.5, 1);
            ex.cancel("s", 2 * H);
            assertEquals(1, ex.portfolio().balance("BTC").free());
            assertTrue(ex.openOrders().isEmpty());
            assertEquals(2, ex.orders().size());
            // A cancelled order no longer fills.
            assertTrue(ex.onCandle(BTC_USD, new Candle(2 * H, 20000, 22000, 19000, 20000, 1)).isEmpty());
        }

        @Test
        void cancelOfAnUnknownIdThrows() {
            VirtualExchange ex = exchange(10000, 1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ex.cancel("nope", H));
            assertEquals("unknown order id 'nope'", e.getMessage());
            assertNull(ex.order("nope"));
        }

        @Test
        void cancelOfAClosedOrderThrowsAndChangesNothing() {
            VirtualExchange ex = exchange(10000, 1);
            ex.place(market("m", BUY, 0.1, 20000), H);
            ex.onCandle(BTC_USD, candle1(20000, 20000, 20000, 20000));
            Portfolio before = ex.portfolio();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ex.cancel("m", 2 * H));
            assertEquals("cannot cancel order 'm': it is completed, not open", e.getMessage());
            assertEquals(before, ex.portfolio());
            ex.place(limit("r", BUY, 100, 20000), H);
            assertEquals("cannot cancel order 'r': it is error, not open",
                    assertThrows(IllegalArgumentException.class, () -> ex.cancel("r", 2 * H)).getMessage());
            ex.place(limit("c", BUY, 0.01, 100), H);
            ex.cancel("c", 2 * H);
            assertEquals("cannot cancel order 'c': it is cancelled, not open",
                    assertThrows(IllegalArgumentException.class, () -> ex.cancel("c", 2 * H)).getMessage());
        }
    }

    @Nested
    class Rounding {
        @Test
        void buyingWithExactlyTheFreeBalanceIsNeverRejectedAndNeverOverspends() {
            int residues = 0;
            for (int i = 0; i < 2000; i++) {
                double usd = 100 + i * 7.3;
                double price = 19999.99 + i * 0.37;
                VirtualExchange ex = new VirtualExchange(MODEL, Portfolio.of(Map.of("USD", usd)));
                double amount = usd / (price * 1.002);
                if (MODEL.buyCost(amount, price) > usd) {
                    residues++; // the case this test is about: the reservation exceeds free by a rounding residue
                }
                Order placed = ex.place(limit("b", BUY, amount, price), H);
                assertEquals(OrderStatus.PLACED, placed.status(), () -> placed.errorReason());
                Order filled = ex.onCandle(BTC_USD, candle1(price * 1.01, price * 1.02, price, price * 1.01)).get(0);
                assertEquals(OrderStatus.COMPLETED, filled.status(), filled::errorReason);
                Balance b = ex.portfolio().balance("USD");
                assertTrue(b.total() >= 0 && b.total() < 1e-9 * usd, () -> "USD left " + b);
                assertTrue(filled.executedAmount() <= amount && filled.executedAmount() >= amount * (1 - 1e-9));
            }
            assertTrue(residues > 100, "cases with a rounding residue: " + residues);
        }

        @Test
        void dustBelowThePrecisionOfTheAccountIsRejected() {
            VirtualExchange ex = exchange(1000, 0);
            Order dust = ex.place(limit("d", BUY, 1e-16, 2000), H); // needs 2.004e-13 USD < 1e-12 × 1000
            assertEquals(OrderStatus.ERROR, dust.status());
            assertTrue(dust.errorReason().startsWith("order is too small: it needs 2.004"), dust.errorReason());
            assertTrue(dust.errorReason().endsWith(" of the largest USD balance held (1000)"), dust.errorReason());
            assertEquals(OrderStatus.PLACED, ex.place(limit("ok", BUY, 1e-12, 2000), H).status());
        }

        @Test
        void sellingHoldingsSplitOverOrdersSellsEverythingAndLeavesZero() {
            VirtualExchange ex = exchange(0, 0.3);
            assertEquals(OrderStatus.PLACED, ex.place(market("a", SELL, 0.1, 20000), H).status());
            // 0.3 − 0.1 is 0.19999999999999998 in doubles: a rounding residue, not missing BTC.
            assertEquals(OrderStatus.PLACED, ex.place(market("b", SELL, 0.2, 20000), H).status());
            assertEquals(0, ex.portfolio().balance("BTC").free());
            List<Order> fills = ex.onCandle(BTC_USD, candle1(20000, 20000, 20000, 20000));
            assertEquals(2, fills.size());
            assertEquals(OrderStatus.COMPLETED, fills.get(1).status());
            assertEquals(0.19999999999999998, fills.get(1).executedAmount());
            assertEquals(0, ex.portfolio().balance("BTC").total());
        }
    }
}
