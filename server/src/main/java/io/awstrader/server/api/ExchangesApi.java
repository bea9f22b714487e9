package io.awstrader.server.api;

import io.awstrader.server.api.Views.ExchangeView;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.JsonBodies;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.Storage;
import io.awstrader.storage.exchange.ExchangeAccount;
import io.awstrader.storage.exchange.ExchangeCredentials;
import io.awstrader.adapters.ExchangeException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exchange accounts: real ones ({@code bitfinex}, {@code kraken}, {@code kucoin}) with API credentials, encrypted
 * at rest and only ever shown as a masked key; virtual ones ({@code virtual}) trading on a real exchange's prices
 * from initial balances.
 */
public final class ExchangesApi {
    /** The exchanges with real accounts (and price sources of virtual ones). */
    public static final Set<String> REAL = Set.of("bitfinex", "kraken", "kucoin");
    private static final int MAX_NAME = 100;

    private final Storage storage;
    private final JsonBodies bodies;
    private final ExchangeKeyCheck keys;

    public ExchangesApi(Storage storage, JsonBodies bodies, ExchangeKeyCheck keys) {
        this.storage = storage;
        this.bodies = bodies;
        this.keys = keys;
    }

    /** One asset's balance at the exchange. */
    public record BalanceView(String asset, double free, double total) {
    }

    /** API credentials; {@code passphrase} only for KuCoin. {@link #toString()} shows none of them. */
    public record CredentialsBody(String apiKey, String apiSecret, @OptionalField String passphrase) {
        @Override
        public String toString() {
            return "CredentialsBody[(hidden)]";
        }
    }

