package io.awstrader.cli;

import io.awstrader.adapters.ExchangeAdapter;
import io.awstrader.adapters.ExchangeCapabilities;
import io.awstrader.adapters.ExchangeException;
import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code awstrader candles}: downloads closed candles from an exchange through its adapter (the code the server and
 * deployments use) into a CSV file that {@code awstrader backtest} reads.
 */
final class CandlesCommand implements Command {
    private final ExchangeRegistry registry;

    CandlesCommand(ExchangeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String help() {
        StringBuilder out = new StringBuilder()
                .append("Usage: ./awstrader candles --exchange NAME --pair BASE/QUOTE --interval CODE --from DATE\n")
                .append("                           [--to DATE] [--out FILE.csv]\n\n")
                .append("Downloads the closed candles of a pair from an exchange's public API (no key needed) and\n")
                .append("writes them as CSV (time in epoch ms, symbol, open, high, low, close, volume), a file that\n")
                .append("./awstrader backtest --candles FILE.csv reads as is. Progress goes to stderr; periods\n")
                .append("without trades stay gaps, and what the exchange could not give is said on stderr.\n\n")
                .append("Options:\n")
                .append("  --exchange NAME     one of ").append(String.join(", ", registry.exchanges().stream()
                        .map(ExchangeCapabilities::id).toList())).append('\n')
                .append("  --pair BASE/QUOTE   e.g. BTC/USD (Kraken's XBT and Bitfinex's UST are translated)\n")
                .append("  --interval CODE     ").append(RunInterval.codes())
                .append(" (intervals an exchange lacks are resampled from finer ones)\n")
                .append("  --from DATE         first candle: a UTC date yyyy-mm-dd or an ISO timestamp\n")
                .append("  --to DATE           end, exclusive (default: now; the candle still forming is left out)\n")
                .append("  --out FILE          output CSV (default: standard output)\n\n")
                .append("Base URLs: ");
        for (ExchangeCapabilities exchange : registry.exchanges()) {
            out.append(exchange.urlVariable()).append(" (").append(exchange.defaultUrl()).append(") ");
        }
        return out.append("\n\nExample:\n  ./awstrader candles --exchange kraken --pair BTC/USD --interval 1h ")
                .append("--from 2024-01-01 --to 2024-02-01 --out btcusd-1h.csv\n").toString();
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("exchange", "pair", "interval", "from", "to", "out"),
                Set.of());
        String exchange = line.require("exchange");
        ExchangeCapabilities capabilities = registry.find(exchange).orElseThrow(() -> new UsageException(
                "unknown exchange '" + exchange + "'; expected one of " + String.join(", ",
                        registry.exchanges().stream().map(ExchangeCapabilities::id).toList())));
        Pair pair;
        RunInterval interval;
        try {
            pair = Pair.parse(line.require("pair"));
            interval = RunInterval.parse(line.require("interval"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long from = millis(BacktestCommand.time(line, "from"), -1);
        if (from < 0) {
            throw new UsageException("--from is required");
        }
        long to = millis(BacktestCommand.time(line, "to"), System.currentTimeMillis());
        if (to <= from) {
            throw new UsageException("--to must be after --from");
        }
        ExchangeAdapter adapter = registry.publicAdapter(exchange);
        long width = (long) interval.millis();
        int expected = (int) Math.max(1, (to - from) / width);
        RunInterval source = capabilities.sourceInterval(interval);
        // one progress step per exchange page of the interval the candles are built from
        long step = capabilities.candlePageSize() * (long) (source == null ? interval : source).millis();
        step = Math.max(width, step / width * width);
        String label = capabilities.name() + " " + pair + " " + interval;
        ProgressBar progress = new ProgressBar(err, ProgressBar.stderrIsTerminal(), label);
        List<Candle> candles = new ArrayList<>();
        try {
            for (long a = from; a < to; a += step) {
                long b = Math.min(to, a + step);
                candles.addAll(adapter.candles(pair, interval, new TimeRange(a, b)));
                progress.onProgress((int) Math.min(expected, (b - from) / width), expected);
            }
        } catch (ExchangeException e) {
            progress.end();
            err.println("awstrader candles: " + e.getMessage());
            return 1;
        }
        if (candles.isEmpty()) {
            err.println("awstrader candles: " + capabilities.name() + " returned no " + pair + " " + interval
                    + " candles between " + Instant.ofEpochMilli(from) + " and " + Instant.ofEpochMilli(to));
            return 1;
        }
        CandleSeries series = new CandleSeries(pair, interval, candles.size());
        candles.forEach(series::add);
        report(err, capabilities, series, from);
        String csv = CandleCsv.write(series, true);
        String target = line.get("out", null);
        if (target == null) {
            out.print(csv);
        } else {
            Files.writeString(Path.of(target), csv, StandardCharsets.UTF_8);
            err.println("wrote " + series.size() + " candles to " + target);
        }
        return 0;
    }

    /** What the file holds and what the exchange did not give (older history, gaps). */
    private static void report(PrintStream err, ExchangeCapabilities exchange, CandleSeries series, long from) {
        long width = (long) series.interval().millis();
        err.println(series.pair() + " " + series.interval() + ": " + series.size() + " candles from "
                + Instant.ofEpochMilli((long) series.firstTime()) + " to "
                + Instant.ofEpochMilli((long) series.lastTime() + width));
        if (series.firstTime() > from) {
            err.println(exchange.name() + " returned nothing before " + Instant.ofEpochMilli((long) series.firstTime())
                    + " (" + (long) ((series.firstTime() - from) / width) + " candles): it keeps no older history"
                    + " for this interval, or the pair did not trade yet");
        }
        int inside = (int) ((series.lastTime() - series.firstTime()) / width) + 1 - series.size();
        if (inside > 0) {
            err.println(inside + " candles missing inside the range (periods without trades stay gaps)");
        }
    }

    private static long millis(JsonValue value, long fallback) {
        return value instanceof JsonNumber n ? (long) n.value() : fallback;
    }
}
