package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestJson;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonBoolean;
import io.awstrader.engine.json.JsonNull;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonString;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.Resampler;
import io.awstrader.engine.market.RunInterval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code awstrader backtest}: runs a JavaScript bot over candle files in one of the runtimes and writes the engine's
 * result JSON. The settings handed to the runtime are {@link BacktestJson#writeConfig}'s canonical form, so every
 * runtime runs exactly the same backtest.
 */
final class BacktestCommand implements Command {
    static final List<String> RUNTIMES = List.of("jvm", "node", "chromium");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** Opens the runtime that {@code --runtime} names (tests hand in one shared browser). */
    interface RuntimeOpener {
        BacktestRuntime open(String name, Duration timeout) throws IOException;
    }

    private final BotSource bots;
    private final RuntimeOpener runtimes;
    /** The one runtime of {@code deploy-replay}; null for {@code backtest}, where {@code --runtime} chooses. */
    private final String fixedRuntime;

    BacktestCommand() {
        this(new JavaScriptBotSource(), BacktestCommand::openRuntime);
    }

    BacktestCommand(BotSource bots, RuntimeOpener runtimes) {
        this(bots, runtimes, null);
    }

    private BacktestCommand(BotSource bots, RuntimeOpener runtimes, String fixedRuntime) {
        this.bots = bots;
        this.runtimes = runtimes;
        this.fixedRuntime = fixedRuntime;
    }

    /**
     * {@code awstrader deploy-replay}: the same options and result file as {@code backtest}, but the bot runs as a
     * paper deployment ticked candle by candle ({@link ReplayRuntime}).
     */
    static BacktestCommand deployReplay() {
        return new BacktestCommand(new JavaScriptBotSource(), (name, timeout) -> new ReplayRuntime(),
                ReplayRuntime.NAME);
    }

    private static UsageException unknownRuntime(String name) {
        return new UsageException("--runtime must be one of " + String.join(", ", RUNTIMES) + ", got '" + name + "'");
    }

    /** The runtime named {@code name}, started. */
    static BacktestRuntime openRuntime(String name, Duration timeout) throws IOException {
        return switch (name) {
            case "jvm" -> JvmRuntime.start(timeout);
            case "node" -> NodeRuntime.start(timeout);
            case "chromium" -> ChromiumRuntime.start(timeout);
            default -> throw unknownRuntime(name);
        };
    }

    @Override
    public String help() {
        if (fixedRuntime != null) {
            return "Usage: ./awstrader deploy-replay --bot FILE --candles FILE.csv --balances USD=10000 --out RESULT.json\n"
                    + "                                [the options of ./awstrader backtest, without --runtime]\n\n"
                    + "Deploys the bot on a virtual (paper) account and ticks the deployment at every candle close of\n"
                    + "the period with a simulated clock: the real TickHandler, storage on DynamoDB Local in this\n"
                    + "process, the paper brokerage fed the candles. Writes the deployment in the result format of\n"
                    + "backtest, so the two can be compared byte for byte (a bot error never pauses a replay).\n\n"
                    + "Example:\n"
                    + "  ./awstrader deploy-replay --bot bots/sma-cross.ts --candles data/candles/Bitfinex_BTCUSD_1h.csv \\\n"
                    + "      --balances USD=10000 --fees 0.002 --from 2021-10-01 --to 2021-11-01 --out replay.json\n";
        }
        return "Usage: ./awstrader backtest --bot FILE.js --candles FILE.csv [--candles PAIR=FILE.csv ...]\n"
                + "                           --balances USD=10000[,BTC=0] --out RESULT.json [options]\n\n"
                + "Runs a bot over historical candles on the engine and writes the result JSON (orders, balances,\n"
                + "equity, statistics, plots, logs, state, errors). Every runtime gives the same bytes for the same\n"
                + "inputs. Progress goes to stderr, a short summary to stdout.\n\n"
                + "Options:\n"
                + "  --bot FILE            the bot: JavaScript (.js) defining onData(input); TypeScript (.ts) arrives\n"
                + "                        with the sandbox module\n"
                + "  --candles FILE        candle CSV (CryptoDataDownload or TradingView export); its pair comes from\n"
                + "                        the symbol column. Repeat for more pairs. PAIR=FILE names the pair\n"
                + "                        (e.g. --candles ETH/USD=eth.csv) for files without a symbol column\n"
                + "  --pairs P1[,P2]       pairs the bot trades, all quoted in one asset (default: the files' pairs)\n"
                + "  --exchange NAME       the exchange the candles come from, as the bot sees it in input.exchange\n"
                + "                        (default bitfinex; e.g. kraken for a file from ./awstrader candles)\n"
                + "  --interval CODE       run interval (" + RunInterval.codes() + "; default: the files'). Finer\n"
                + "                        candles are resampled to it; coarser ones are an error\n"
                + "  --balances A=N[,B=M]  initial balances, e.g. USD=10000,BTC=0 (required)\n"
                + "  --fees RATE           fee per fill as a fraction (0.002 is 0.2%; default 0)\n"
                + "  --slippage RATE       slippage of market and stop fills as a fraction (default 0)\n"
                + "  --from DATE           first step: a UTC date yyyy-mm-dd (midnight) or an ISO timestamp such as\n"
                + "                        2021-01-01T12:00:00Z; default: as soon as the warm-up window is full\n"
                + "  --to DATE             last step (the candle opening at or before it); default: the data's end\n"
                + "  --warmup N            candles in the bot's window (default " + BacktestConfig.DEFAULT_WARMUP + ")\n"
                + "  --seed N              seed of Math.random() in the bot (default 1)\n"
                + "  --config KEY=VALUE    extra value in input.config (repeatable); numbers and true/false keep\n"
                + "                        their type, anything else is a string\n"
                + "  --runtime NAME        where the bot runs: node (default; Node.js on the PATH), chromium (a Web\n"
                + "                        Worker in Debian's Chromium at /usr/bin/chromium, as the web app), jvm\n"
                + "                        (GraalJS; not available yet)\n"
                + "  --timeout SECONDS     stop a backtest that runs longer (default " + DEFAULT_TIMEOUT.toSeconds()
                + ")\n"
                + "  --out FILE            where to write the result JSON (required)\n\n"
                + "Exit codes: 0 done, 1 the backtest failed (bad data, bot or runtime), 2 called wrongly.\n\n"
                + "Example:\n"
                + "  ./awstrader backtest --bot my-bot.js --candles data/candles/Bitfinex_BTCUSD_1h.csv \\\n"
                + "      --pairs BTC/USD --interval 4h --balances USD=10000 --fees 0.002 --slippage 0.0005 \\\n"
                + "      --from 2021-01-01 --runtime chromium --out result.json\n";
    }

    private static String exchange(String name) {
        if (!name.matches("[a-z][a-z0-9]{1,31}")) {
            throw new UsageException("--exchange must be an exchange's name in lower case, such as kraken; got '" + name
                    + "'");
        }
        return name;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("bot", "candles", "pairs", "exchange", "interval", "balances", "fees",
                "slippage", "from", "to", "warmup", "seed", "config", "runtime", "timeout", "out"), Set.of());
        if (!line.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.positional().get(0) + "'");
        }
        Path botFile = Path.of(line.require("bot"));
        if (line.all("candles").isEmpty()) {
            throw new UsageException("--candles is required, e.g. --candles data/candles/Bitfinex_BTCUSD_1h.csv");
        }
        String balancesText = line.get("balances", null);
        if (balancesText == null) {
            throw new UsageException("--balances is required, e.g. --balances USD=10000");
        }
        Path outFile = Path.of(line.require("out"));
        Path outFolder = outFile.toAbsolutePath().getParent();
        if (outFolder != null && !Files.isDirectory(outFolder)) {
            throw new IllegalArgumentException("cannot write --out " + outFile + ": folder " + outFolder
                    + " does not exist");
        }
        if (fixedRuntime != null && line.has("runtime")) {
            throw new UsageException("deploy-replay has no --runtime: the bot runs in GraalJS, as deployments run it");
        }
        String runtimeName = fixedRuntime != null ? fixedRuntime : line.get("runtime", "node");
        if (fixedRuntime == null && !RUNTIMES.contains(runtimeName)) {
            throw unknownRuntime(runtimeName); // before the candles load
        }
        Duration timeout = Duration.ofSeconds(line.getInt("timeout", (int) DEFAULT_TIMEOUT.toSeconds(), 1));

        // Settings first: a typo in them should not wait for the candle files to load.
        JsonObject.Builder settings = JsonObject.builder()
                .put("balances", balances(balancesText))
                .put("fees", rate(line, "fees"))
                .put("slippage", rate(line, "slippage"))
                .put("from", time(line, "from"))
                .put("to", time(line, "to"))
                .put("warmup", line.getInt("warmup", BacktestConfig.DEFAULT_WARMUP, 1))
                .put("seed", line.getInt("seed", 1, Integer.MIN_VALUE))
                .put("config", extraConfig(line.all("config")))
                .put("exchange", exchange(line.get("exchange", "bitfinex")));
        RunInterval interval = line.has("interval") ? interval(line.get("interval", null)) : null;
        String botJs = bots.javaScript(botFile);

        List<Pair> pairs = line.has("pairs") ? pairs(line.get("pairs", null)) : null;
        Map<Pair, CandleSeries> loaded = loadCandles(line.all("candles"), err);
        if (pairs == null) {
            pairs = new ArrayList<>(loaded.keySet());
        }
        Map<Pair, CandleSeries> used = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            CandleSeries series = loaded.get(pair);
            if (series == null) {
                throw new IllegalArgumentException("no candles for " + pair + ": the candle files hold "
                        + loaded.keySet() + "; add --candles " + pair + "=FILE.csv");
            }
            used.put(pair, series);
        }
        for (Pair pair : loaded.keySet()) {
            if (!used.containsKey(pair)) {
                err.println("note: the " + pair + " candles are not used: " + pair + " is not in --pairs");
            }
        }
        if (interval == null) {
            interval = commonInterval(used);
        }
        Map<Pair, CandleSeries> candles = new LinkedHashMap<>();
        for (Map.Entry<Pair, CandleSeries> entry : used.entrySet()) {
            candles.put(entry.getKey(), atInterval(entry.getValue(), interval, err));
        }
        List<JsonValue> pairNames = new ArrayList<>();
        for (Pair pair : pairs) {
            pairNames.add(new JsonString(pair.toString()));
        }
        settings.put("pairs", JsonArray.of(pairNames)).put("runInterval", interval.code());
        // Through the engine's reader and back: checks every value and gives the canonical form all runtimes get.
        JsonObject canonical = BacktestJson.writeConfig(BacktestJson.readConfig(settings.build()));

        String result;
        long start = System.nanoTime();
        try (BacktestRuntime runtime = runtimes.open(runtimeName, timeout)) {
            ProgressBar progress = new ProgressBar(err, ProgressBar.stderrIsTerminal(), "backtest (" + runtimeName + ")");
            try {
                result = runtime.run(botJs, canonical, candles, progress);
            } finally {
                progress.end();
            }
            if (runtime.lastReplays() > 0) {
                err.printf(Locale.ROOT, "replayed the run %d time(s) to stop calls that broke a limit (see \"errors\")%n",
                        runtime.lastReplays());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            Files.writeString(outFile, result, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write the result to " + outFile + ": " + e.getMessage(), e);
        }
        printSummary(out, Json.parse(result).asObject(), runtimeName, seconds, outFile);
        return 0;
    }

    // ---- options ---------------------------------------------------------------------------------------------------

    private static JsonObject balances(String text) {
        JsonObject.Builder balances = JsonObject.builder();
        for (String part : text.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--balances takes ASSET=AMOUNT pairs separated by commas, e.g. "
                        + "USD=10000,BTC=0; got '" + part.trim() + "'");
            }
            String asset = part.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            String amountText = part.substring(eq + 1).trim();
            for (int i = 0; i < asset.length(); i++) {
                char c = asset.charAt(i);
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) {
                    throw new UsageException("--balances: bad asset name '" + asset + "'; use letters and digits");
                }
            }
            double amount = number(amountText);
            if (!(amount >= 0)) {
                throw new UsageException("--balances: the amount of " + asset
                        + " must be a number >= 0, got '" + amountText + "'");
            }
            if (balances.has(asset)) {
                throw new UsageException("--balances names " + asset + " twice");
            }
            balances.put(asset, amount);
        }
        return balances.build();
    }

    private static double rate(CommandLine line, String name) {
        String text = line.get(name, null);
        if (text == null) {
            return 0;
        }
        double rate = number(text.trim());
        if (!(rate >= 0 && rate < 1)) {
            throw new UsageException("--" + name + " must be a fraction from 0 up to 1 (0.002 is 0.2%), got '" + text
                    + "'");
        }
        return rate;
    }

    /** A JSON number's value, or NaN when {@code text} is not a plain decimal number. */
    private static double number(String text) {
        try {
            return Json.parse(text) instanceof JsonNumber n ? n.value() : Double.NaN;
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** Epoch ms of a {@code --from}/{@code --to} date or timestamp (UTC unless it names an offset), or null. */
    static JsonValue time(CommandLine line, String name) {
        String text = line.get(name, null);
        if (text == null) {
            return JsonNull.INSTANCE;
        }
        String t = text.trim().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return new JsonNumber(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            }
            if (t.endsWith("Z") || t.endsWith("z")) {
                return new JsonNumber(Instant.parse(t.toUpperCase(Locale.ROOT)).toEpochMilli());
            }
            try {
                return new JsonNumber(OffsetDateTime.parse(t).toInstant().toEpochMilli());
            } catch (DateTimeParseException noOffset) {
                return new JsonNumber(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli());
            }
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " must be a UTC date yyyy-mm-dd or an ISO timestamp such as "
                    + "2021-01-01T12:00:00Z, got '" + text + "'");
        }
    }

    /** {@code --config KEY=VALUE}s as the bot's extra config: JSON numbers and booleans keep their type. */
    static JsonObject extraConfig(List<String> entries) {
        JsonObject.Builder config = JsonObject.builder();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--config takes KEY=VALUE, e.g. --config fastPeriod=14; got '" + entry + "'");
            }
            String key = entry.substring(0, eq).trim();
            String text = entry.substring(eq + 1);
            if (config.has(key)) {
                throw new UsageException("--config sets '" + key + "' twice");
            }
            JsonValue value;
            if (text.equals("true") || text.equals("false")) {
                value = JsonBoolean.of(text.equals("true"));
            } else {
                double n = number(text.trim());
                value = Double.isNaN(n) || text.trim().isEmpty() ? new JsonString(text) : new JsonNumber(n);
            }
            config.put(key, value);
        }
        return config.build();
    }

    private static RunInterval interval(String code) {
        try {
            return RunInterval.parse(code.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--interval: " + e.getMessage());
        }
    }

    private static List<Pair> pairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                pairs.add(Pair.parse(part.trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--pairs: " + e.getMessage());
            }
        }
        return pairs;
    }

    // ---- candles ---------------------------------------------------------------------------------------------------

    /** Loads every {@code --candles} value: {@code FILE} (pair from the file) or {@code PAIR=FILE}. */
    private static Map<Pair, CandleSeries> loadCandles(List<String> values, PrintStream err) throws IOException {
        Map<Pair, CandleSeries> loaded = new LinkedHashMap<>();
        for (String value : values) {
            String pair = null;
            String file = value;
            int eq = value.indexOf('=');
            if (eq > 0 && !Files.exists(Path.of(value))) {
                pair = value.substring(0, eq).trim();
                file = value.substring(eq + 1);
                try {
                    Pair.parse(pair);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--candles " + value + ": " + e.getMessage() + " (use PAIR=FILE.csv)");
                }
            }
            CandleSeries series = CandleFiles.load(Path.of(file), pair, null, err);
            if (loaded.containsKey(series.pair())) {
                throw new IllegalArgumentException("two candle files hold " + series.pair() + "; give one per pair");
            }
            loaded.put(series.pair(), series);
        }
        return loaded;
    }

    private static RunInterval commonInterval(Map<Pair, CandleSeries> loaded) {
        RunInterval interval = null;
        for (CandleSeries series : loaded.values()) {
            if (interval != null && series.interval() != interval) {
                throw new UsageException("the candle files have different intervals (" + interval + ", "
                        + series.interval() + "): choose one with --interval");
            }
            interval = series.interval();
        }
        return interval;
    }

    /** The series at the run interval: as is, or resampled from finer candles; coarser candles are an error. */
    private static CandleSeries atInterval(CandleSeries series, RunInterval interval, PrintStream err) {
        if (series.interval() == interval) {
            return series;
        }
        if (series.interval().minutes() > interval.minutes()) {
            throw new IllegalArgumentException("the " + series.pair() + " candles are " + series.interval()
                    + ", coarser than --interval " + interval + ": candles cannot be split; give " + interval
                    + " (or finer) candles, or run at --interval " + series.interval() + " or coarser");
        }
        CandleSeries resampled = Resampler.resample(series, interval);
        err.println(series.pair() + ": resampled " + series.size() + " " + series.interval() + " candles to "
                + resampled.size() + " " + interval + " candles");
        if (resampled.isEmpty()) {
            throw new IllegalArgumentException("no complete " + interval + " candle can be built from the "
                    + series.pair() + " candles");
        }
        return resampled;
    }

    // ---- summary ---------------------------------------------------------------------------------------------------

    private static void printSummary(PrintStream out, JsonObject result, String runtime, double seconds, Path file) {
        JsonObject stats = result.get("stats").asObject();
        JsonObject config = result.get("config").asObject();
        String quote = Pair.parse(config.get("pairs").asArray().get(0).asString()).quote();
        int steps = result.get("equity").asArray().size();
        out.printf(Locale.ROOT, "backtest of %s at %s: %,d steps in %.1f s (%s)%n",
                String.join(", ", pairNames(config)), config.get("runInterval").asString(), steps, seconds, runtime);
        out.printf(Locale.ROOT, "net profit:   %s (%s -> %s %s)%n", figure(stats, "netProfitPercent", 2, "%"),
                figure(stats, "initialValue", 2, ""), figure(stats, "finalValue", 2, ""), quote);
        out.printf(Locale.ROOT, "buy & hold:   %s%n", figure(stats, "buyAndHoldPercent", 2, "%"));
        out.printf(Locale.ROOT, "trades:       %s (win rate %s; %s orders filled)%n", figure(stats, "trades", 0, ""),
                figure(stats, "winRatePercent", 1, "%"), figure(stats, "completedOrders", 0, ""));
        out.printf(Locale.ROOT, "max drawdown: %s%n", figure(stats, "maxDrawdownPercent", 2, "%"));
        int errors = result.get("errors").asArray().size();
        out.printf(Locale.ROOT, "errors:       %d%s%n", errors, errors == 0 ? "" : " (the bot threw; see \"errors\")");
        out.println("result:       " + file);
    }

    private static List<String> pairNames(JsonObject config) {
        List<String> names = new ArrayList<>();
        for (JsonValue pair : config.get("pairs").asArray().items()) {
            names.add(pair.asString());
        }
        return names;
    }

    /** A statistic for people: grouped digits, or "-" when the run leaves it undefined (null in the JSON). */
    private static String figure(JsonObject stats, String key, int decimals, String unit) {
        JsonValue value = stats.get(key);
        return value instanceof JsonNumber n ? String.format(Locale.ROOT, "%,." + decimals + "f", n.value()) + unit
                : "-";
    }
}
