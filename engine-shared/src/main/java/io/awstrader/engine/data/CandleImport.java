package io.awstrader.engine.data;

import io.awstrader.engine.market.CandleSeries;
import java.util.Collections;
import java.util.List;

/** The result of reading a candle CSV: the clean series plus everything that was left out or is missing. */
public final class CandleImport {
    private static final int LISTED = 10;

    private final CandleSeries series;
    private final List<ImportProblem> problems;
    private final List<Gap> gaps;
    private final int rowsRead;
    private final int exactDuplicatesDropped;

    CandleImport(CandleSeries series, List<ImportProblem> problems, List<Gap> gaps, int rowsRead,
            int exactDuplicatesDropped) {
        this.series = series;
        this.problems = Collections.unmodifiableList(problems);
        this.gaps = Collections.unmodifiableList(gaps);
        this.rowsRead = rowsRead;
        this.exactDuplicatesDropped = exactDuplicatesDropped;
    }

    /** The valid candles, oldest first, without duplicates; gaps are left as gaps. */
    public CandleSeries series() {
        return series;
    }

    /** Rows left out of the series, ordered by line. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Runs of missing candles between the first and the last candle, oldest first. */
    public List<Gap> gaps() {
        return gaps;
    }

    /** Data rows read (non-blank lines after the header). */
    public int rowsRead() {
        return rowsRead;
    }

    /** Rows dropped because an identical row (same time, same values) was already read. */
    public int exactDuplicatesDropped() {
        return exactDuplicatesDropped;
    }

    /** Total candles missing across all gaps. */
    public int missingCandles() {
        int missing = 0;
        for (Gap gap : gaps) {
            missing += gap.missingCandles();
        }
        return missing;
    }

    /** True when every row made it into the series and nothing is missing. */
    public boolean isClean() {
        return problems.isEmpty() && gaps.isEmpty() && exactDuplicatesDropped == 0;
    }

    /** A few lines for a person: what was read, what was dropped, what is wrong, what is missing. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(series.pair()).append(' ').append(series.interval()).append(": ").append(rowsRead)
                .append(" rows read, ").append(series.size()).append(" candles");
        if (!series.isEmpty()) {
            out.append(" from ").append(UtcTime.format(series.firstTime())).append(" to ")
                    .append(UtcTime.format(series.lastTime())).append(" UTC");
        }
        out.append("\nexact duplicates dropped: ").append(exactDuplicatesDropped);
        out.append("\nproblems (rows left out): ").append(problems.size());
        appendFirst(out, problems);
        out.append("\ngaps: ").append(gaps.size()).append(" (").append(missingCandles()).append(" missing candles)");
        appendFirst(out, gaps);
        return out.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    static void appendFirst(StringBuilder out, List<?> items) {
        for (int i = 0; i < items.size() && i < LISTED; i++) {
            out.append("\n  ").append(items.get(i));
        }
        if (items.size() > LISTED) {
            out.append("\n  ... and ").append(items.size() - LISTED).append(" more");
        }
    }
}
