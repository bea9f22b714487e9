package io.awstrader.engine.indicators;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test-side candle CSV loader (the real importer is built elsewhere): skips banner lines before the header, finds
 * columns by name, turns second timestamps into milliseconds, sorts oldest first and drops exact duplicate rows.
 * Of two different rows with the same time it keeps the first in file order and counts the other as a conflict.
 */
final class CsvCandles {
    static final Path BITFINEX_1H = Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv");
    static final Path KRAKEN_1D_TRADINGVIEW = Path.of("../data/tradingview/KRAKEN_XBTUSDRSI.csv");

    private static Loaded bitfinex;

    /** What a load produced, with what it dropped. */
    record Loaded(CandleSeries candles, int exactDuplicates, int conflictingDuplicates, List<String> header,
                  List<String[]> rowsByTime) {
    }

    private CsvCandles() {
    }

    /** The whole Bitfinex BTC/USD hourly file, volume in BTC (the base asset); loaded once per test JVM. */
    static synchronized Loaded bitfinex() {
        if (bitfinex == null) {
            bitfinex = load(BITFINEX_1H, Pair.parse("BTC/USD"), RunInterval.H1, "unix", "Volume BTC");
        }
        return bitfinex;
    }

    static Loaded load(Path file, Pair pair, RunInterval interval, String timeColumn, String volumeColumn) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int headerLine = 0;
        while (headerLine < lines.size() && !isHeader(lines.get(headerLine))) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            throw new IllegalArgumentException(file + ": no header line with open/high/low/close");
        }
        List<String> header = List.of(lines.get(headerLine).split(",", -1));
        int time = column(header, timeColumn, file);
        int open = column(header, "open", file);
        int high = column(header, "high", file);
        int low = column(header, "low", file);
        int close = column(header, "close", file);
        int volume = column(header, volumeColumn, file);

        List<double[]> rows = new ArrayList<>();
        List<String[]> raw = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            double t = Double.parseDouble(cells[time]);
            rows.add(new double[] {t < 1e11 ? t * 1000 : t, Double.parseDouble(cells[open]),
                    Double.parseDouble(cells[high]), Double.parseDouble(cells[low]), Double.parseDouble(cells[close]),
                    Double.parseDouble(cells[volume]), raw.size()});
            raw.add(cells);
        }
        // Stable sort by time keeps file order among equal times.
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        CandleSeries candles = new CandleSeries(pair, interval, rows.size());
        List<String[]> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int exact = 0;
        int conflicting = 0;
        for (double[] row : rows) {
            String key = row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4] + "|" + row[5];
            if (!seen.add(key)) {
                exact++;
            } else if (!candles.isEmpty() && row[0] == candles.lastTime()) {
                conflicting++;
            } else {
                candles.add(row[0], row[1], row[2], row[3], row[4], row[5]);
                kept.add(raw.get((int) row[6]));
            }
        }
        return new Loaded(candles, exact, conflicting, header, kept);
    }

    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains(",open") && lower.contains(",high") && lower.contains(",low") && lower.contains(",close");
    }

    private static int column(List<String> header, String name, Path file) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + ": no column '" + name + "' in " + header);
    }
}
