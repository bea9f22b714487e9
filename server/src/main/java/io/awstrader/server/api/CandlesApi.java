package io.awstrader.server.api;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.server.api.Views.RangeView;
import io.awstrader.server.candles.CandleAnswer;
import io.awstrader.server.candles.CandleService;
import io.awstrader.server.validation.ApiException;
import io.awstrader.server.validation.Requests;
import io.awstrader.storage.candle.CandleKey;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/candles}: candles of an exchange, pair and interval over {@code [from, to)}, in columns (the
 * shape the backtest worker takes).
 */
public final class CandlesApi {
    /** The most candles one request may ask for. */
    public static final int MAX_CANDLES = 100_000;

    private final CandleService service;

    public CandlesApi(CandleService service) {
        this.service = service;
    }

    /** Candle fields as parallel arrays: {@code time[i]} (epoch ms, the candle's open time) goes with {@code open[i]}... */
    public record CandleColumns(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
    }

    /**
     * The answer: the candles, whether the range is complete, and when it is not, the missing ranges, every range
     * the cache holds for this exchange, pair and interval, and why.
     */
    public record CandlesView(String exchange, String pair, String interval, long from, long to, int count,
            boolean complete, CandleColumns candles, List<RangeView> missing, List<RangeView> available, String note) {
    }

    /** One exchange and interval of the pair: the spans the server holds, and whether it can fetch the rest. */
    public record MarketView(String exchange, String interval, List<RangeView> cached, boolean fetchable) {
    }

    /** The answer of the markets route: what a backtest of the pair can run on. */
    public record MarketsView(String pair, List<MarketView> markets) {
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/candles/markets",
                        "The exchanges and intervals with candles of a pair: cached spans and whether an adapter can "
                                + "fetch more (asks the cache only, never an exchange)", this::markets)
                .query("pair", true, "string", "BASE/QUOTE, e.g. BTC/USD")
                .query("exchange", false, "string", "only this exchange (bitfinex, kraken or kucoin)")
                .query("interval", false, "string", "only this interval: " + RunInterval.codes())
                .returns(200, MarketsView.class),
                ApiRoute.get("/api/candles", "Candles from the cache (missing ranges fetched when an adapter exists)",
                        this::candles)
                .query("exchange", true, "string", "bitfinex, kraken or kucoin")
                .query("pair", true, "string", "BASE/QUOTE, e.g. BTC/USD (BTC_USD and BTC-USD work too)")
                .query("interval", true, "string", RunInterval.codes())
                .query("from", true, "integer", "start, epoch ms, inclusive")
                .query("to", true, "integer", "end, epoch ms, exclusive")
                .returns(200, CandlesView.class));
    }

    /**
     * Every exchange and interval of the pair, or only the one a backtest is about to run on (one cache lookup instead
     * of one per exchange and interval: the first backtest of a page waits for it).
     */
    void markets(Context ctx, String accountId) {
        Pair pair = pair(ctx);
        List<String> exchanges = ctx.queryParam("exchange") == null ? ExchangesApi.REAL.stream().sorted().toList()
                : List.of(exchange(ctx));
        List<RunInterval> intervals = ctx.queryParam("interval") == null ? List.of(RunInterval.values())
                : List.of(interval(ctx));
        List<MarketView> markets = service.markets(exchanges, intervals, pair).stream()
                .map(m -> new MarketView(m.exchange(), m.interval().code(), ranges(m.cached()), m.fetchable()))
                .toList();
        ctx.json(new MarketsView(pair.toString(), markets));
    }

    private static String exchange(Context ctx) {
        String exchange = Requests.query(ctx, "exchange");
        if (!ExchangesApi.REAL.contains(exchange)) {
            throw ApiException.invalid("exchange", "exchange must be one of bitfinex, kraken, kucoin");
        }
        return exchange;
    }

    private static RunInterval interval(Context ctx) {
        try {
            return RunInterval.parse(Requests.query(ctx, "interval"));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("interval", "interval must be one of " + RunInterval.codes());
        }
    }

    private static Pair pair(Context ctx) {
        try {
            return Pair.parse(Requests.query(ctx, "pair").replace('_', '/').replace('-', '/'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("pair", "pair must be BASE/QUOTE such as BTC/USD");
        }
    }

    void candles(Context ctx, String accountId) {
        String exchange = exchange(ctx);
        Pair pair = pair(ctx);
        RunInterval interval = interval(ctx);
        long from = Requests.epochMillis(ctx, "from");
        long to = Requests.epochMillis(ctx, "to");
        if (to <= from) {
            throw ApiException.invalid("to", "to must be after from");
        }
        if ((to - from) / (long) interval.millis() > MAX_CANDLES) {
            throw ApiException.invalid("to", "at most " + MAX_CANDLES + " candles per request; ask for a shorter range");
        }
        CandleAnswer answer = service.candles(new CandleKey(exchange, pair, interval), new TimeRange(from, to));
        ctx.json(view(answer));
    }

    static CandlesView view(CandleAnswer answer) {
        List<Candle> candles = answer.candles();
        int n = candles.size();
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            Candle c = candles.get(i);
            time[i] = (long) c.time();
            open[i] = c.open();
            high[i] = c.high();
            low[i] = c.low();
            close[i] = c.close();
            volume[i] = c.volume();
        }
        CandleKey key = answer.key();
        return new CandlesView(key.exchange(), key.pair().toString(), key.interval().code(), answer.range().from(),
                answer.range().to(), n, answer.complete(), new CandleColumns(time, open, high, low, close, volume),
                ranges(answer.missing()), ranges(answer.available()), answer.note());
    }

    private static List<RangeView> ranges(List<TimeRange> ranges) {
        return ranges.stream().map(r -> new RangeView(r.from(), r.to())).toList();
    }
}
