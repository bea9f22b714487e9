package io.awstrader.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.adapters.bitfinex.BitfinexStub;
import io.awstrader.adapters.kraken.KrakenStub;
import io.awstrader.adapters.kucoin.KucoinStub;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.adapters.stub.StubSettings;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Every failure path of every adapter, with the text of its exceptions (message, toString, stack trace with causes)
 * and every log record scanned for the key, the secret and the passphrase: none may appear anywhere.
 */
class CredentialsNeverLeakTest {

    private final List<String> texts = new ArrayList<>();

    @Test
    void noKeySecretOrPassphraseInAnyErrorOrLog() {
        Logger root = Logger.getLogger("");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                texts.add(new java.util.logging.SimpleFormatter().format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(capture);
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        try {
            scenarios();
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        assertTrue(texts.size() > 40, "the scan saw " + texts.size() + " texts");
        assertTrue(texts.stream().anyMatch(t -> t.contains("looking it up")), "placement logs were captured");
        for (String secret : List.of(KrakenStub.KEY, KrakenStub.SECRET, BitfinexStub.KEY, BitfinexStub.SECRET,
                KucoinStub.KEY, KucoinStub.SECRET, KucoinStub.PASSPHRASE)) {
            for (String text : texts) {
                assertFalse(text.contains(secret), "a credential leaked into: " + text);
            }
        }
        assertEquals("ExchangeCredentials[key=(hidden), secret=(hidden)]",
                ExchangeCredentials.of(KrakenStub.KEY, KrakenStub.SECRET).toString());
    }

    private void scenarios() {
        Pair btcUsd = Pair.parse("BTC/USD");
        try (StubExchange stub = new StubExchange()) {
            KrakenStub kraken = new KrakenStub(stub);
            ExchangeAdapter adapter = new ExchangeRegistry(List.of(new io.awstrader.adapters.kraken.KrakenAdapter
                    .Connector()), Map.of()).connect("kraken", ExchangeCredentials.of(KrakenStub.KEY, KrakenStub.SECRET),
                    StubSettings.at(stub.url(), 1706803200_000L));
            failures(stub, "/0/private/BalanceEx", "POST", a -> a.balances(), adapter);
            failures(stub, "/0/private/AddOrder", "POST",
                    a -> a.place("leak-" + texts.size(), OrderRequest.market(btcUsd, OrderDirection.BUY, 0.001)),
                    adapter);
            attempt(() -> adapter.place("small", OrderRequest.market(btcUsd, OrderDirection.BUY, 0.0000001)));
            attempt(() -> new io.awstrader.adapters.kraken.KrakenAdapter(ExchangeCredentials.of("k", "not base64!"),
                    StubSettings.at(stub.url(), 0)).balances());
            assertTrue(kraken.orders().isEmpty() && stub.requests().stream()
                    .anyMatch(r -> KrakenStub.KEY.equals(r.header("API-Key"))), "the key did reach the exchange");
        }
        try (StubExchange stub = new StubExchange()) {
            new BitfinexStub(stub);
            ExchangeAdapter adapter = new io.awstrader.adapters.bitfinex.BitfinexAdapter.Connector().connect(
                    ExchangeCredentials.of(BitfinexStub.KEY, BitfinexStub.SECRET),
                    StubSettings.at(stub.url(), 1706803200_000L));
            failures(stub, "/v2/auth/r/wallets", "POST", a -> a.balances(), adapter);
            failures(stub, "/v2/auth/w/order/submit", "POST",
                    a -> a.place("leak-" + texts.size(), OrderRequest.market(btcUsd, OrderDirection.BUY, 0.001)),
                    adapter);
        }
        try (StubExchange stub = new StubExchange()) {
            new KucoinStub(stub);
            ExchangeAdapter adapter = new io.awstrader.adapters.kucoin.KucoinAdapter.Connector().connect(
                    new ExchangeCredentials(KucoinStub.KEY, KucoinStub.SECRET, KucoinStub.PASSPHRASE),
                    StubSettings.at(stub.url(), 1706803200_000L));
            Pair btcUsdt = Pair.parse("BTC/USDT");
            failures(stub, "/api/v1/accounts", "GET", a -> a.balances(), adapter);
            failures(stub, "/api/v1/orders", "POST",
                    a -> a.place("leak-" + texts.size(), OrderRequest.market(btcUsdt, OrderDirection.BUY, 0.001)),
                    adapter);
            attempt(() -> new io.awstrader.adapters.kucoin.KucoinAdapter.Connector().connect(
                    new ExchangeCredentials(KucoinStub.KEY, KucoinStub.SECRET, "wrong"),
                    StubSettings.at(stub.url(), 0)).balances());
        }
    }

    /** The call through every failure an exchange can give: refusals, limits, 5xx, garbage, a timeout. */
    private void failures(StubExchange stub, String path, String method, Consumer<ExchangeAdapter> call,
            ExchangeAdapter adapter) {
        List<Response> failures = List.of(
                Response.status(401, "{\"error\":[\"EAPI:Invalid key\"],\"code\":\"400003\",\"msg\":\"KC-API-KEY not exists\"}"),
                Response.status(429, "[\"error\",11010,\"ratelimit: error\"]"),
                Response.status(500, "<html>oops</html>"),
                Response.json("{{{ not json"),
                Response.json("{}").delayed(2000));
        for (Response failure : failures) {
            stub.clearOnce();
            for (int i = 0; i < 3; i++) {
                stub.once(method, path, r -> failure);
            }
            attempt(() -> call.accept(adapter));
        }
        stub.clearOnce();
    }

    private void attempt(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            texts.add(e.getMessage());
            texts.add(e.toString());
            texts.add(trace.toString());
        }
    }
}
