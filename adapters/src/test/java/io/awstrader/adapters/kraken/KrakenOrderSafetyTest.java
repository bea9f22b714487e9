package io.awstrader.adapters.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeCredentials;
import io.awstrader.adapters.ExchangeOrder;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.adapters.stub.StubSettings;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nonces under concurrency and placement that never doubles an order, over real HTTP against the Kraken stub. */
class KrakenOrderSafetyTest {
    private static final Pair BTC_USD = Pair.parse("BTC/USD");
    private static final OrderRequest BUY = OrderRequest.limit(BTC_USD, OrderDirection.BUY, 0.001, 20000);

    private StubExchange stub;
    private KrakenStub kraken;

    @BeforeEach
    void start() {
        stub = new StubExchange();
        kraken = new KrakenStub(stub);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ExchangeAdapter adapter() {
        return new KrakenAdapter.Connector().connect(ExchangeCredentials.of(KrakenStub.KEY, KrakenStub.SECRET),
                StubSettings.at(stub.url(), 1706803200_000L));
    }

    @Test
    void eightThreadsOnOneKeyGiveStrictlyIncreasingNoncesAndEightOrders() throws Exception {
        // two adapters over one key, as two deployments of one account would have
        List<ExchangeAdapter> adapters = List.of(adapter(), adapter());
        adapters.forEach(ExchangeAdapter::pairs);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ExchangeOrder>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            Callable<ExchangeOrder> place = () -> {
                go.await();
                return adapters.get(n % 2).place("deployment-1/order-" + n, BUY);
            };
            futures.add(pool.submit(place));
        }
        go.countDown();
        List<String> txids = new ArrayList<>();
        for (Future<ExchangeOrder> f : futures) {
            txids.add(f.get().exchangeOrderId());
        }
        pool.shutdown();
        assertEquals(8, new HashSet<>(txids).size(), "8 distinct orders");
        assertEquals(8, kraken.orders().size(), "8 orders at the exchange, no duplicate");
        List<Long> nonces = kraken.nonces();
        assertEquals(8, nonces.size(), "no call was refused for its nonce");
        for (int i = 1; i < nonces.size(); i++) {
            assertTrue(nonces.get(i) > nonces.get(i - 1), "nonces in arrival order: " + nonces);
        }
        assertEquals(8, stub.requests("/0/private/AddOrder").size(), "no retry was needed");
    }

    @Test
    void aPlaceThatTimesOutAfterTheExchangeAcceptedItEndsWithOneOrder() {
        stub.once("POST", "/0/private/AddOrder", r -> kraken.privateCall("AddOrder", r).delayed(2500));
        ExchangeOrder order = adapter().place("dep/timeout", BUY);
        assertEquals(1, kraken.orders().size());
        assertEquals(1, stub.requests("/0/private/AddOrder").size(), "found by client id, not sent again");
        assertEquals(kraken.orders().keySet().iterator().next(), order.exchangeOrderId());
    }

    @Test
    void aPlaceAnsweredWithA5xxAfterTheExchangeAcceptedItEndsWithOneOrder() {
        stub.once("POST", "/0/private/AddOrder", r -> {
            kraken.privateCall("AddOrder", r);
            return Response.status(500, "<html>Internal Server Error</html>");
        });
        adapter().place("dep/5xx", BUY);
        assertEquals(1, kraken.orders().size());
        assertEquals(1, stub.requests("/0/private/AddOrder").size());
    }

    @Test
    void aPlaceRefusedBeforeTheExchangeTookItIsSentAgainOnce() {
        stub.once("POST", "/0/private/AddOrder", r -> Response.status(503, "<html>Service Unavailable</html>"));
        ExchangeOrder order = adapter().place("dep/503", BUY);
        assertEquals(1, kraken.orders().size());
        assertEquals(2, stub.requests("/0/private/AddOrder").size(), "looked up, absent, placed once more");
        assertEquals(order.clientOrderId(), stub.requests("/0/private/AddOrder").get(1).form().get("cl_ord_id"));
        assertEquals(stub.requests("/0/private/AddOrder").get(0).form().get("cl_ord_id"),
                stub.requests("/0/private/AddOrder").get(1).form().get("cl_ord_id"), "the same client id both times");
    }

    @Test
    void anOrderThatSurfacesOnlyAfterTheLookUpIsNotDoubled() {
        // the exchange takes the order but lists it only later: the look-up misses it, the resend is refused as a
        // duplicate client id, and a last look finds the one order
        StubExchange.Request[] first = new StubExchange.Request[1];
        stub.once("POST", "/0/private/AddOrder", r -> {
            first[0] = r;
            return Response.status(504, "<html>Gateway Timeout</html>");
        });
        stub.once("POST", "/0/private/OpenOrders", r -> {
            kraken.privateCall("OpenOrders", r); // answered as if the order did not exist yet...
            Response empty = Response.json("{\"error\":[],\"result\":{\"open\":{}}}");
            kraken.take(first[0].form()); // ...then it surfaces
            return empty;
        });
        ExchangeOrder order = adapter().place("dep/late", BUY);
        assertEquals(2, stub.requests("/0/private/AddOrder").size(), "resent once, refused as a duplicate");
        assertEquals(1, kraken.orders().size());
        assertEquals(kraken.orders().keySet().iterator().next(), order.exchangeOrderId());
    }
}
