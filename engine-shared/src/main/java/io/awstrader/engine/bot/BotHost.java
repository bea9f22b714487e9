package io.awstrader.engine.bot;

import io.awstrader.engine.indicators.IndicatorCatalog;
import io.awstrader.engine.indicators.IndicatorDefinition;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.indicators.IndicatorView;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonString;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.PriceField;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.orders.Order;
import io.awstrader.engine.orders.OrderDirection;
import io.awstrader.engine.orders.OrderRequest;
import io.awstrader.engine.orders.OrderType;
import io.awstrader.engine.patterns.CandlestickPattern;
import io.awstrader.engine.patterns.CandlestickPatternCatalog;
import io.awstrader.engine.plot.PlotMark;
import io.awstrader.engine.portfolio.Portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's side of the bridge to bot JavaScript: what {@code bot-api.js} (the JavaScript side, shared by the
 * GraalJS and browser runtimes) calls to build the objects a bot sees. Only numbers and strings (JSON) cross, so both
 * runtimes carry it the same way and bot code gets the same answers in both.
 *
 * <p>Every method answers a string and never throws: an answer that starts with {@code !} is an error message,
 * which the script throws as a JavaScript {@code Error} at the bot's call. That keeps error handling the same in
 * every runtime, whatever each does with Java exceptions.
 *
 * <p>Market data goes over as growing series: {@link #series} sends a series up to the run's newest closed candle
 * and registers it; each {@link #begin()} then sends only what each registered series gained. Nothing after the
 * current candle ever reaches bot code, and a backtest sends each value once.
 */
public final class BotHost {
    private BotInput input;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();
    /** The registered series by id (their index here), which is how {@link #begin()} names them. */
    private final List<Feed> feedList = new ArrayList<>();
    private final Map<Pair, CandleSeries> seriesSeen = new LinkedHashMap<>();
    private List<Pair> pairsSeen;
    private boolean reset = true;
    /** The portfolio of the newest run and its version number, which grows whenever the portfolio object changes. */
    private Portfolio portfolioSeen;
    private int portfolioVersion;
    /** {@link #portfolio()}'s answer for {@code portfolioWritten}. */
    private Portfolio portfolioWritten;
    private String portfolioText;
    /** The numbers of the run {@link #begin()} started, and how many {@link #next()} has read. */
    private double[] start = new double[64];
    private int startLength;
    private int startRead;

    /** Drops every registered series; the script drops its own at the next {@link #begin()}. */
    private void forgetFeeds() {
        feeds.clear();
        feedList.clear();
        seriesSeen.clear();
        reset = true;
    }

    /**
     * The script was loaded anew (a runtime reloads a bot after a call broke its limit): it holds no series and no
     * portfolio, so the next {@link #begin()} starts it over as for a new run.
     */
    public void forgetScript() {
        forgetFeeds();
        portfolioWritten = null;
        portfolioText = null;
    }

    /** Makes {@code input} the run that bridge calls act on. */
    public void attach(BotInput newInput) {
        List<Pair> pairs = newInput.config().pairs();
        if (pairs != pairsSeen && !pairs.equals(pairsSeen)) {
            // Another bot's pairs: the script learns them (and drops what it holds) at the next begin().
            pairsSeen = pairs;
            forgetFeeds();
        }
        boolean known = true; // the same series as the previous run (a backtest's next candle): nothing to record
        for (Map.Entry<Pair, CandleWindow> e : newInput.candleData().entrySet()) {
            CandleSeries previous = seriesSeen.get(e.getKey());
            if (previous != e.getValue().series()) {
                known = false;
                if (previous != null) {
                    // Another run's candles: what the script cached no longer applies.
                    forgetFeeds();
                    break;
                }
            }
        }
        if (!known) {
            for (Map.Entry<Pair, CandleWindow> e : newInput.candleData().entrySet()) {
                seriesSeen.put(e.getKey(), e.getValue().series());
            }
        }
        this.input = newInput;
    }

    public void detach() {
        input = null;
    }

    /**
     * Starts a run. Answers {@code ""}, or after a reset (the script must drop the series it holds: another backtest)
     * the bot's pairs as a JSON array of names; the run's numbers then come one by one from {@link #next()}:
     * {@code now, portfolioVersion}, {@code from, to} of each pair's window (series indices, config order), the
     * number of records that follow, and per record {@code id, count} and the {@code count} values a registered
     * series (by the id {@link #series} gave it) gained since it was last sent. The portfolio version changes whenever
     * the portfolio does, so the script asks for it again only then.
     *
     * <p>Numbers cross as numbers: this runs once per candle of a backtest, where writing and parsing JSON text would
     * cost more than everything else the bridge does.
     */
    public String begin() {
        return guard(() -> {
            BotInput in = current();
            List<Pair> pairs = in.config().pairs();
            startLength = 0;
            startRead = 0;
            put(in.clock().now());
            put(portfolioVersion(in));
            for (int p = 0; p < pairs.size(); p++) {
                CandleWindow window = in.candles(pairs.get(p));
                put(window.from());
                put(window.to());
            }
            int records = startLength;
            put(0);
            for (int id = 0; id < feedList.size(); id++) {
                Feed feed = feedList.get(id);
                int to = in.candles(feed.pair).to();
                if (to > feed.sent) {
                    start[records]++;
                    put(id);
                    put((to - feed.sent) * feed.width);
                    for (int i = feed.sent; i < to; i++) {
                        for (int k = 0; k < feed.width; k++) {
                            double value = feed.value(i, k);
                            put(Double.isInfinite(value) ? Double.NaN : value); // as JSON's null would
                        }
                    }
                    feed.sent = to;
                }
            }
            String answer = "";
            if (reset) {
                List<JsonValue> names = new ArrayList<>();
                for (Pair pair : pairs) {
                    names.add(new JsonString(pair.toString()));
                }
                answer = Json.write(JsonArray.of(names));
            }
            reset = false;
            return answer;
        });
    }

    /**
     * {@link #begin()} and every {@link #next()} of the run in one answer, for runtimes where each bridge call costs
     * more than writing and parsing numbers (GraalJS: a host call per number): a JSON array of the numbers
     * ({@code null} for NaN), then, after a reset, a line feed and {@link #begin()}'s answer. An error answer
     * ({@code "!message"}) is passed on as it is. The numbers are written in their shortest exact form, so the script
     * reads back the same doubles {@link #next()} would give.
     */
    public String beginPacked() {
        String answer = begin();
        if (!answer.isEmpty() && answer.charAt(0) == '!') {
            return answer;
        }
        StringBuilder out = new StringBuilder(16 + startLength * 12);
        out.append('[');
        for (int i = 0; i < startLength; i++) {
            if (i > 0) {
                out.append(',');
            }
            Json.appendNumber(out, start[i]);
        }
        out.append(']');
        startRead = startLength;
        if (!answer.isEmpty()) {
            out.append('\n').append(answer);
        }
        return out.toString();
    }

    /**
     * The numbers of the run {@link #begin()} started, valid up to {@link #startLength()}: for runtimes that read
     * them in one go instead of one {@link #next()} call each (the browser build: one call per run, not twenty).
     */
    public double[] startNumbers() {
        return start;
    }

    /** How many of {@link #startNumbers()} the run {@link #begin()} started has. */
    public int startLength() {
        return startLength;
    }

    /** The next number of the run {@link #begin()} started; {@code NaN} past the last. */
    public double next() {
        return startRead < startLength ? start[startRead++] : Double.NaN;
    }

    private void put(double value) {
        if (startLength == start.length) {
            start = Arrays.copyOf(start, startLength * 2);
        }
        // -0 becomes 0, as it did when these numbers went over as JSON text.
        start[startLength++] = value == 0 ? 0 : value;
    }

    private int portfolioVersion(BotInput in) {
        Portfolio portfolio = in.trader().portfolio();
        if (portfolio != portfolioSeen) {
            portfolioSeen = portfolio;
            portfolioVersion++;
        }
        return portfolioVersion;
    }

    /** The bot's {@code input.config}: pairs, runInterval, exchange, exchangeType and the user's extra values. */
    public String config() {
        return guard(() -> {
            return Json.write(configJson(current().config()));
    });
    }

    /** {@code config} as bots see it, also what {@code initializeState(config, state)} receives. */
    public static JsonObject configJson(BotConfig config) {
        JsonObject.Builder out = JsonObject.builder();
        for (Map.Entry<String, JsonValue> e : config.extra().members().entrySet()) {
            out.put(e.getKey(), e.getValue());
        }
        List<JsonValue> pairs = new ArrayList<>();
        for (Pair pair : config.pairs()) {
            pairs.add(new JsonString(pair.toString()));
        }
        return out.put("pairs", JsonArray.of(pairs)).put("runInterval", config.runInterval().code())
                .put("exchange", config.exchange()).put("exchangeType", config.exchangeType()).build();
    }

    /**
     * Registers a series of {@code pair} and returns {@code {"id", "key", "width", "outputs", "values"}} up to the
     * newest candle: {@code kind} is {@code candles} (width 6, the original's {@code [time, open, close, high, low,
     * volume]}), {@code indicator} ({@code spec} like {@code sma:14} or {@code sma:14@high}) or {@code pattern}
     * ({@code spec} like {@code hammer} or {@code hammer:confirmed}, values 0 or 1).
     */
    public String series(String kind, String pairText, String spec) {
        return guard(() -> {
            BotInput in = current();
            Pair pair = in.config().pair(pairText);
            String key = kind + "|" + pair + "|" + (spec == null ? "" : spec);
            Feed feed = feeds.get(key);
            if (feed == null) {
                feed = feed(kind, pair, spec, in);
                feed.id = feedList.size();
                feeds.put(key, feed);
                feedList.add(feed);
            }
            int to = in.candles(pair).to();
            StringBuilder out = new StringBuilder(64 + to * 8 * feed.width);
            out.append("{\"id\":").append(feed.id).append(",\"key\":").append(Json.quote(key))
                    .append(",\"width\":").append(feed.width)
                    .append(",\"outputs\":").append(Json.write(feed.outputs)).append(",\"values\":");
            feed.write(out, 0, to);
            out.append('}');
            feed.sent = to;
            return out.toString();
    });
    }

    /** An indicator over candles the bot built itself (ArrayCandle order), as {@code {"outputs", "values"}}. */
    public String indicatorOver(String candlesJson, String spec) {
        return guard(() -> {
            BotInput in = current();
            CandleWindow window = botCandles(candlesJson, in.config());
            Feed feed = indicatorFeed(window.series(), spec, in);
            StringBuilder out = new StringBuilder();
            out.append("{\"width\":").append(feed.width).append(",\"outputs\":").append(Json.write(feed.outputs))
                    .append(",\"values\":");
            feed.write(out, 0, window.size());
            return out.append('}').toString();
    });
    }

    /** A candlestick pattern over candles the bot built itself, as a JSON array of 0 and 1. */
    public String patternOver(String candlesJson, String spec) {
        return guard(() -> {
            CandleWindow window = botCandles(candlesJson, current().config());
            StringBuilder out = new StringBuilder();
            patternFeed(window.series(), spec).write(out, 0, window.size());
            return out.toString();
    });
    }

    /** Every indicator and pattern bots can call: {@code {"indicators": [{name, parameters, outputs}], "patterns"}}. */
    public String catalog() {
        List<JsonValue> indicators = new ArrayList<>();
        for (IndicatorDefinition definition : IndicatorCatalog.all()) {
            List<JsonValue> parameters = new ArrayList<>();
            for (IndicatorDefinition.Parameter p : definition.parameters()) {
                parameters.add(JsonObject.builder().put("name", p.name()).put("default", p.defaultValue()).build());
            }
            List<JsonValue> outputs = new ArrayList<>();
            for (String output : definition.outputs()) {
                outputs.add(new JsonString(output));
            }
            indicators.add(JsonObject.builder().put("name", definition.name())
                    .put("description", definition.description()).put("parameters", JsonArray.of(parameters))
                    .put("outputs", JsonArray.of(outputs)).build());
        }
        List<JsonValue> patterns = new ArrayList<>();
        for (CandlestickPattern pattern : CandlestickPatternCatalog.all()) {
            patterns.add(new JsonString(pattern.name()));
        }
        return Json.write(JsonObject.builder().put("indicators", JsonArray.of(indicators))
                .put("patterns", JsonArray.of(patterns)).build());
    }

    /** {@code indicators.smaArray(values, period)} over the bot's own numbers, as a JSON array. */
    public String smaArray(String valuesJson, double period) {
        return guard(() -> {
            JsonValue parsed = Json.parse(valuesJson);
            if (!(parsed instanceof JsonArray array)) {
                throw new IllegalArgumentException("smaArray needs an array of numbers");
            }
            double[] values = new double[array.size()];
            for (int i = 0; i < values.length; i++) {
                JsonValue v = array.get(i);
                values[i] = v instanceof JsonNumber n ? n.value() : Double.NaN;
            }
            IndicatorView view = current().indicators().smaArray(values, wholeNumber("period", period));
            StringBuilder out = new StringBuilder();
            out.append('[');
            for (int i = 0; i < view.length(); i++) {
                out.append(i == 0 ? "" : ",");
                Json.appendNumber(out, view.get(0, i));
            }
            return out.append(']').toString();
    });
    }

    /** {@code Math.random()}: the run's seeded sequence, as number text. */
    public String random() {
        return guard(() -> NumberText.format(current().clock().random()));
    }

    // ---- trader ----------------------------------------------------------------------------------------------------

    public String portfolio() {
        return guard(() -> {
            Portfolio portfolio = current().trader().portfolio();
            if (portfolio != portfolioWritten) {
                JsonObject.Builder out = JsonObject.builder();
                for (var e : portfolio.balances().entrySet()) {
                    out.put(e.getKey(), e.getValue().toJson());
                }
                portfolioText = Json.write(out.build());
                portfolioWritten = portfolio;
            }
            return portfolioText;
        });
    }

    public String portfolioValue() {
        return guard(() -> NumberText.format(current().trader().getPortfolioValue()));
    }

    /** The order as JSON, or {@code "null"}. */
    public String order(String id) {
        return guard(() -> {
            Order order = current().trader().getOrder(id);
            return order == null ? "null" : Json.write(order.toJson());
    });
    }

    public String openOrders() {
        return guard(() -> {
            List<JsonValue> out = new ArrayList<>();
            for (Order order : current().trader().getOpenOrders()) {
                out.add(order.toJson());
            }
            return Json.write(JsonArray.of(out));
    });
    }

    /** {@code trader.placeOrder}: absent prices are {@code NaN}; returns the new order as JSON. */
    public String placeOrder(String pair, String type, String direction, double amount, double price,
                             double stopPrice) {
        return guard(() -> {
            BotInput in = current();
            OrderRequest request = new OrderRequest(in.config().pair(pair), OrderType.parse(type),
                    OrderDirection.parse(direction), amount, price, stopPrice);
            return Json.write(in.trader().placeOrder(request).toJson());
    });
    }

    public String cancelOrder(String id) {
        return guard(() -> {
            current().trader().cancelOrder(id);
            return "";
        });
    }

    // ---- utils, plotter, console -----------------------------------------------------------------------------------

    /** {@code utils.getGrid}: {@code {"above": [...], "below": [...]}}. */
    public String grid(double price, double levelDistance, double gridSize) {
        return guard(() -> {
            UtilsApi.Grid grid = current().utils().getGrid(price, wholeNumber("levelDistance", levelDistance),
                    wholeNumber("gridSize", gridSize));
            return Json.write(JsonObject.builder().put("above", JsonArray.ofNumbers(grid.above()))
                    .put("below", JsonArray.ofNumbers(grid.below())).build());
    });
    }

    public String plot(String kind, String name, String pair, double value, String chart) {
        return guard(() -> {
            PlotterApi plotter = current().plotter();
            if (PlotMark.Kind.POINT.code().equals(kind)) {
                plotter.plotPoint(name, pair, value, chart);
            } else {
                plotter.plotSeries(name, pair, value, chart);
            }
            return "";
        });
    }

    public String log(String type, String message) {
        return guard(() -> {
            ConsoleApi console = current().console();
            if (ConsoleEntry.WARN.equals(type)) {
                console.warn(message);
            } else if (ConsoleEntry.ERROR.equals(type)) {
                console.error(message);
            } else {
                console.log(message);
            }
            return "";
        });
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    /** One bridge answer, computed under {@link #guard}. */
    private interface Answer {
        String get();
    }

    /** Runs {@code answer}, turning any failure into {@code "!" + message} for the script to throw. */
    private static String guard(Answer answer) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            return "!" + Iteration.describe(e);
        }
    }

    private BotInput current() {
        if (input == null) {
            throw new IllegalStateException("the trading API is only available while onData runs");
        }
        return input;
    }

    private static int wholeNumber(String name, double value) {
        if (value != Math.rint(value) || value < -1e9 || value > 1e9) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + NumberText.format(value));
        }
        return (int) value;
    }

    private Feed feed(String kind, Pair pair, String spec, BotInput in) {
        CandleSeries series = in.candles(pair).series();
        if ("candles".equals(kind)) {
            return new CandleFeed(pair, series);
        }
        if ("indicator".equals(kind)) {
            return indicatorFeed(series, spec, in).forPair(pair);
        }
        if ("pattern".equals(kind)) {
            return patternFeed(series, spec).forPair(pair);
        }
        throw new IllegalArgumentException("unknown series kind '" + kind + "'");
    }

    private static Feed indicatorFeed(CandleSeries series, String spec, BotInput in) {
        if (spec == null) {
            throw new IllegalArgumentException("indicator spec missing");
        }
        int at = spec.indexOf('@');
        String catalogKey = at < 0 ? spec : spec.substring(0, at);
        IndicatorSpec parsed = IndicatorSpec.parse(catalogKey);
        CandleWindow all = CandleWindow.of(series);
        IndicatorView view;
        if (at >= 0) {
            if (!parsed.definition().name().equals("sma") || parsed.params().length != 1) {
                throw new IllegalArgumentException("only sma reads another candle field, not " + catalogKey);
            }
            view = in.indicators().sma(all, (int) parsed.params()[0], PriceField.parse(spec.substring(at + 1)).code());
        } else {
            view = in.indicators().compute(parsed.definition().name(), all, parsed.params());
        }
        return new IndicatorFeed(view);
    }

    private static Feed patternFeed(CandleSeries series, String spec) {
        boolean confirmed = spec.endsWith(":confirmed");
        String name = confirmed ? spec.substring(0, spec.length() - ":confirmed".length()) : spec;
        return new PatternFeed(series, CandlestickPatternCatalog.find(name, confirmed));
    }

    private static CandleWindow botCandles(String candlesJson, BotConfig config) {
        JsonValue parsed = Json.parse(candlesJson);
        if (!(parsed instanceof JsonArray array)) {
            throw new IllegalArgumentException("candles must be an array of [time, open, close, high, low, volume]");
        }
        double[][] rows = new double[array.size()][];
        for (int i = 0; i < rows.length; i++) {
            if (!(array.get(i) instanceof JsonArray row) || row.size() < 6) {
                throw new IllegalArgumentException("candle " + i + " must be [time, open, close, high, low, volume]");
            }
            rows[i] = new double[6];
            for (int k = 0; k < 6; k++) {
                if (!(row.get(k) instanceof JsonNumber n)) {
                    throw new IllegalArgumentException("candle " + i + " has a non-number at position " + k);
                }
                rows[i][k] = n.value();
            }
        }
        RunInterval interval = config.runInterval();
        return CandleWindow.fromArrayCandles(config.pairs().get(0), interval, rows);
    }

    /** A series the script keeps: values per candle, {@code width} numbers each, and how far it has been sent. */
    private abstract static class Feed {
        final int width;
        final JsonArray outputs;
        Pair pair;
        int id;
        int sent;

        Feed(int width, JsonArray outputs) {
            this.width = width;
            this.outputs = outputs;
        }

        Feed forPair(Pair owner) {
            this.pair = owner;
            return this;
        }

        /** Writes the values of candles {@code [from, to)} as one flat JSON array. */
        final void write(StringBuilder out, int from, int to) {
            out.append('[');
            for (int i = from; i < to; i++) {
                for (int k = 0; k < width; k++) {
                    if (i > from || k > 0) {
                        out.append(',');
                    }
                    Json.appendNumber(out, value(i, k));
                }
            }
            out.append(']');
        }

        /** Value {@code k} of candle {@code i}. */
        abstract double value(int i, int k);
    }

    private static final class CandleFeed extends Feed {
        private final CandleSeries series;

        CandleFeed(Pair pair, CandleSeries series) {
            super(6, JsonArray.of(new JsonString("time"), new JsonString("open"), new JsonString("close"),
                    new JsonString("high"), new JsonString("low"), new JsonString("volume")));
            this.series = series;
            forPair(pair);
        }

        @Override
        double value(int i, int k) {
            switch (k) {
                case 0: return series.time(i);
                case 1: return series.open(i);
                case 2: return series.close(i);
                case 3: return series.high(i);
                case 4: return series.low(i);
                default: return series.volume(i);
            }
        }
    }

    private static final class IndicatorFeed extends Feed {
        private final IndicatorView view;

        IndicatorFeed(IndicatorView view) {
            super(view.outputs().size(), names(view.outputs()));
            this.view = view;
        }

        private static JsonArray names(List<String> outputs) {
            List<JsonValue> out = new ArrayList<>();
            for (String name : outputs) {
                out.add(new JsonString(name));
            }
            return JsonArray.of(out);
        }

        @Override
        double value(int i, int k) {
            return view.get(k, i);
        }
    }

    private static final class PatternFeed extends Feed {
        private final CandleSeries series;
        private final CandlestickPattern pattern;

        PatternFeed(CandleSeries series, CandlestickPattern pattern) {
            super(1, JsonArray.of(new JsonString("value")));
            this.series = series;
            this.pattern = pattern;
        }

        @Override
        double value(int i, int k) {
            return pattern.matches(series, i) ? 1 : 0;
        }
    }
}
