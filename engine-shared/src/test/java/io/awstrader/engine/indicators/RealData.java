package io.awstrader.engine.indicators;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.data.CandleCsvOptions;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.Series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository's real data files for the indicator tests. Candles come from the real importer, {@link CandleCsv};
 * what it does not do, reading the indicator columns TradingView exported next to its candles, is done here.
 */
final class RealData {
    static final Path BITFINEX_1H = Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv");
    static final Path TRADINGVIEW = Path.of("../data/tradingview");

    private static CandleSeries bitfinex;

    private RealData() {
    }

    /**
     * Bitfinex BTC/USD 1h, as {@link CandleCsv} imports it: 31,260 candles, oldest first, volume in BTC. The file's
     * 31,262 rows hold 2020-11-10 23:00 twice with different values; the importer leaves out both copies.
     */
    static synchronized CandleSeries bitfinexHourly() {
        if (bitfinex == null) {
            bitfinex = CandleCsv.parse(read(BITFINEX_1H)).series();
        }
        return bitfinex;
    }

    /** A TradingView export in {@code data/tradingview} (Kraken XBT/USD daily): its candles and indicator columns. */
    static TradingViewExport tradingView(String file) {
        Path path = TRADINGVIEW.resolve(file);
        String text = read(path);
        CandleSeries candles = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD")
                .withInterval(RunInterval.D1)).series();
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.trim().isEmpty()) {
                rows.add(line.trim().split(",", -1));
            }
        }
        List<String> header = List.of(rows.remove(0));
        // Row i of a column must be candle i: the importer may neither drop nor reorder rows of these files.
        int time = header.indexOf("time");
        if (rows.size() != candles.size()) {
            throw new IllegalStateException(path + ": " + rows.size() + " rows but " + candles.size() + " candles");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (Double.parseDouble(rows.get(i)[time]) * 1000 != candles.time(i)) {
                throw new IllegalStateException(path + ": row " + i + " is not candle " + i);
            }
        }
        return new TradingViewExport(candles, header, rows);
    }

    /** Every value of a series, for bitwise array comparisons. */
    static double[] values(Series series) {
        double[] out = new double[series.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = series.get(i);
        }
        return out;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candles of a TradingView export and, row for row, the indicator values TradingView printed beside them. */
    record TradingViewExport(CandleSeries candles, List<String> header, List<String[]> rows) {

        /** The first column named {@code name}, as numbers (TradingView repeats names such as {@code Plot}). */
        double[] column(String name) {
            int k = header.indexOf(name);
            if (k < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            double[] out = new double[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Double.parseDouble(rows.get(i)[k]);
            }
            return out;
        }
    }
}
