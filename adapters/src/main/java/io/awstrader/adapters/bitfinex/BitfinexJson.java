package io.awstrader.adapters.bitfinex;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.adapters.CandleRows;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeException.Kind;
import io.awstrader.adapters.ExchangeOrder;
import io.awstrader.adapters.PairRules;
import io.awstrader.adapters.Ticker;
import io.awstrader.adapters.http.ExchangeHttp;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderStatus;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.portfolio.Balance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bitfinex v2 arrays to engine types. */
final class BitfinexJson {
    /** Order array indexes (docs: [ID, GID, CID, SYMBOL, MTS_CREATE, MTS_UPDATE, AMOUNT, AMOUNT_ORIG, TYPE, ...]). */
    private static final int ID = 0;
    private static final int CID = 2;
    private static final int SYMBOL = 3;
    private static final int MTS_CREATE = 4;
    private static final int MTS_UPDATE = 5;
    private static final int AMOUNT = 6;
    private static final int AMOUNT_ORIG = 7;
    private static final int TYPE = 8;
    private static final int STATUS = 13;
    private static final int PRICE = 16;
    private static final int PRICE_AVG = 17;
    private static final int PRICE_AUX_LIMIT = 19;

    private static final CandleRows ROWS = new CandleRows(1, 1, 3, 4, 2, 5);

    private final ExchangeHttp http;

    BitfinexJson(ExchangeHttp http) {
        this.http = http;
    }

    /** Rows {@code [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]}: close comes before high and low. */
    List<Candle> candles(JsonNode rows) {
        return ROWS.read(rows, http);
    }

    /** {@code [BID, BID_SIZE, ASK, ASK_SIZE, DAILY_CHANGE, DAILY_CHANGE_RELATIVE, LAST_PRICE, VOLUME, HIGH, LOW]}. */
    Ticker ticker(Pair pair, JsonNode t) {
        if (!t.isArray() || t.size() < 8) {
            throw http.malformed("ticker " + t);
        }
        return new Ticker(pair, t.get(6).asDouble(), t.get(0).asDouble(), t.get(2).asDouble(), t.get(7).asDouble());
    }

    /**
     * {@code pub:list:pair:exchange} ({@code [["BTCUSD", ...]]}) with {@code pub:info:pair}
     * ({@code [[[PAIR, [_, _, _, MIN, MAX, ...]], ...]]}): prices have 5 significant digits, amounts 8 decimals.
     */
    Map<Pair, PairRules> pairs(JsonNode list, JsonNode info) {
        Set<String> spot = new HashSet<>();
        list.path(0).forEach(p -> spot.add(p.asText()));
        Map<String, JsonNode> limits = new LinkedHashMap<>();
        info.path(0).forEach(entry -> limits.put(entry.path(0).asText(), entry.path(1)));
        Map<Pair, PairRules> out = new LinkedHashMap<>();
        for (String name : spot) {
            Pair pair = BitfinexSymbols.pair(name);
            if (pair == null) {
                continue;
            }
            JsonNode l = limits.get(name);
            out.put(pair, new PairRules(pair, "t" + name, null, 5, new BigDecimal("0.00000001"),
                    l == null ? null : decimal(l.get(3)), l == null ? null : decimal(l.get(4)), null, true));
        }
        return out;
    }

    /** Wallet rows {@code [TYPE, CURRENCY, BALANCE, UNSETTLED, AVAILABLE, ...]}: the {@code exchange} wallet only. */
    Map<String, Balance> balances(JsonNode rows) {
        Map<String, Balance> out = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (!"exchange".equals(row.path(0).asText())) {
                continue;
            }
            String asset = BitfinexSymbols.platformAsset(row.path(1).asText());
            double total = row.path(2).asDouble();
            double free = row.path(4).isNull() || row.path(4).isMissingNode() ? total : row.path(4).asDouble();
            out.put(asset, new Balance(asset, free, total));
        }
        return out;
    }

    List<ExchangeOrder> orders(JsonNode rows) {
        List<ExchangeOrder> out = new ArrayList<>();
        for (JsonNode row : rows) {
            out.add(order(row));
        }
        return out;
    }

    /**
     * An order array. Side is the sign of the original amount; status by prefix: {@code ACTIVE} and
     * {@code PARTIALLY FILLED} -> placed, {@code EXECUTED} -> completed, anything cancelled
     * ({@code CANCELED}, {@code INSUFFICIENT MARGIN was: ...}) -> cancelled. Fees are not in order arrays (NaN).
     */
    ExchangeOrder order(JsonNode o) {
        if (!o.isArray() || o.size() <= PRICE_AVG) {
            throw http.malformed("order " + o);
        }
        Pair pair = BitfinexSymbols.pair(o.get(SYMBOL).asText());
        if (pair == null) {
            throw http.malformed("order symbol " + o.get(SYMBOL));
        }
        double original = o.get(AMOUNT_ORIG).asDouble();
        double remaining = o.get(AMOUNT).asDouble();
        double executed = Math.abs(original) - Math.abs(remaining);
        String kind = o.get(TYPE).asText().replace("EXCHANGE ", "");
        OrderType type = switch (kind) {
            case "MARKET", "FOK", "IOC" -> OrderType.MARKET;
            case "STOP", "STOP LIMIT", "TRAILING STOP" -> OrderType.STOP;
            default -> OrderType.LIMIT;
        };
        String statusText = o.get(STATUS).asText();
        OrderStatus status = statusText.startsWith("EXECUTED") ? OrderStatus.COMPLETED
                : statusText.startsWith("ACTIVE") || statusText.startsWith("PARTIALLY FILLED") ? OrderStatus.PLACED
                : OrderStatus.CANCELLED;
        double price = type == OrderType.LIMIT ? o.get(PRICE).asDouble()
                : kind.equals("STOP LIMIT") ? o.get(PRICE_AUX_LIMIT).asDouble() : Double.NaN;
        double stop = type == OrderType.STOP ? o.get(PRICE).asDouble() : Double.NaN;
        return new ExchangeOrder(o.get(ID).asText(), o.get(CID).isNull() ? null : o.get(CID).asText(), pair, type,
                original < 0 ? OrderDirection.SELL : OrderDirection.BUY, Math.abs(original), price, stop, status,
                executed, executed > 0 ? o.get(PRICE_AVG).asDouble() : Double.NaN, Double.NaN,
                o.get(MTS_CREATE).asDouble(), status.isOpen() ? Double.NaN : o.get(MTS_UPDATE).asDouble(), null);
    }

    /**
     * A notification {@code [MTS, TYPE, MSG_ID, null, DATA, CODE, STATUS, TEXT]}: its data when {@code SUCCESS},
     * else the refusal as a normalised error (balance -> insufficient-funds, anything else -> invalid-order).
     */
    JsonNode notificationData(JsonNode n) {
        if (!n.isArray() || n.size() < 8) {
            throw http.malformed("notification " + n);
        }
        String status = n.get(6).asText();
        String text = n.get(7).asText();
        if (!"SUCCESS".equals(status)) {
            String lower = text.toLowerCase();
            Kind kind = lower.contains("balance") || lower.contains("insufficient") ? Kind.INSUFFICIENT_FUNDS
                    : lower.contains("not found") ? Kind.NOT_FOUND : Kind.INVALID_ORDER;
            throw new ExchangeException(BitfinexApi.ID, kind, text, text);
        }
        return n.get(4);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asText());
    }
}
