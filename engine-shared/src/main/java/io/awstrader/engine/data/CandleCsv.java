package io.awstrader.engine.data;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads candle CSV text into a series and writes a series as CSV.
 *
 * <p>Reads CryptoDataDownload exports (URL banner line, {@code unix,date,symbol,open,high,low,close,Volume USD,Volume
 * BTC}, newest first, epoch ms and s mixed), TradingView exports ({@code time,open,high,low,close,Volume,...}, epoch
 * seconds, oldest first) and the output of {@link #write}. Columns are found by header name, case-insensitively;
 * extra columns are ignored. Rows may come in any order. Each time value is read on its own: a number below
 * 1e11 is epoch seconds, a larger one epoch ms, anything else must be a {@code yyyy-MM-dd[ HH:mm[:ss]]} UTC date.
 * See the package documentation for what happens to duplicates, bad rows and gaps.
 */
public final class CandleCsv {
    /** Banner lines allowed before the header (CryptoDataDownload puts its URL first). */
    private static final int HEADER_SEARCH_LINES = 10;
    /** Epoch seconds stay below this until the year 5138; epoch ms pass it in March 1973. */
    private static final double SECONDS_LIMIT = 1e11;
    private static final String HEADER = "time,open,high,low,close,volume";
    /** Rows looked at to tell an epoch time column from a date column. */
    private static final int TIME_SAMPLE_ROWS = 20;

    private CandleCsv() {
    }

    /** Reads {@code text} with the default options: pair from the symbol column, interval inferred, lenient. */
    public static CandleImport parse(String text) {
        return parse(text, CandleCsvOptions.defaults());
    }

    /**
     * Reads candle CSV text.
     *
     * @throws IllegalArgumentException when there is no usable header, the pair or interval cannot be determined,
     *     the volume column is ambiguous, or (strict mode) any row had a problem
     */
    public static CandleImport parse(String text, CandleCsvOptions options) {
        if (text == null) {
            throw new IllegalArgumentException("candle CSV text is null");
        }
        if (options == null) {
            throw new IllegalArgumentException("candle CSV options are null; use CandleCsvOptions.defaults()");
        }
        List<String> lines = lines(text);
        int headerIndex = findHeader(lines);
        CsvColumns columns = CsvColumns.find(CsvLine.split(lines.get(headerIndex)));

        List<String[]> fields = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (!lines.get(i).trim().isEmpty()) {
                fields.add(CsvLine.split(lines.get(i)));
                lineNumbers.add(i + 1);
            }
        }
        String fileSymbol = fileSymbol(columns, fields);
        Pair pair = pair(options.pair(), fileSymbol);
        RowReader reader = new RowReader(columns, timeColumn(columns, fields), columns.volume(pair,
                options.volumeColumn()), fileSymbol);

        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Row row = reader.read(fields.get(i), lineNumbers.get(i), problems);
            if (row != null) {
                rows.add(row);
            }
        }
        rows.sort((a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Integer.compare(a.line, b.line));

        RunInterval interval = options.interval() != null ? options.interval() : inferInterval(rows);
        List<Row> kept = new ArrayList<>(rows.size());
        int exactDuplicates = dropDuplicates(rows, kept, problems);
        List<Row> onGrid = new ArrayList<>(kept.size());
        for (Row row : kept) {
            if (interval.floor(row.time) == row.time) {
                onGrid.add(row);
            } else {
                problems.add(new ImportProblem(row.line, ImportProblem.Kind.OFF_GRID, "time "
                        + UtcTime.format(row.time) + " UTC is not the start of a " + interval
                        + " candle on the UTC grid"));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (options.isStrict() && !problems.isEmpty()) {
            StringBuilder message = new StringBuilder().append(problems.size())
                    .append(" problem(s) in the candle CSV (strict mode):");
            CandleImport.appendFirst(message, problems);
            throw new IllegalArgumentException(message.toString());
        }

        CandleSeries series = new CandleSeries(pair, interval, onGrid.size());
        List<Gap> gaps = new ArrayList<>();
        double step = interval.millis();
        Row previous = null;
        for (Row row : onGrid) {
            if (previous != null && row.time - previous.time > step) {
                int missing = (int) Math.round((row.time - previous.time) / step) - 1;
                gaps.add(new Gap(previous.time + step, row.time, missing, previous.line, row.line));
            }
            series.add(row.time, row.open, row.high, row.low, row.close, row.volume);
            previous = row;
        }
        return new CandleImport(series, problems, gaps, fields.size(), exactDuplicates);
    }

    /** The series as CSV: {@code time,open,high,low,close,volume}, time in epoch ms, oldest first. */
    public static String write(CandleSeries series) {
        return write(series, false);
    }

    /**
     * The series as CSV; with {@code withSymbol}, a {@code symbol} column after the time holds the pair
     * ({@code BTC/USD}), so the file names its own pair when read back.
     */
    public static String write(CandleSeries series, boolean withSymbol) {
        if (series == null) {
            throw new IllegalArgumentException("candle series is null");
        }
        String symbol = withSymbol ? series.pair().toString() : null;
        StringBuilder out = new StringBuilder(HEADER.length() + 1 + series.size() * 64);
        out.append(withSymbol ? "time,symbol" + HEADER.substring(4) : HEADER).append('\n');
        for (int i = 0; i < series.size(); i++) {
            appendNumber(out, series.time(i)).append(',');
            if (symbol != null) {
                out.append(symbol).append(',');
            }
            appendNumber(out, series.open(i)).append(',');
            appendNumber(out, series.high(i)).append(',');
            appendNumber(out, series.low(i)).append(',');
            appendNumber(out, series.close(i)).append(',');
            appendNumber(out, series.volume(i)).append('\n');
        }
        return out.toString();
    }

    // ---- header, pair, time column ---------------------------------------------------------------------------

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, stop));
            start = end + 1;
        }
        return lines;
    }

    private static int findHeader(List<String> lines) {
        int nonBlank = 0;
        String first = null;
        for (int i = 0; i < lines.size() && nonBlank < HEADER_SEARCH_LINES; i++) {
            String line = lines.get(i);
            if (line.trim().isEmpty()) {
                continue;
            }
            nonBlank++;
            if (first == null) {
                first = line;
            }
            if (CsvColumns.find(CsvLine.split(line)) != null) {
                return i;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("candle CSV text is empty");
        }
        throw new IllegalArgumentException("no header with time (unix, timestamp, time or date), open, high, low and"
                + " close columns in the first " + HEADER_SEARCH_LINES + " lines; first line: '"
                + (first.length() > 80 ? first.substring(0, 80) + "..." : first) + "'");
    }

    /** The first non-empty symbol in the file, or null when there is no symbol column. */
    private static String fileSymbol(CsvColumns columns, List<String[]> fields) {
        if (columns.symbol < 0) {
            return null;
        }
        for (String[] row : fields) {
            if (columns.symbol < row.length && !row[columns.symbol].isEmpty()) {
                return row[columns.symbol];
            }
        }
        return null;
    }

    private static Pair pair(Pair given, String fileSymbol) {
        if (fileSymbol != null) {
            Pair inFile = ExchangeSymbol.parse(fileSymbol);
            if (given != null && !given.equals(inFile)) {
                throw new IllegalArgumentException("the file's symbol '" + fileSymbol + "' is " + inFile
                        + " but the options ask for " + given + "; leave the pair out or pick the right file");
            }
            return inFile;
        }
        if (given == null) {
            throw new IllegalArgumentException("the CSV has no symbol column: pass the pair, e.g."
                    + " CandleCsvOptions.defaults().withPair(\"BTC/USD\")");
        }
        return given;
    }

    /**
     * The preferred time column holding a number in one of the first rows, else the preferred one holding a date,
     * else the first: an epoch column beats a date column even when a few rows are damaged.
     */
    private static int timeColumn(CsvColumns columns, List<String[]> rows) {
        int sampled = Math.min(rows.size(), TIME_SAMPLE_ROWS);
        for (int index : columns.timeCandidates) {
            for (int r = 0; r < sampled; r++) {
                if (index < rows.get(r).length && CsvLine.isNumber(rows.get(r)[index])) {
                    return index;
                }
            }
        }
        for (int index : columns.timeCandidates) {
            for (int r = 0; r < sampled; r++) {
                if (index < rows.get(r).length && !Double.isNaN(UtcTime.parse(rows.get(r)[index]))) {
                    return index;
                }
            }
        }
        return columns.timeCandidates[0];
    }

    // ---- duplicates and interval -----------------------------------------------------------------------------

    /** Copies rows with a unique time to {@code kept}; keeps one of identical copies; reports conflicting ones. */
    private static int dropDuplicates(List<Row> sorted, List<Row> kept, List<ImportProblem> problems) {
        int dropped = 0;
        int i = 0;
        while (i < sorted.size()) {
            Row first = sorted.get(i);
            int end = i + 1;
            boolean identical = true;
            while (end < sorted.size() && sorted.get(end).time == first.time) {
                identical &= sorted.get(end).sameValues(first);
                end++;
            }
            if (identical) {
                kept.add(first);
                dropped += end - i - 1;
            } else {
                StringBuilder others = new StringBuilder();
                for (int j = i; j < end; j++) {
                    others.append(others.length() == 0 ? "" : ", ").append(sorted.get(j).line);
                }
                for (int j = i; j < end; j++) {
                    Row row = sorted.get(j);
                    problems.add(new ImportProblem(row.line, ImportProblem.Kind.CONFLICTING_DUPLICATE, "time "
                            + UtcTime.format(row.time) + " UTC is on lines " + others + " with different values ("
                            + row.describeValues() + " here); all copies left out"));
                }
            }
            i = end;
        }
        return dropped;
    }

    /** The most common step between distinct times (the smaller on a tie); it must be a run interval. */
    private static RunInterval inferInterval(List<Row> sorted) {
        Map<Double, Integer> counts = new HashMap<>();
        for (int i = 1; i < sorted.size(); i++) {
            double step = sorted.get(i).time - sorted.get(i - 1).time;
            if (step > 0) {
                counts.merge(step, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("cannot infer the candle interval from " + sorted.size()
                    + " valid row(s) with distinct times; pass the interval in the options");
        }
        double best = 0;
        int bestCount = 0;
        for (Map.Entry<Double, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            double step = entry.getKey();
            if (count > bestCount || (count == bestCount && step < best)) {
                best = step;
                bestCount = count;
            }
        }
        for (RunInterval interval : RunInterval.values()) {
            if (interval.millis() == best) {
                return interval;
            }
        }
        throw new IllegalArgumentException("the most common time step, " + (best / 60_000.0)
                + " minutes, is not a run interval (" + RunInterval.codes() + "); pass the interval in the options");
    }

    private static StringBuilder appendNumber(StringBuilder out, double value) {
        // Whole numbers without ".0" (times, most prices); others in Java's shortest round-trip form.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return out.append((long) value);
        }
        return out.append(value);
    }

    // ---- rows --------------------------------------------------------------------------------------------------

    /** One readable row: a candle and the line it came from. */
    private static final class Row {
        final int line;
        final double time;
        final double open;
        final double high;
        final double low;
        final double close;
        final double volume;

        Row(int line, double time, double open, double high, double low, double close, double volume) {
            this.line = line;
            this.time = time;
            this.open = open;
            this.high = high;
            this.low = low;
            this.close = close;
            this.volume = volume;
        }

        boolean sameValues(Row other) {
            return open == other.open && high == other.high && low == other.low && close == other.close
                    && volume == other.volume;
        }

        String describeValues() {
            return "open " + open + ", high " + high + ", low " + low + ", close " + close + ", volume " + volume;
        }
    }

    /** Turns the fields of one data line into a {@link Row}, or reports why it cannot. */
    private static final class RowReader {
        private final CsvColumns columns;
        private final int time;
        private final int volume;
        private final String fileSymbol;
        private final int needed;
        private String error;

        RowReader(CsvColumns columns, int time, int volume, String fileSymbol) {
            this.columns = columns;
            this.time = time;
            this.volume = volume;
            this.fileSymbol = fileSymbol;
            int max = Math.max(Math.max(time, volume), Math.max(columns.symbol, columns.open));
            this.needed = 1 + Math.max(max, Math.max(columns.high, Math.max(columns.low, columns.close)));
        }

        Row read(String[] f, int line, List<ImportProblem> problems) {
            error = null;
            if (f.length < needed) {
                StringBuilder missing = new StringBuilder();
                for (int index : new int[] {time, columns.symbol, columns.open, columns.high, columns.low,
                        columns.close, volume}) {
                    if (index >= f.length) {
                        missing.append(missing.length() == 0 ? "" : ", ").append(columns.header[index]);
                    }
                }
                problems.add(new ImportProblem(line, ImportProblem.Kind.BAD_ROW, "missing " + missing + " (row has "
                        + f.length + " fields, header has " + columns.header.length + ")"));
                return null;
            }
            if (columns.symbol >= 0 && !f[columns.symbol].equalsIgnoreCase(fileSymbol)) {
                error = f[columns.symbol].isEmpty() ? "missing symbol"
                        : "symbol '" + f[columns.symbol] + "' differs from the file's '" + fileSymbol + "'";
            }
            double t = time(f[time]);
            double o = number(f, columns.open);
            double h = number(f, columns.high);
            double l = number(f, columns.low);
            double c = number(f, columns.close);
            double v = volume < 0 ? 0 : number(f, volume);
            if (error == null) {
                error = new Candle(t, o, h, l, c, v).problem();
            }
            if (error != null) {
                problems.add(new ImportProblem(line, ImportProblem.Kind.BAD_ROW, error));
                return null;
            }
            return new Row(line, t, o, h, l, c, v);
        }

        private double time(String text) {
            if (text.isEmpty()) {
                fail("missing " + columns.header[time]);
                return Double.NaN;
            }
            if (CsvLine.isNumber(text)) {
                double value = Double.parseDouble(text);
                return value < SECONDS_LIMIT ? value * 1000.0 : value;
            }
            double parsed = UtcTime.parse(text);
            if (Double.isNaN(parsed)) {
                fail(columns.header[time] + " '" + text + "' is neither an epoch number nor a yyyy-MM-dd date");
            }
            return parsed;
        }

        private double number(String[] f, int index) {
            String text = f[index];
            String name = columns.header[index];
            if (text.isEmpty()) {
                fail("missing " + name);
            } else if (text.equalsIgnoreCase("nan")) {
                fail(name + " is NaN");
            } else if (!CsvLine.isNumber(text)) {
                fail(name + " is not a number: '" + text + "'");
            } else {
                return Double.parseDouble(text);
            }
            return Double.NaN;
        }

        private void fail(String message) {
            if (error == null) {
                error = message;
            }
        }
    }
}