    /**
     * A new exchange account: real ones give {@code credentials}; virtual ones give {@code priceSource} and
     * {@code initialBalances} (asset to amount).
     */
    public record NewExchange(String name, String provider, @OptionalField CredentialsBody credentials,
            @OptionalField String priceSource, @OptionalField Map<String, Double> initialBalances) {
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/exchanges", "Your exchange accounts (keys masked)", this::list)
                        .returnsList(ExchangeView.class),
                ApiRoute.post("/api/exchanges", "Add a real exchange account (credentials) or a virtual one (balances)",
                        this::create).body(NewExchange.class).bodyLimit(20_000).returns(201, ExchangeView.class),
                ApiRoute.get("/api/exchanges/{exchangeId}", "An exchange account (key masked)", this::get)
                        .returns(200, ExchangeView.class),
                ApiRoute.get("/api/exchanges/{exchangeId}/balances", "A real account's balances at the exchange",
                        this::balances).returnsList(BalanceView.class),
                ApiRoute.delete("/api/exchanges/{exchangeId}", "Delete an exchange account", this::delete)
                        .conflict("a deployment uses the exchange account"));
    }

    void list(Context ctx, String accountId) {
        ctx.json(storage.exchanges().list(accountId).stream().map(ExchangesApi::view).toList());
    }

    void create(Context ctx, String accountId) {
        NewExchange body = bodies.read(ctx, NewExchange.class);
        String name = Requests.text(body.name(), "name", MAX_NAME);
        String provider = Requests.required(body.provider(), "provider");
        ExchangeAccount created;
        if (provider.equals("virtual")) {
            if (body.credentials() != null) {
                throw ApiException.invalid("credentials", "a virtual exchange account has no credentials");
            }
            String source = Requests.required(body.priceSource(), "priceSource");
            if (!REAL.contains(source)) {
                throw ApiException.invalid("priceSource", "priceSource must be one of bitfinex, kraken, kucoin");
            }
            created = storage.exchanges().createVirtual(accountId, name, source, balances(body.initialBalances()));
        } else if (REAL.contains(provider)) {
            if (body.priceSource() != null) {
                throw ApiException.invalid("priceSource", "only a virtual exchange account has a price source");
            }
            if (body.initialBalances() != null) {
                throw ApiException.invalid("initialBalances", "only a virtual exchange account has initial balances");
            }
            ExchangeCredentials credentials = credentials(provider, body.credentials());
            keys.check(provider, credentials); // a refused key never gets stored
            created = storage.exchanges().create(accountId, name, provider, credentials);
        } else {
            throw ApiException.invalid("provider", "provider must be one of bitfinex, kraken, kucoin, virtual");
        }
        ctx.status(201).json(view(created));
    }

    void get(Context ctx, String accountId) {
        String id = Requests.id(ctx, "exchangeId");
        ctx.json(view(storage.exchanges().get(accountId, id)
                .orElseThrow(() -> ApiException.notFound("exchange account " + id))));
    }

    void balances(Context ctx, String accountId) {
        String id = Requests.id(ctx, "exchangeId");
        ExchangeAccount account = storage.exchanges().get(accountId, id)
                .orElseThrow(() -> ApiException.notFound("exchange account " + id));
        if (account.isVirtual()) {
            throw ApiException.conflict("virtual_account", "a virtual account's balances live in its deployments");
        }
        ExchangeCredentials credentials = storage.exchanges().credentials(accountId, id)
                .orElseThrow(() -> ApiException.notFound("exchange account " + id));
        try {
            ctx.json(keys.balances(account.provider(), credentials).values().stream()
                    .map(b -> new BalanceView(b.asset(), b.free(), b.total())).toList());
        } catch (ExchangeException e) {
            int status = e.kind() == ExchangeException.Kind.AUTH ? 409 : 502;
            throw new ApiException(status, "exchange_" + e.kind().code(), e.getMessage(), null);
        }
    }

    void delete(Context ctx, String accountId) {
        String id = Requests.id(ctx, "exchangeId");
        if (storage.exchanges().get(accountId, id).isEmpty()) {
            throw ApiException.notFound("exchange account " + id);
        }
        long users = storage.deployments().list(accountId).stream().filter(d -> d.exchangeAccountId().equals(id)).count();
        if (users > 0) {
            throw ApiException.conflict("exchange_in_use", "the exchange account is used by " + users + " deployment"
                    + (users == 1 ? "" : "s") + "; delete " + (users == 1 ? "it" : "them") + " first");
        }
        storage.exchanges().delete(accountId, id);
        ctx.status(204);
    }

    private static ExchangeCredentials credentials(String provider, CredentialsBody body) {
        if (body == null) {
            throw ApiException.missing("credentials");
        }
        String key = secretText(body.apiKey(), "credentials.apiKey", 8, 256);
        String secret = secretText(body.apiSecret(), "credentials.apiSecret", 8, 512);
        String passphrase = body.passphrase();
        if (provider.equals("kucoin")) {
            passphrase = secretText(passphrase, "credentials.passphrase", 1, 128);
        } else if (passphrase != null) {
            throw ApiException.invalid("credentials.passphrase", provider + " credentials have no passphrase");
        }
        return new ExchangeCredentials(key, secret, passphrase);
    }

    /** A credential field: printable ASCII without spaces; messages never repeat the value. */
    private static String secretText(String value, String field, int min, int max) {
        if (value == null) {
            throw ApiException.missing(field);
        }
        if (value.length() < min || value.length() > max) {
            throw ApiException.invalid(field, field + " must be " + min + " to " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw ApiException.invalid(field, field + " may only hold printable ASCII characters without spaces");
            }
        }
        return value;
    }

    private static Map<String, Double> balances(Map<String, Double> balances) {
        if (balances == null) {
            throw ApiException.missing("initialBalances");
        }
        if (balances.isEmpty() || balances.size() > 50) {
            throw ApiException.invalid("initialBalances", "initialBalances needs 1 to 50 assets, e.g. {\"USD\": 1000}");
        }
        for (Map.Entry<String, Double> e : balances.entrySet()) {
            String field = "initialBalances." + Requests.fieldName(e.getKey());
            if (!e.getKey().matches("[A-Z0-9]{1,16}")) {
                throw ApiException.invalid(field, "asset names are 1 to 16 upper-case letters or digits, such as USD");
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue()) || e.getValue() < 0) {
                throw ApiException.invalid(field, "enter an amount of 0 or more without currency signs, such as 1000 or 0.5");
            }
        }
        return balances;
    }

    static ExchangeView view(ExchangeAccount e) {
        return new ExchangeView(e.id(), e.name(), e.provider(), e.maskedKey(), e.priceSource(),
                e.isVirtual() ? e.initialBalances() : null, e.createdAt());
    }
}
