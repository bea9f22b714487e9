package io.awstrader.engine.exchange;

import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.engine.portfolio.Portfolio;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random sequences of places, cancels and candles over three pairs (two quote assets) against a ledger the test keeps
 * itself: balances never negative, {@code 0 <= free <= total}, free equals total minus the reservations the test
 * expects, every asset's total equals initial ± fills − fees exactly, total fees equal the orders' fees, and every
 * order a candle reaches fills at the price the rules give.
 */
class VirtualExchangePropertiesTest {
    static final Pair[] PAIRS = {new Pair("BTC", "USD"), new Pair("ETH", "USD"), new Pair("ETH", "BTC")};
    static final double[] START_PRICES = {20000, 1500, 0.075};
    static final double H = 3_600_000;

    sealed interface Action permits Place, Cancel, Tick {
    }

    /** size: 0–3 a fraction of what is free, 4–6 all that is free, 7–8 an absolute amount, 9 a malformed order. */
    record Place(int pair, OrderType type, OrderDirection direction, int size, double fraction, double priceFactor,
                 boolean midCandle) implements Action {
    }

    /** kind: 0 an open order, 1 an unknown id, 2 a closed order. */
    record Cancel(int pick, int kind) implements Action {
    }

    record Tick(int pair, double openMove, double closeMove, double up, double down) implements Action {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> place = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(OrderType.class),
                Arbitraries.of(OrderDirection.class),
                Arbitraries.integers().between(0, 9),
                Arbitraries.doubles().between(0.0001, 1.3).ofScale(7),
                Arbitraries.doubles().between(0.9, 1.1).ofScale(7),
                Arbitraries.integers().between(0, 4).map(i -> i == 0)).as(Place::new);
        Arbitrary<Action> cancel = Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 2)).as(Cancel::new);
        Arbitrary<Action> tick = Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(-1, 1).ofScale(7),
                Arbitraries.doubles().between(-1, 1).ofScale(7),
                Arbitraries.doubles().between(0, 1).ofScale(7),
                Arbitraries.doubles().between(0, 1).ofScale(7)).as(Tick::new);
        return Arbitraries.frequencyOf(Tuple.of(5, place), Tuple.of(1, cancel), Tuple.of(4, tick))
                .list().ofMinSize(1).ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<FillModel> models() {
        Arbitrary<FillModel> random = Combinators.combine(Arbitraries.doubles().between(0, 0.01).ofScale(6),
                Arbitraries.doubles().between(0, 0.01).ofScale(6)).as(FillModel::new);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(FillModel.FREE)), Tuple.of(4, random));
    }

    @Property(tries = 1000)
    void balancesStayConsistentAndEveryFillIsAccountedFor(
            @ForAll("models") FillModel model,
            @ForAll @DoubleRange(min = 0, max = 50000) double usd,
            @ForAll @DoubleRange(min = 0, max = 3) double btc,
            @ForAll @DoubleRange(min = 0, max = 40) double eth,
            @ForAll("actions") List<Action> actions) {
        new Run(model, usd, btc, eth).play(actions);
        // The generators must keep reaching every path, or this property proves less than it claims.
        Statistics.label("events").coverage(checker -> {
            for (String event : List.of("placed", "not enough at placement", "too small", "malformed", "filled",
                    "filled with a rounding residue", "gap-up error", "cancelled", "cancel refused")) {
                checker.check(event).count(n -> n > 0);
            }
        });
    }

    static void event(String name) {
        Statistics.label("events").collect(name);
    }

    /** One random session: the exchange and the test's own books. */
    static final class Run {
        final FillModel model;
        final VirtualExchange exchange;
        final TreeMap<String, Double> initial = new TreeMap<>();
        /** The test's ledger: initial ± fills − fees, applied in fill order. */
        final TreeMap<String, Double> ledger = new TreeMap<>();
        final TreeMap<String, Double> ledgerFees = new TreeMap<>();
        /** The largest total each asset reached: the scale at which rounding works. */
        final TreeMap<String, Double> maxTotals = new TreeMap<>();
        double ledgerTotalFees;
        /** What each open order should hold: asset and amount, in placement order. */
        final LinkedHashMap<String, Reservation> reservations = new LinkedHashMap<>();
        final LinkedHashMap<String, OrderStatus> statuses = new LinkedHashMap<>();
        final List<Order> fills = new ArrayList<>();
        final double[] prices = START_PRICES.clone();
        double clock = H;
        int nextId;

        record Reservation(String asset, double amount) {
        }

        Run(FillModel model, double usd, double btc, double eth) {
            this.model = model;
            initial.put("USD", usd);
            initial.put("BTC", btc);
            initial.put("ETH", eth);
            ledger.putAll(initial);
            maxTotals.putAll(initial);
            exchange = new VirtualExchange(model, Portfolio.of(initial));
        }

        void play(List<Action> actions) {
            for (Action action : actions) {
                if (action instanceof Place p) {
                    place(p);
                } else if (action instanceof Cancel c) {
                    cancel(c);
                } else {
                    tick((Tick) action);
                }
                checkInvariants();
            }
            checkValueIdentity();
        }

        void place(Place p) {
            Pair pair = PAIRS[p.pair()];
            double last = prices[p.pair()];
            boolean buy = p.direction() == OrderDirection.BUY;
            String asset = buy ? pair.quote() : pair.base();
            double freeBefore = exchange.portfolio().balance(asset).free();
            double level = last * p.priceFactor();
            double unitCost = buy ? reservation(p.type(), OrderDirection.BUY, 1, level, level, last) : 1;
            double absolute = p.fraction() * (pair.quote().equals("BTC") ? 30 : 2);
            double amount = switch (p.size()) {
                case 0, 1, 2, 3 -> p.fraction() * freeBefore / unitCost;
                case 4, 5, 6 -> freeBefore / unitCost;
                case 7, 8 -> absolute;
                default -> -p.fraction();
            };
            if (amount == 0) {
                amount = absolute; // nothing free: ask anyway, to be refused
            }
            OrderRequest request = new OrderRequest(pair, p.type(), p.direction(), amount,
                    p.type() == OrderType.LIMIT ? level : Double.NaN, p.type() == OrderType.STOP ? level : Double.NaN);
            String id = "o" + (++nextId);
            double now = clock + (p.midCandle() ? H / 2 : 0);
            Order result = exchange.place(Order.pending(id, request, last, now), now);
            statuses.put(id, result.status());
            if (request.problem() != null) {
                assertEquals(OrderStatus.ERROR, result.status());
                assertEquals(request.problem(), result.errorReason());
                event("malformed");
                return;
            }
            double needed = reservation(p.type(), p.direction(), amount, request.price(), request.stopPrice(), last);
            double rounding = VirtualExchange.ROUNDING_TOLERANCE * Math.max(needed, maxTotals.get(asset));
            if (needed < VirtualExchange.ROUNDING_TOLERANCE * maxTotals.get(asset)) {
                assertEquals(OrderStatus.ERROR, result.status());
                assertTrue(result.errorReason().startsWith("order is too small: it needs "), result.errorReason());
                event("too small");
                return;
            }
            if (result.status() == OrderStatus.PLACED) {
                assertTrue(needed <= freeBefore || (freeBefore > 0 && needed - freeBefore <= rounding),
                        () -> "placed " + result + " needing " + needed + " with free " + freeBefore);
                assertEquals(now, result.placedAt());
                reservations.put(id, new Reservation(asset, Math.min(needed, freeBefore)));
                event("placed");
            } else {
                assertEquals(OrderStatus.ERROR, result.status());
                assertTrue(needed > freeBefore && (freeBefore <= 0 || needed - freeBefore > rounding),
                        () -> "rejected " + result + " needing " + needed + " with free " + freeBefore);
                assertEquals("not enough " + asset + ": needs " + NumberText.format(needed) + ", free "
                        + NumberText.format(freeBefore),
                        result.errorReason());
                event("not enough at placement");
            }
        }

        /** The spec's reservation: the base amount for a sell; for a buy, value + fee at the worst expected price. */
        double reservation(OrderType type, OrderDirection direction, double amount, double limit, double stop,
                           double market) {
            if (direction == OrderDirection.SELL) {
                return amount;
            }
            double price = type == OrderType.LIMIT ? limit
                    : (type == OrderType.MARKET ? market : Math.max(stop, market)) * (1 + model.slippageRate());
            double value = price * amount;
            return value + model.feeRate() * value;
        }

        void cancel(Cancel c) {
            List<Order> open = exchange.openOrders();
            if (c.kind() == 0 && !open.isEmpty()) {
                Order target = open.get(c.pick() % open.size());
                Order cancelled = exchange.cancel(target.id(), clock);
                assertEquals(OrderStatus.CANCELLED, cancelled.status());
                assertEquals(clock, cancelled.closedAt());
                reservations.remove(target.id());
                statuses.put(target.id(), OrderStatus.CANCELLED);
                event("cancelled");
                return;
            }
            List<String> closed = new ArrayList<>();
            for (Order o : exchange.orders()) {
                if (!o.isOpen()) {
                    closed.add(o.id());
                }
            }
            String id = c.kind() == 2 && !closed.isEmpty() ? closed.get(c.pick() % closed.size()) : "unknown-" + c.pick();
            Portfolio before = exchange.portfolio();
            assertThrows(IllegalArgumentException.class, () -> exchange.cancel(id, clock));
            assertEquals(before, exchange.portfolio());
            event("cancel refused");
        }

        void tick(Tick t) {
            Pair pair = PAIRS[t.pair()];
            double last = prices[t.pair()];
            double open = last * (1 + 0.04 * t.openMove());
            double close = open * (1 + 0.04 * t.closeMove());
            double high = Math.max(open, close) * (1 + 0.03 * t.up());
            double low = Math.min(open, close) * (1 - 0.03 * t.down());
            Candle candle = new Candle(clock, open, high, low, close, 1);

            List<Order> openBefore = exchange.openOrders();
            List<Order> changed = exchange.onCandle(pair, candle);
            int next = 0;
            for (Order before : openBefore) {
                double price = expectedFillPrice(before, candle);
                boolean reached = before.pair().equals(pair) && before.placedAt() <= candle.time()
                        && !Double.isNaN(price);
                if (!reached) {
                    continue;
                }
                if (next >= changed.size() || !changed.get(next).id().equals(before.id())) {
                    fail("candle " + candle + " reaches " + before + " but it did not change (changed: " + changed
                            + ")");
                }
                settle(before, changed.get(next++), price, candle);
            }
            assertEquals(changed.size(), next, () -> "unexpected changes " + changed);
            prices[t.pair()] = close;
            clock += H;
        }

        /** The spec's fill rules, written out independently of {@link FillModel#fillPrice}. */
        double expectedFillPrice(Order o, Candle c) {
            double slip = model.slippageRate();
            boolean buy = o.isBuy();
            return switch (o.type()) {
                case MARKET -> buy ? c.open() * (1 + slip) : c.open() * (1 - slip);
                case LIMIT -> buy ? (c.low() <= o.price() ? Math.min(c.open(), o.price()) : Double.NaN)
                        : (c.high() >= o.price() ? Math.max(c.open(), o.price()) : Double.NaN);
                case STOP -> buy ? (c.high() >= o.stopPrice() ? Math.max(c.open(), o.stopPrice()) * (1 + slip)
                        : Double.NaN)
                        : (c.low() <= o.stopPrice() ? Math.min(c.open(), o.stopPrice()) * (1 - slip) : Double.NaN);
            };
        }

        void settle(Order before, Order after, double price, Candle candle) {
            reservations.remove(before.id());
            statuses.put(after.id(), after.status());
            assertEquals(candle.time(), after.closedAt());
            assertEquals(before.placedAt(), after.placedAt());
            assertEquals(before.foreignId(), after.foreignId());
            String base = before.pair().base();
            String quote = before.pair().quote();
            String spent = before.isBuy() ? quote : base;
            double available = freeNow(spent);
            double fullValue = price * before.amount();
            double needed = before.isBuy() ? fullValue + model.feeRate() * fullValue : before.amount();
            double rounding = VirtualExchange.ROUNDING_TOLERANCE * Math.max(needed, maxTotals.get(spent));
            if (after.status() == OrderStatus.ERROR) {
                assertTrue(needed > available && (available <= 0 || needed - available > rounding),
                        () -> "error on " + after + " with " + available + " " + spent + " free");
                // A market or stop buy can cost more than it reserved (a gap up); any other order fails only when
                // it is dust that rounding at the scale of the account swallowed.
                boolean gap = before.isBuy() && before.type() != OrderType.LIMIT;
                assertTrue(gap || needed <= 1e-9 * maxTotals.get(spent), () -> "error on " + after);
                String expected = before.isBuy()
                        ? "not enough " + quote + " to fill at " + NumberText.format(price) + ": needs "
                                + NumberText.format(needed) + ", free " + NumberText.format(available)
                        : "not enough " + base + " to fill: needs " + NumberText.format(needed) + ", free "
                                + NumberText.format(available);
                assertEquals(expected, after.errorReason());
                assertEquals(0, after.fee());
                event(gap ? "gap-up error" : "dust error");
                return;
            }
            assertEquals(OrderStatus.COMPLETED, after.status());
            if (needed <= available) {
                assertEquals(before.amount(), after.executedAmount(), () -> "a covered order fills whole: " + after);
            }
            assertEquals(price, after.executedPrice(), () -> "fill price of " + after + " in " + candle);
            double amount = after.executedAmount();
            double value = after.executedPrice() * amount;
            assertEquals(model.feeRate() * value, after.fee(), "fee = rate × price × amount");
            // Only a rounding residue at the scale of the account may be left unfilled.
            assertTrue(amount > 0 && amount <= before.amount(), () -> "executed amount of " + after);
            double shortfall = needed - (before.isBuy() ? value + after.fee() : amount);
            assertTrue(shortfall <= 2 * rounding, () -> "unfilled " + shortfall + " " + spent + " of " + after);
            if (before.isBuy()) {
                ledger.put(quote, ledger.get(quote) - (value + after.fee()));
                ledger.put(base, ledger.get(base) + amount);
            } else {
                ledger.put(base, ledger.get(base) - amount);
                ledger.put(quote, ledger.get(quote) + (value - after.fee()));
            }
            maxTotals.merge(base, ledger.get(base), Math::max);
            maxTotals.merge(quote, ledger.get(quote), Math::max);
            ledgerTotalFees += after.fee();
            ledgerFees.merge(quote, after.fee(), Double::sum);
            fills.add(after);
            event(amount == before.amount() ? "filled" : "filled with a rounding residue");
        }

        /** Free per the test's books: total minus the expected reservations, in placement order, floored at 0. */
        double freeNow(String asset) {
            double reserved = 0;
            for (Reservation r : reservations.values()) {
                if (r.asset().equals(asset)) {
                    reserved += r.amount();
                }
            }
            return Math.max(0, ledger.get(asset) - reserved);
        }

        void checkInvariants() {
            Portfolio portfolio = exchange.portfolio();
            TreeSet<String> assets = new TreeSet<>(ledger.keySet());
            assets.addAll(portfolio.assets());
            for (String asset : assets) {
                Balance b = portfolio.balance(asset);
                assertEquals(ledger.get(asset), b.total(), () -> asset + " total against the ledger");
                assertTrue(b.total() >= 0, () -> "negative total " + b);
                assertTrue(b.free() >= 0 && b.free() <= b.total(), () -> "free outside [0, total]: " + b);
                assertEquals(freeNow(asset), b.free(), () -> asset + " free = total − reserved");
            }
            assertEquals(ledgerTotalFees, exchange.totalFees(), "total fees = Σ order fees");
            for (String asset : assets) {
                assertEquals(ledgerFees.getOrDefault(asset, 0.0), exchange.totalFees(asset), "fees in " + asset);
            }
            assertEquals(new ArrayList<>(reservations.keySet()), exchange.openOrders().stream().map(Order::id).toList());
            List<Order> all = exchange.orders();
            assertEquals(new ArrayList<>(statuses.keySet()), all.stream().map(Order::id).toList());
            double feesOfOrders = 0;
            for (Order o : all) {
                assertEquals(statuses.get(o.id()), o.status(), () -> "status of " + o);
                feesOfOrders += o.fee();
            }
            assertEquals(exchange.totalFees(), feesOfOrders, 1e-9 * Math.max(1, feesOfOrders));
        }

        /** Valued at the last prices, the portfolio changed by exactly what the fills moved, fees included. */
        void checkValueIdentity() {
            Map<String, Double> usdValue = Map.of("USD", 1.0, "BTC", prices[0], "ETH", prices[1]);
            double before = 0;
            double after = 0;
            double scale = 1;
            for (String asset : ledger.keySet()) {
                before += initial.get(asset) * usdValue.get(asset);
                after += exchange.portfolio().balance(asset).total() * usdValue.get(asset);
            }
            double moved = 0;
            for (Order f : fills) {
                double base = usdValue.get(f.pair().base());
                double quote = usdValue.get(f.pair().quote());
                double value = f.executedPrice() * f.executedAmount();
                double sign = f.isBuy() ? 1 : -1;
                moved += sign * (f.executedAmount() * base - value * quote) - f.fee() * quote;
                scale += Math.abs(value * quote) + Math.abs(f.executedAmount() * base);
            }
            scale += Math.abs(before) + Math.abs(after);
            assertEquals(after - before, moved, 1e-12 * scale, "value change = Σ fills at their prices − fees");
        }
    }
}
