package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.Series;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The repository's real candle files as candle series, for tests. */
final class TestCandles {
    static final Path BITFINEX = Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv");
    private static CandleSeries bitfinex;

    private TestCandles() {
    }

    /**
     * Bitfinex BTC/USD 1h, oldest first. Times in seconds become ms; rows are sorted ascending; a row repeating an
     * hour already read is dropped. The file's one repeated hour (2020-11-10 23:00) is not an exact duplicate: it
     * appears once with a ms time and full-precision numbers, once with a seconds time and rounded numbers; the
     * first in file order (the ms row) is kept. Volume is the base asset's (BTC).
     */
    static CandleSeries bitfinexHourly() {
        if (bitfinex == null) {
            CsvTable table = CsvTable.read(BITFINEX, "unix");
            int unix = table.column("unix");
            int[] ohlcv = {table.column("open"), table.column("high"), table.column("low"), table.column("close"),
                    table.column("Volume BTC")};
            List<double[]> rows = new ArrayList<>();
            for (int r = 0; r < table.size(); r++) {
                double[] row = new double[6];
                double t = table.number(r, unix);
                row[0] = t < 1e11 ? t * 1000 : t; // seconds until 2286 stay below 1e11; ms are above 1e12
                for (int k = 0; k < 5; k++) {
                    row[k + 1] = table.number(r, ohlcv[k]);
                }
                rows.add(row);
            }
            // Stable sort: among rows of one time, file order survives, so "keep the first" keeps the first read.
            rows.sort(Comparator.comparingDouble(row -> row[0]));
            CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1, rows.size());
            double[] previous = null;
            for (double[] row : rows) {
                if (previous != null && row[0] == previous[0]) {
                    continue;
                }
                series.add(row[0], row[1], row[2], row[3], row[4], row[5]);
                previous = row;
            }
            bitfinex = series;
        }
        return bitfinex;
    }

    /** A TradingView export (time in seconds, open, high, low, close, Volume) as a daily candle series. */
    static CandleSeries tradingView(CsvTable table) {
        double[] time = table.numbers("time");
        double[] open = table.numbers("open");
        double[] high = table.numbers("high");
        double[] low = table.numbers("low");
        double[] close = table.numbers("close");
        double[] volume = table.numbers("Volume");
        CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.D1, time.length);
        for (int i = 0; i < time.length; i++) {
            series.add(time[i] * 1000, open[i], high[i], low[i], close[i], volume[i]);
        }
        return series;
    }

    static CsvTable tradingViewTable(String file) {
        return CsvTable.read(Path.of("../data/tradingview").resolve(file), "time");
    }

    /** Values of a series as an array, for comparisons. */
    static double[] values(Series series) {
        double[] out = new double[series.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = series.get(i);
        }
        return out;
    }
}
