package io.awstrader.engine.exchange;

import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated brokerage of backtests and paper trading: it holds the balances, reserves funds for open orders and
 * fills them against candles as {@link FillModel} prices them. Mutable and deterministic; a backtest drives it as
 * its shell: {@link #place} and {@link #cancel} what the bot asked for at the close of candle t, then
 * {@link #onCandle} with candle t+1 of each pair.
 *
 * <p><b>Placing.</b> An order is checked ({@link Order#problem()}: positive finite amount, positive limit price for
 * limit orders, positive stop price for stop orders) and its funds reserved: a sell reserves its amount of the base
 * asset, a buy reserves {@link FillModel#buyReservation} of the quote asset. When the reservation exceeds the free
 * balance, or the order is malformed, it comes back with status {@code error}, an {@code errorReason} such as
 * {@code "not enough USD: needs 1002.0, free 500.0"}, {@code closedAt = now}, and nothing reserved. Otherwise it
 * comes back {@code placed} with {@code placedAt = now} and foreign id {@code "v-1"}, {@code "v-2"}, ... in
 * placement order. Reservations apply one order at a time: the second order of a batch sees what the first reserved.
 *
 * <p><b>Filling.</b> A candle considers only the open orders of its pair placed at or before its open time, so an
 * order placed at the close of candle t (the open time of t+1) first meets candle t+1: no look-ahead. Orders fill
 * whole, in placement order, at {@link FillModel#fillPrice}; {@code closedAt} is the candle's open time. A buy takes
 * {@code price × amount + fee} from the quote total and adds {@code amount} to the base; a sell takes {@code amount}
 * from the base and adds {@code price × amount − fee} to the quote. The reservation is released first; when a market
 * or stop buy costs more than it reserved (the price gapped up) it fills only if the free quote covers the cost,
 * otherwise it becomes {@code error} ("not enough USD to fill at 1100.0: needs ..., free ...") and holds nothing.
 * No balance ever goes negative.
 *
 * <p><b>Rounding.</b> Free is computed, never accumulated: {@code free = max(0, total − Σ reservations of open
 * orders)}, the sum taken in placement order, so releases leave no float residue and {@code 0 <= free <= total}.
 * Doubles still round at the scale of the largest total an asset has had (its <em>scale</em>), so a shortfall of at
 * most {@link #ROUNDING_TOLERANCE} × max(amount needed, scale) is a residue, not missing money (a bot that buys with
 * exactly its free balance, or sells holdings split over orders): at placement the order reserves all that is free
 * (when something is); at a fill the executed amount shrinks by that residue so the account ends at zero rather than
 * below. So {@code executedAmount} can be a few ulps (of the scale) below {@code amount}; every other fill is whole.
 * An order needing less than {@code ROUNDING_TOLERANCE × scale} of the asset it spends is dust at that precision and
 * is rejected at placement ("order is too small: ..."). An order that becomes dust later, because the account grew,
 * can still be swallowed by rounding; it then ends in {@code error} at its fill, like a gap-up buy.
 *
 * <p><b>Not modelled</b> (real exchange adapters own these): partial fills, order-book depth and market impact beyond
 * the flat slippage rate, latency, minimum order sizes, price and amount increments, order expiry.
 */
public final class VirtualExchange implements OrderGateway {

    /**
     * A shortfall up to this fraction of the larger of the amount needed and the asset's scale (its largest total so
     * far) is a float rounding residue, not missing funds: balances and sums of reservations round at that scale, so
     * a tiny order can be short by a few ulps of a large balance.
     */
    public static final double ROUNDING_TOLERANCE = 1e-12;

    private final FillModel model;
    /** Total of each asset the account has held, by name. */
    private final TreeMap<String, Holding> holdings = new TreeMap<>();
    /** Every order given to {@link #place}, in placement order. */
    private final List<Entry> entries = new ArrayList<>();
    /** Each entry's order as it stands, by the entry's index: what {@link #orders()} shows without copying. */
    private final List<Order> orderList = new ArrayList<>();
    private final Map<String, Entry> byId = new HashMap<>();
    /** Placed orders not yet closed, in placement order: the reservations. */
    private final List<Entry> open = new ArrayList<>();
    private final TreeMap<Pair, double[]> lastCandleTimes = new TreeMap<>();
    /** The pair of the last candle and its slot in {@link #lastCandleTimes}: a backtest looks it up at every candle. */
    private Pair lastPair;
    private double[] lastPairTime;
    private final TreeMap<String, Double> feesByAsset = new TreeMap<>();
    private int placedCount;
    private double totalFees;
    /** The balances as a {@link Portfolio}; rebuilt after a change. */
    private Portfolio snapshot;
    /** {@link #orders()} until an order changes: a backtest asks for it at every candle. */
    private List<Order> ordersSnapshot;

    /**
     * An exchange holding {@code initial}. Every balance must be free ({@code free == total}): a new exchange has no
     * open orders to reserve anything.
     */
    public VirtualExchange(FillModel model, Portfolio initial) {
        if (model == null) {
            throw new IllegalArgumentException("fill model is missing");
        }
        if (initial == null) {
            throw new IllegalArgumentException("initial portfolio is missing");
        }
        this.model = model;
        for (Balance balance : initial.balances().values()) {
            double total = balance.total();
            if (!(total >= 0 && total <= Double.MAX_VALUE)) {
                throw new IllegalArgumentException("initial balance of " + balance.asset()
                        + " must be a non-negative number, got " + NumberText.format(total));
            }
            if (balance.free() != total) {
                throw new IllegalArgumentException("initial balance of " + balance.asset() + " must be all free (free "
                        + balance.free() + ", total " + total + "): a new exchange has no open orders");
            }
            holding(balance.asset()).add(total);
        }
    }

    /** An empty exchange that {@link #restore} fills from a snapshot. */
    private VirtualExchange(FillModel model) {
        if (model == null) {
            throw new IllegalArgumentException("fill model is missing");
        }
        this.model = model;
    }

    public FillModel model() {
        return model;
    }

    /**
     * Places {@code pending} at time {@code now} (epoch ms): returns it {@code placed} with its funds reserved, or
     * {@code error} with the reason when it is malformed or the free balance cannot cover it (see the class comment).
     *
     * @throws IllegalArgumentException when the caller, not the bot, got something wrong: a missing order or id, an
     *         id this exchange has seen before, an order that is not {@code pending}, a non-finite {@code now}, or
     *         a market buy without a positive {@code marketPrice} to reserve against
     */
    @Override
    public Order place(Order pending, double now) {
        if (pending == null) {
            throw new IllegalArgumentException("order to place is missing");
        }
        checkTime(now);
        String id = pending.id();
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("order to place has no id");
        }
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("order id '" + id + "' was already given to the exchange");
        }
        if (pending.status() != OrderStatus.PENDING) {
            throw new IllegalArgumentException("order '" + id + "' is " + pending.status()
                    + "; only pending orders can be placed");
        }
        String problem = pending.problem();
        if (problem != null) {
            return record(new Entry(pending.rejected(problem, now), null, 0), false);
        }
        if (pending.isBuy() && pending.type() == OrderType.MARKET && !(pending.marketPrice() > 0
                && pending.marketPrice() <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("market buy '" + id + "' needs a positive marketPrice to reserve "
                    + "funds against, got " + pending.marketPrice());
        }
        String asset = pending.isBuy() ? pending.pair().quote() : pending.pair().base();
        double needed = pending.isBuy() ? model.buyReservation(pending) : pending.amount();
        if (!(needed <= Double.MAX_VALUE)) {
            String reason = "order is too large: it needs " + NumberText.format(needed) + " " + asset;
            return record(new Entry(pending.rejected(reason, now), null, 0), false);
        }
        double scale = scale(asset);
        if (needed < ROUNDING_TOLERANCE * scale) {
            String reason = "order is too small: it needs " + NumberText.format(needed) + " " + asset + ", less than "
                    + NumberText.format(ROUNDING_TOLERANCE) + " of the largest " + asset + " balance held ("
                    + NumberText.format(scale) + ")";
            return record(new Entry(pending.rejected(reason, now), null, 0), false);
        }
        double free = free(asset);
        if (needed > free) {
            if (free <= 0 || !shortByRounding(needed, free, scale)) {
                String reason = shortfall(asset, "", needed, free);
                return record(new Entry(pending.rejected(reason, now), null, 0), false);
            }
            needed = free; // a rounding residue: hold everything that is free
        }
        placedCount++;
        return record(new Entry(pending.placed("v-" + placedCount, now), asset, needed), true);
    }

    private Order record(Entry entry, boolean isOpen) {
        entry.index = entries.size();
        entries.add(entry);
        orderList.add(entry.order);
        ordersSnapshot = null;
        byId.put(entry.order.id(), entry);
        if (isOpen) {
            open.add(entry);
            snapshot = null;
        }
        return entry.order;
    }

    /**
     * Fills the open orders of {@code pair} that {@code candle} reaches (see the class comment) and returns the
     * orders that changed, now {@code completed} or {@code error}, in placement order. Candles of a pair must come
     * in time order; the same candle twice is harmless (what it could fill, it filled the first time).
     *
     * @throws IllegalArgumentException for a missing pair, an invalid candle ({@link Candle#problem()}) or a candle
     *         older than the last one seen for the pair
     */
    public List<Order> onCandle(Pair pair, Candle candle) {
        if (pair == null) {
            throw new IllegalArgumentException("candle pair is missing");
        }
        if (candle == null) {
            throw new IllegalArgumentException("candle for " + pair + " is missing");
        }
        String problem = candle.problem();
        if (problem != null) {
            throw new IllegalArgumentException("bad candle for " + pair + ": " + problem);
        }
        double[] last = pair == lastPair ? lastPairTime : lastCandleTimes.get(pair);
        if (last == null) {
            last = new double[] {candle.time()};
            lastCandleTimes.put(pair, last);
        } else if (candle.time() < last[0]) {
            throw new IllegalArgumentException("candle for " + pair + " at " + candle.time()
                    + " is older than the last one at " + last[0] + ": candles must come in time order");
        }
        last[0] = candle.time();
        lastPair = pair;
        lastPairTime = last;
        if (open.isEmpty()) {
            return List.of(); // most candles: nothing to fill, nothing to copy
        }
        List<Order> changed = new ArrayList<>();
        for (Entry entry : new ArrayList<>(open)) {
            Order order = entry.order;
            if (!order.pair().equals(pair) || order.placedAt() > candle.time()) {
                continue;
            }
            double price = model.fillPrice(order, candle);
            if (!Double.isNaN(price)) {
                changed.add(fill(entry, price, candle.time()));
            }
        }
        return changed;
    }

    /** Why an order cannot have what it needs: "not enough USD[ to fill]: needs 10, free 5". */
    private static String shortfall(String asset, String when, double needed, double free) {
        return "not enough " + asset + when + ": needs " + NumberText.format(needed) + ", free " + NumberText.format(free);
    }

    private Order fill(Entry entry, double price, double time) {
        open.remove(entry); // releases the reservation: free is recomputed from what stays open
        snapshot = null;
        ordersSnapshot = null;
        Order order = entry.order;
        String base = order.pair().base();
        String quote = order.pair().quote();
        double amount = order.amount();
        double fee;
        if (order.isBuy()) {
            double available = free(quote);
            double charge = model.buyCost(amount, price);
            if (charge > available) {
                double affordable = available > 0 && shortByRounding(charge, available, scale(quote))
                        ? affordableAmount(amount, price, available) : 0;
                if (affordable <= 0) {
                    update(entry, order.rejected(shortfall(quote, " to fill at " + NumberText.format(price), charge,
                            available), time));
                    return entry.order;
                }
                amount = affordable;
            }
            double value = price * amount;
            fee = model.fee(value);
            holding(quote).add(-(value + fee));
            holding(base).add(amount);
        } else {
            double available = free(base);
            if (amount > available) {
                if (available <= 0 || !shortByRounding(amount, available, scale(base))) {
                    // the free amount prints as JavaScript prints it, as everywhere (Java's own text differs in TeaVM)
                    update(entry, order.rejected(shortfall(base, " to fill", amount, available), time));
                    return entry.order;
                }
                amount = available;
            }
            double value = price * amount;
            fee = model.fee(value);
            holding(base).add(-amount);
            holding(quote).add(value - fee);
        }
        totalFees += fee;
        Double feesSoFar = feesByAsset.get(quote);
        feesByAsset.put(quote, (feesSoFar == null ? 0 : feesSoFar) + fee);
        update(entry, order.completed(time, price, amount, fee));
        return entry.order;
    }

    /** The largest amount not above {@code amount} whose cost at {@code price} fits in {@code available}. */
    private double affordableAmount(double amount, double price, double available) {
        double affordable = amount * (available / model.buyCost(amount, price));
        if (affordable > amount) {
            affordable = amount;
        }
        // The cost is monotone in the amount, so stepping down ulp by ulp ends within a few steps.
        while (affordable > 0 && model.buyCost(affordable, price) > available) {
            affordable = Math.nextDown(affordable);
        }
        return Math.max(0, affordable);
    }

    /**
     * Cancels the open order {@code orderId} at {@code now} and releases its reservation.
     *
     * @return the order, now {@code cancelled} with {@code closedAt = now}
     * @throws IllegalArgumentException for an id this exchange does not know ("unknown order id 'x'") or an order
     *         that is no longer open ("cannot cancel order 'x': it is completed, not open"); a bot runtime turns the
     *         message into the bot's error entry, as it would a real exchange's refusal
     */
    @Override
    public Order cancel(String orderId, double now) {
        checkTime(now);
        Entry entry = orderId == null ? null : byId.get(orderId);
        if (entry == null) {
            throw new IllegalArgumentException("unknown order id '" + orderId + "'");
        }
        if (!open.remove(entry)) {
            throw new IllegalArgumentException("cannot cancel order '" + orderId + "': it is " + entry.order.status()
                    + ", not open");
        }
        snapshot = null;
        ordersSnapshot = null;
        update(entry, entry.order.cancelled(now));
        return entry.order;
    }

    /** The balances now: totals, and free = total minus what open orders reserve. Assets in name order. */
    @Override
    public Portfolio portfolio() {
        if (snapshot == null) {
            Portfolio p = Portfolio.empty();
            for (Map.Entry<String, Holding> e : holdings.entrySet()) {
                p = p.with(new Balance(e.getKey(), free(e.getKey()), e.getValue().total));
            }
            snapshot = p;
        }
        return snapshot;
    }

    /** The orders still open ({@code placed}), in placement order. */
    public List<Order> openOrders() {
        return ordersOf(open);
    }

    /**
     * Every order given to {@link #place}, including rejected ones, in placement order, as they stand now:
     * unmodifiable, the same list object until an order changes and a new one after. It is a view, not a copy (a
     * backtest's orders change at every trade, and copying thousands of them each time made long runs quadratic), so
     * read it before the next change: placing, filling or cancelling shows through a list already handed out.
     */
    @Override
    public List<Order> orders() {
        if (ordersSnapshot == null) {
            ordersSnapshot = Collections.unmodifiableList(orderList);
        }
        return ordersSnapshot;
    }

    /** The order with local id {@code id} as it stands now, or {@code null} when this exchange never saw it. */
    public Order order(String id) {
        Entry entry = id == null ? null : byId.get(id);
        return entry == null ? null : entry.order;
    }

    /**
     * The sum of the fees of all fills so far, each in its pair's quote asset: a single currency when all pairs share
     * one quote asset; otherwise see {@link #totalFees(String)}.
     */
    public double totalFees() {
        return totalFees;
    }

    /** The sum of the fees paid in {@code quoteAsset} so far. */
    public double totalFees(String quoteAsset) {
        Double fees = feesByAsset.get(quoteAsset);
        return fees == null ? 0 : fees;
    }

    /** Sets what {@code entry}'s order now is, in the entry and in {@link #orderList}. */
    private void update(Entry entry, Order order) {
        entry.order = order;
        orderList.set(entry.index, order);
    }

    private static List<Order> ordersOf(List<Entry> list) {
        List<Order> orders = new ArrayList<>(list.size());
        for (Entry entry : list) {
            orders.add(entry.order);
        }
        return orders;
    }

    /** The open time of the newest candle of {@code pair} given to {@link #onCandle}, or {@code NaN} before any. */
    public double lastCandleTime(Pair pair) {
        double[] time = lastCandleTimes.get(pair);
        return time == null ? Double.NaN : time[0];
    }

    /**
     * Everything this exchange holds, so that {@link #restore} rebuilds an exchange that behaves exactly as this one
     * from here on: each asset's total and scale, every order (with the reservation of the open ones), the foreign-id
     * counter, the fees and the newest candle time per pair. A paper deployment saves it after each tick.
     */
    public JsonObject toJson() {
        List<JsonValue> assets = new ArrayList<>();
        for (Map.Entry<String, Holding> e : holdings.entrySet()) {
            assets.add(JsonObject.builder().put("asset", e.getKey()).put("total", e.getValue().total)
                    .put("scale", e.getValue().scale).build());
        }
        List<JsonValue> orders = new ArrayList<>();
        for (Entry entry : entries) {
            JsonObject.Builder out = JsonObject.builder().put("order", entry.order.toJson());
            if (open.contains(entry)) {
                out.put("asset", entry.asset).put("reservation", entry.reservation);
            }
            orders.add(out.build());
        }
        JsonObject.Builder fees = JsonObject.builder();
        for (Map.Entry<String, Double> e : feesByAsset.entrySet()) {
            fees.put(e.getKey(), e.getValue());
        }
        JsonObject.Builder candles = JsonObject.builder();
        for (Map.Entry<Pair, double[]> e : lastCandleTimes.entrySet()) {
            candles.put(e.getKey().toString(), e.getValue()[0]);
        }
        return JsonObject.builder().put("holdings", JsonArray.of(assets)).put("orders", JsonArray.of(orders))
                .put("placed", placedCount).put("totalFees", totalFees).put("fees", fees.build())
                .put("candles", candles.build()).build();
    }

    /**
     * The exchange {@code saved} ({@link #toJson()}) describes, with this fill model.
     *
     * @throws IllegalArgumentException when {@code saved} is not such a snapshot (the message says what is wrong)
     */
    public static VirtualExchange restore(FillModel model, JsonObject saved) {
        VirtualExchange exchange = new VirtualExchange(model);
        for (JsonValue value : saved.get("holdings").asArray().items()) {
            JsonObject h = value.asObject();
            Holding holding = exchange.holding(h.get("asset").asString());
            holding.total = h.get("total").asDouble();
            holding.scale = h.get("scale").asDouble();
        }
        for (JsonValue value : saved.get("orders").asArray().items()) {
            JsonObject e = value.asObject();
            Order order = Order.fromJson(e.get("order").asObject());
            boolean isOpen = e.has("reservation");
            if (isOpen != (order.status() == OrderStatus.PLACED)) {
                throw new IllegalArgumentException("saved order '" + order.id() + "' is " + order.status()
                        + (isOpen ? " but holds a reservation" : " but holds no reservation"));
            }
            Entry entry = isOpen ? new Entry(order, e.get("asset").asString(), e.get("reservation").asDouble())
                    : new Entry(order, null, 0);
            exchange.record(entry, isOpen);
        }
        exchange.placedCount = (int) saved.get("placed").asDouble();
        exchange.totalFees = saved.get("totalFees").asDouble();
        for (Map.Entry<String, JsonValue> e : saved.get("fees").asObject().members().entrySet()) {
            exchange.feesByAsset.put(e.getKey(), e.getValue().asDouble());
        }
        for (Map.Entry<String, JsonValue> e : saved.get("candles").asObject().members().entrySet()) {
            exchange.lastCandleTimes.put(Pair.parse(e.getKey()), new double[] {e.getValue().asDouble()});
        }
        return exchange;
    }

    /** Total minus the reservations of the open orders on {@code asset}, summed in placement order; never below 0. */
    private double free(String asset) {
        Holding holding = holdings.get(asset);
        if (holding == null) {
            return 0;
        }
        double reserved = 0;
        for (Entry entry : open) {
            if (asset.equals(entry.asset)) {
                reserved += entry.reservation;
            }
        }
        return Math.max(0, holding.total - reserved);
    }

    private static boolean shortByRounding(double needed, double have, double scale) {
        return needed - have <= ROUNDING_TOLERANCE * Math.max(needed, scale);
    }

    private double scale(String asset) {
        Holding holding = holdings.get(asset);
        return holding == null ? 0 : holding.scale;
    }

    private Holding holding(String asset) {
        Holding holding = holdings.get(asset);
        if (holding == null) {
            holding = new Holding();
            holdings.put(asset, holding);
        }
        return holding;
    }

    private static void checkTime(double now) {
        if (Double.isNaN(now) || Double.isInfinite(now)) {
            throw new IllegalArgumentException("time must be a finite epoch time in ms, got " + NumberText.format(now));
        }
    }

    /** One asset's total, and its scale: the largest total it has had, at which its arithmetic rounds. */
    private static final class Holding {
        double total;
        double scale;

        void add(double change) {
            total = total + change;
            scale = Math.max(scale, total);
        }
    }

    /** An order as it stands, and what it reserves of which asset while open. */
    private static final class Entry {
        Order order;
        int index; // in entries
        final String asset;
        final double reservation;

        Entry(Order order, String asset, double reservation) {
            this.order = order;
            this.asset = asset;
            this.reservation = reservation;
        }
    }
}
