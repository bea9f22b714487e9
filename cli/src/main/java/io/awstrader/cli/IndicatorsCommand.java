package io.awstrader.cli;

import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorCatalog;
import io.awstrader.engine.indicators.IndicatorDefinition;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.market.CandleSeries;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code awstrader indicators}: computes indicators over a candle CSV and writes them as CSV, a row per candle. */
final class IndicatorsCommand implements Command {

    @Override
    public String help() {
        StringBuilder out = new StringBuilder();
        out.append("Usage: ./awstrader indicators --candles FILE.csv --indicator NAME[:P1,P2,...] [--indicator ...]\n")
                .append("                             [--pair BTC/USD] [--interval 1h] [--out FILE.csv]\n\n")
                .append("Computes indicators over every candle of a CSV file (CryptoDataDownload or TradingView\n")
                .append("export) and writes one row per candle: time (epoch ms), then one column per indicator\n")
                .append("output, named like rsi_14 or macd_12_26_9_signal. Warm-up values are left empty.\n\n")
                .append("Options:\n")
                .append("  --candles FILE      candle CSV (required)\n")
                .append("  --indicator SPEC    NAME or NAME:P1,P2,... (repeatable; missing parameters take defaults)\n")
                .append("  --pair BASE/QUOTE   the pair, when the file has no symbol column\n")
                .append("  --interval CODE     candle interval (").append(io.awstrader.engine.market.RunInterval.codes())
                .append("); inferred when absent\n")
                .append("  --out FILE          output CSV (default: standard output)\n\n")
                .append("Indicators (parameters with defaults):\n");
        for (IndicatorDefinition definition : IndicatorCatalog.all()) {
            out.append("  ").append(definition.name());
            if (!definition.parameters().isEmpty()) {
                out.append(':');
                for (int i = 0; i < definition.parameters().size(); i++) {
                    IndicatorDefinition.Parameter p = definition.parameters().get(i);
                    out.append(i == 0 ? "" : ",").append(p.name()).append('=').append(Numbers.format(p.defaultValue()));
                }
            }
            out.append("\n      ").append(definition.description());
            if (definition.outputs().size() > 1) {
                out.append(" Outputs: ").append(String.join(", ", definition.outputs())).append('.');
            }
            out.append('\n');
        }
        out.append("\nExample:\n  ./awstrader indicators --candles data/candles/Bitfinex_BTCUSD_1h.csv ")
                .append("--indicator rsi:14 --indicator macd:12,26,9 --out rsi-macd.csv\n");
        return out.toString();
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CommandLine line = CommandLine.parse(args, Set.of("candles", "indicator", "pair", "interval", "out"), Set.of());
        if (!line.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.positional().get(0) + "'");
        }
        List<String> specs = line.all("indicator");
        if (specs.isEmpty()) {
            throw new UsageException("give at least one --indicator, e.g. --indicator rsi:14");
        }
        List<IndicatorSpec> parsed = new ArrayList<>();
        for (String spec : specs) {
            parsed.add(IndicatorSpec.parse(spec));
        }
        CandleSeries candles = CandleFiles.load(Path.of(line.require("candles")), line.get("pair", null),
                line.get("interval", null), err);
        List<Indicator> indicators = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("time");
        for (IndicatorSpec spec : parsed) {
            Indicator indicator = spec.create(candles);
            indicator.update();
            indicators.add(indicator);
            for (int k = 0; k < spec.definition().outputs().size(); k++) {
                header.add(spec.columnName(k));
            }
        }
        String outPath = line.get("out", null);
        try (Writer writer = outPath == null
                ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(outPath), StandardCharsets.UTF_8)) {
            writer.write(String.join(",", header));
            writer.write('\n');
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < candles.size(); i++) {
                row.setLength(0);
                row.append(Numbers.format(candles.time(i)));
                for (Indicator indicator : indicators) {
                    for (int k = 0; k < indicator.outputNames().length; k++) {
                        double v = indicator.output(k).get(i);
                        row.append(',');
                        if (!Double.isNaN(v)) {
                            row.append(Numbers.format(v));
                        }
                    }
                }
                row.append('\n');
                writer.write(row.toString());
            }
        }
        if (outPath != null) {
            err.println("wrote " + candles.size() + " rows × " + (header.size() - 1) + " indicator columns to " + outPath);
        }
        return 0;
    }
}
