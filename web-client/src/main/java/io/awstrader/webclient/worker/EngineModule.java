package io.awstrader.webclient.worker;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.backtest.BacktestResult;
import io.awstrader.engine.bot.BotHost;
import io.awstrader.engine.bot.ScriptedBot;
import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.json.TextPieces;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's entry point in JavaScript: TeaVM compiles this class and everything it reaches into
 * {@code engine.js}, an ES module. {@code bot-runtime.js} drives it: it loads candles, then runs a backtest whose bot
 * calls back through the {@code host*} exports (the engine's {@link BotHost}).
 */
public final class EngineModule {
    private static final Map<Pair, CandleSeries> CANDLES = new LinkedHashMap<>();
    private static final BotHost HOST = new BotHost();

    static {
        // Numbers in results and bridge answers: the JavaScript engine's exact shortest digits (see NumberText).
        NumberText.usePlatformDigits(EcmaScriptDigits.INSTANCE);
        // Results of many entries: joined as JavaScript strings (see JsTextPieces).
        TextPieces.usePlatform(expectedLength -> new JsTextPieces());
    }

    private EngineModule() {
    }

    public static void main(String[] args) {
        // Nothing to start: the module is driven through its exports.
    }

    // ---- candles and backtests -------------------------------------------------------------------------------------

    /** Adds the candles of one pair, given column-wise (times in epoch ms, oldest first). */
    @JSExport
    public static void addCandles(String pair, String interval, double[] time, double[] open, double[] high,
                                  double[] low, double[] close, double[] volume) {
        CandleSeries series = new CandleSeries(Pair.parse(pair), RunInterval.parse(interval), time.length);
        for (int i = 0; i < time.length; i++) {
            series.add(time[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        CANDLES.put(series.pair(), series);
    }

    /** Runs a backtest (settings as {@link BacktestJson} reads them) and returns its result JSON. */
    @JSExport
    public static String runBacktest(String settingsJson, JsBotScript script, ProgressCallback progress) {
        BacktestConfig config = BacktestJson.readConfig(Json.parse(settingsJson).asObject());
        BacktestResult result = Backtest.run(new ScriptedBot(JsBotScript.asBotScript(script), HOST), config, CANDLES, progress::report);
        return BacktestJson.text(result);
    }

    // ---- the host side of bot-api.js (see BotHost) -----------------------------------------------------------------

    @JSExport
    public static String hostBegin() {
        return HOST.begin();
    }

    /**
     * The run's numbers in one call (see {@link BotHost#startNumbers()}): the engine's own array seen as a
     * Float64Array, not a copy, so a run's start allocates nothing. Valid until the next {@link #hostBegin()}.
     */
    @JSExport
    public static Float64Array hostStartNumbers() {
        return Float64Array.fromJavaArray(HOST.startNumbers());
    }

    @JSExport
    public static int hostStartLength() {
        return HOST.startLength();
    }

    @JSExport
    public static String hostConfig() {
        return HOST.config();
    }

    @JSExport
    public static String hostCatalog() {
        return HOST.catalog();
    }

    @JSExport
    public static String hostSeries(String kind, String pair, String spec) {
        return HOST.series(kind, pair, spec);
    }

    @JSExport
    public static String hostIndicatorOver(String candlesJson, String spec) {
        return HOST.indicatorOver(candlesJson, spec);
    }

    @JSExport
    public static String hostPatternOver(String candlesJson, String spec) {
        return HOST.patternOver(candlesJson, spec);
    }

    @JSExport
    public static String hostSmaArray(String valuesJson, double period) {
        return HOST.smaArray(valuesJson, period);
    }

    @JSExport
    public static String hostRandom() {
        return HOST.random();
    }

    @JSExport
    public static String hostPortfolio() {
        return HOST.portfolio();
    }

    @JSExport
    public static String hostPortfolioValue() {
        return HOST.portfolioValue();
    }

    @JSExport
    public static String hostOrder(String id) {
        return HOST.order(id);
    }

    @JSExport
    public static String hostOpenOrders() {
        return HOST.openOrders();
    }

    @JSExport
    public static String hostPlaceOrder(String pair, String type, String direction, double amount, double price,
                                        double stopPrice) {
        return HOST.placeOrder(pair, type, direction, amount, price, stopPrice);
    }

    @JSExport
    public static String hostCancelOrder(String id) {
        return HOST.cancelOrder(id);
    }

    @JSExport
    public static String hostGrid(double price, double levelDistance, double gridSize) {
        return HOST.grid(price, levelDistance, gridSize);
    }

    @JSExport
    public static String hostPlot(String kind, String name, String pair, double value, String chart) {
        return HOST.plot(kind, name, pair, value, chart);
    }

    @JSExport
    public static String hostLog(String type, String message) {
        return HOST.log(type, message);
    }

    // ---- indicators, for the parity test ---------------------------------------------------------------------------

    /** How many output columns indicator {@code spec} (e.g. {@code "macd:12,26,9"}) has. */
    @JSExport
    public static int indicatorOutputs(String spec) {
        return IndicatorSpec.parse(spec).definition().outputs().size();
    }

    /**
     * Indicator {@code spec} over candles given column-wise; returns the outputs one after the other (output 0 for
     * every candle, then output 1, ...), NaN during warm-up.
     */
    @JSExport
    public static double[] indicator(String spec, String pair, String interval, double[] time, double[] open,
                                     double[] high, double[] low, double[] close, double[] volume) {
        CandleSeries candles = new CandleSeries(Pair.parse(pair), RunInterval.parse(interval), time.length);
        for (int i = 0; i < time.length; i++) {
            candles.add(time[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        Indicator indicator = IndicatorSpec.parse(spec).create(candles);
        indicator.update();
        int outputs = indicator.outputNames().length;
        double[] out = new double[outputs * candles.size()];
        for (int k = 0; k < outputs; k++) {
            for (int i = 0; i < candles.size(); i++) {
                out[k * candles.size() + i] = indicator.output(k).get(i);
            }
        }
        return out;
    }
}
