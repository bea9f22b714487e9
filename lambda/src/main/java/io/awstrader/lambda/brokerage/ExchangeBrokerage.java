package io.awstrader.lambda.brokerage;

import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeOrder;
import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.adapters.ExchangeSettings;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.exchange.OrderGateway;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.portfolio.Balance;
import io.awstrader.engine.portfolio.Portfolio;
import io.awstrader.storage.crypto.DecryptionException;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.awstrader.storage.exchange.ExchangeAccountRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Real exchange accounts, through the adapters' port ({@link ExchangeAdapter}) only: orders are placed with a client
 * order id derived from the deployment and the platform order id ({@code <deploymentId>/o7}; the adapter turns it
 * into the exchange's form), rounded and checked against the pair's rules by the adapter, cancelled by the
 * exchange's id; the balances are the exchange's (free and total). The credentials come decrypted from storage for
 * the adapter and go nowhere else.
 *
 * <p><b>Exactly once, nothing forgotten.</b> Placing an order and saving the tick cannot be one atomic step, so a
 * tick on a real account works in three steps ({@link io.awstrader.lambda.tick.DeploymentTick} runs them):
 * <ol>
 *   <li><em>Write ahead.</em> Before the first order leaves, one conditional write on the deployment item records
 *   the orders about to be placed (pending, with their platform ids, so their client ids), the tick's candle and the
 *   order counter after the run. It is guarded like the save (lock version, tick key) and moves the lock version, so
 *   of two ticks that read the same deployment only one can write ahead, and only that one can save.</li>
 *   <li><em>Place</em> through the adapter, which never makes two orders of one client id: a place that times out
 *   or gets a 5xx is looked up by client id and sent again only when truly absent.</li>
 *   <li><em>Save</em> the tick in its one conditional write, which also clears the write-ahead.</li>
 * </ol>
 * A tick that dies between 1 and 3 (killed, timed out, an exchange outage half way) leaves the write-ahead on the
 * item. The first tick of a later candle that finds it {@linkplain TickSession#recover recovers} it before anything
 * else: each written order is looked up by its client id and adopted into the book as the exchange has it (placed,
 * filled, cancelled), or dropped when the exchange has no such order; the order counter moves past the written ids,
 * so no client id is ever used for a second order. A tick still placing is never raced: the writing tick starts no
 * place later than 2 minutes after its write-ahead, and no other tick recovers before 10 minutes (a tick of the same
 * candle stops as a duplicate, one of a later candle does nothing, as {@code in_flight}). Limits: the exchange must
 * still report the order by client id (Kraken and KuCoin keep closed orders for days, Bitfinex for its recent
 * history), and the bot's state of the dead tick is lost; its next run sees the adopted orders.
 *
 * <p><b>Exchange errors.</b> An {@link ExchangeException} of kind auth, rate-limited, unavailable or network (the
 * adapters have retried what is safe to retry) ends the tick before its save: the tick records it as an exchange
 * error, not a bot error, and the deployment's state stays as the last save left it. An order the exchange refuses
 * (invalid-order, insufficient-funds, not-found) is that order's error, as the virtual exchange reports a refusal.
 */
public final class ExchangeBrokerage implements Brokerage {
    /** Refusals of one order: the order ends in error, the tick goes on. */
    private static final Set<ExchangeException.Kind> REFUSALS = Set.of(ExchangeException.Kind.INVALID_ORDER,
            ExchangeException.Kind.INSUFFICIENT_FUNDS, ExchangeException.Kind.NOT_FOUND);
    private static final int KEPT_ADAPTERS = 500;

    private final ExchangeAccountRepository accounts;
    private final ExchangeRegistry registry;
    private final Function<String, ExchangeSettings> settings;
    /** Adapters by exchange account and its lock version (new credentials make a new one), least recent first. */
    private final Map<String, ExchangeAdapter> adapters = new LinkedHashMap<>(16, 0.75f, true);

    /** A brokerage for the exchanges of {@code registry}, with their default settings. */
    public ExchangeBrokerage(ExchangeAccountRepository accounts, ExchangeRegistry registry) {
        this(accounts, registry, registry::settings);
    }

    /** A brokerage whose adapters connect with {@code settings} per exchange id (tests point them at a stub). */
    public ExchangeBrokerage(ExchangeAccountRepository accounts, ExchangeRegistry registry,
                             Function<String, ExchangeSettings> settings) {
        this.accounts = accounts;
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public boolean serves(ExchangeAccount account) {
        return !account.isVirtual() && registry.find(account.provider()).isPresent();
    }

    @Override
    public TickSession open(String deploymentId, ExchangeAccount account, FillModel fills, JsonObject book) {
        return new Session(deploymentId, adapter(account), ExchangeBook.read(book));
    }

    /** The client order id of platform order {@code orderId} of a deployment, before the adapter's own form. */
    public static String clientOrderId(String deploymentId, String orderId) {
        return deploymentId + "/" + orderId;
    }

    private synchronized ExchangeAdapter adapter(ExchangeAccount account) {
        // the adapter keeps the key's rate limit and nonce state: one per key, reused by the ticks of its deployments
        String key = account.accountId() + "/" + account.id() + "@" + account.lockVersion();
        ExchangeAdapter adapter = adapters.get(key);
        if (adapter == null) {
            io.awstrader.storage.exchange.ExchangeCredentials stored;
            try {
                stored = accounts.credentials(account.accountId(), account.id()).orElseThrow(
                        () -> new IllegalStateException("exchange account " + account.id() + " has no credentials"));
            } catch (DecryptionException e) {
                throw new IllegalStateException("the keys of exchange account " + account.id() + " cannot be "
                        + "decrypted: is this the master key they were stored with?", e);
            }
            adapter = registry.connect(account.provider(), new ExchangeCredentials(stored.apiKey(),
                    stored.apiSecret(), stored.passphrase()), settings.apply(account.provider()));
            adapters.put(key, adapter);
            if (adapters.size() > KEPT_ADAPTERS) {
                adapters.remove(adapters.keySet().iterator().next());
            }
        }
        return adapter;
    }

    /** One tick on the account: the book brought up to date from the exchange, and the gateway to it. */
    private static final class Session implements TickSession, OrderGateway {
        private final String deploymentId;
        private final ExchangeAdapter exchange;
        private final ExchangeBook book;
        private boolean balancesStale = true;

        Session(String deploymentId, ExchangeAdapter exchange, ExchangeBook book) {
            this.deploymentId = deploymentId;
            this.exchange = exchange;
            this.book = book;
        }

        @Override
        public boolean placesElsewhere() {
            return true;
        }

        @Override
        public Recovery recover(List<Order> written) {
            List<String> adopted = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (Order pending : written) {
                if (book.order(pending.id()) != null) {
                    continue; // saved after all
                }
                Optional<ExchangeOrder> found = exchange.orderByClientId(pending.pair(),
                        clientOrderId(deploymentId, pending.id()));
                if (found.isPresent()) {
                    book.put(current(pending, found.get(), pending.createdAt()));
                    adopted.add(pending.id());
                } else {
                    dropped.add(pending.id());
                }
            }
            balancesStale = true;
            return new Recovery(adopted, dropped);
        }

        @Override
        public void catchUp(Map<Pair, CandleSeries> candles, Map<Pair, int[]> newCandles) {
            // the tick's time, the close of its newest candle: for orders whose close time the exchange omits
            double now = Double.NaN;
            for (Map.Entry<Pair, int[]> e : newCandles.entrySet()) {
                CandleSeries series = candles.get(e.getKey());
                int closed = e.getValue()[1];
                if (closed > 0) {
                    book.setLastCandleTime(e.getKey(), series.time(closed - 1));
                    double close = series.time(closed - 1) + series.interval().millis();
                    now = Double.isNaN(now) ? close : Math.max(now, close);
                }
            }
            for (Order order : book.orders()) {
                if (order.isOpen() && order.foreignId() != null) {
                    Optional<ExchangeOrder> found = exchange.order(order.pair(), order.foreignId());
                    // an order the exchange no longer reports keeps its last known status
                    double at = now;
                    found.ifPresent(o -> book.put(current(order, o, at)));
                }
            }
            refreshBalances();
        }

        @Override
        public OrderGateway gateway() {
            return this;
        }

        @Override
        public double lastCandleTime(Pair pair) {
            return book.lastCandleTime(pair);
        }

        @Override
        public JsonObject book() {
            return book.toJson();
        }

        @Override
        public Order place(Order pending, double now) {
            if (pending == null || pending.id() == null || pending.id().isEmpty()) {
                throw new IllegalArgumentException("order to place has no id");
            }
            if (book.order(pending.id()) != null) {
                throw new IllegalArgumentException("order id '" + pending.id() + "' was already given to the exchange");
            }
            if (pending.status() != OrderStatus.PENDING) {
                throw new IllegalArgumentException("order '" + pending.id() + "' is " + pending.status()
                        + "; only pending orders can be placed");
            }
            String problem = pending.problem();
            Order result;
            if (problem != null) {
                result = pending.rejected(problem, now);
            } else {
                try {
                    ExchangeOrder placed = exchange.place(clientOrderId(deploymentId, pending.id()),
                            new OrderRequest(pending.pair(), pending.type(), pending.direction(), pending.amount(),
                                    pending.price(), pending.stopPrice()));
                    result = current(pending, placed, now);
                } catch (ExchangeException e) {
                    if (!REFUSALS.contains(e.kind())) {
                        throw e; // the exchange could not be asked: the tick ends, the write-ahead keeps the order
                    }
                    result = pending.rejected(e.getMessage(), now);
                }
            }
            book.put(result);
            balancesStale = true;
            return result;
        }

        @Override
        public Order cancel(String orderId, double now) {
            Order order = orderId == null ? null : book.order(orderId);
            if (order == null) {
                throw new IllegalArgumentException("unknown order id '" + orderId + "'");
            }
            if (!order.isOpen()) {
                throw new IllegalArgumentException("cannot cancel order '" + orderId + "': it is " + order.status()
                        + ", not open");
            }
            try {
                exchange.cancel(order.pair(), order.foreignId());
            } catch (ExchangeException e) {
                if (e.kind() != ExchangeException.Kind.NOT_FOUND) {
                    throw e;
                }
                // closed at the exchange meanwhile (filled, expired): what it says below is the order's status
            }
            Order after = exchange.order(order.pair(), order.foreignId()).map(o -> current(order, o, now))
                    .orElse(order);
            if (after.isOpen()) {
                after = after.cancelled(now); // the exchange took the cancel; its book may report it a moment later
            }
            book.put(after);
            balancesStale = true;
            return after;
        }

        @Override
        public List<Order> orders() {
            return book.orders();
        }

        @Override
        public Portfolio portfolio() {
            if (balancesStale) {
                try {
                    refreshBalances();
                } catch (ExchangeException e) {
                    // after placing: the balances of the tick's start stand for this tick's mark; the next refreshes
                    balancesStale = false;
                }
            }
            return book.balances();
        }

        private void refreshBalances() {
            Portfolio now = Portfolio.empty();
            for (Balance balance : exchange.balances().values()) {
                now = now.with(balance);
            }
            book.setBalances(now);
            balancesStale = false;
        }

        /** {@code order} as the exchange reports it, with a partial fill kept on an open or cancelled order. */
        private static Order current(Order order, ExchangeOrder reported, double now) {
            Order updated = reported.applyTo(order, now);
            if ((updated.status() == OrderStatus.PLACED || updated.status() == OrderStatus.CANCELLED)
                    && reported.executedAmount() > 0) {
                updated = new Order(updated.id(), updated.foreignId(), updated.pair(), updated.type(),
                        updated.direction(), updated.amount(), updated.price(), updated.stopPrice(), updated.status(),
                        updated.errorReason(), updated.marketPrice(), updated.createdAt(), updated.placedAt(),
                        updated.closedAt(), reported.executedPrice(), reported.executedAmount(),
                        Double.isNaN(reported.fee()) ? 0 : reported.fee());
            }
            return updated;
        }
    }
}
