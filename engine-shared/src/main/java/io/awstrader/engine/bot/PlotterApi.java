package io.awstrader.engine.bot;

import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.plot.PlotMark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The {@code plotter} of a bot run: values plotted now are stamped with the time of the pair's newest candle, so
 * they line up with the candle they were computed from.
 */
public final class PlotterApi {
    /** Plotting more than this per run is a bug in the bot, not a chart. */
    public static final int MAX_MARKS_PER_RUN = 1000;

    private final BotConfig config;
    private final Map<Pair, CandleWindow> candles;
    private final List<PlotMark> marks = new ArrayList<>(0); // most runs plot little or nothing

    PlotterApi(BotConfig config, Map<Pair, CandleWindow> candles) {
        this.config = config;
        this.candles = candles;
    }

    /** Adds {@code value} to the line series {@code name} of {@code pair} on {@code chart} (null: the candle chart). */
    public void plotSeries(String name, String pair, double value, String chart) {
        add(PlotMark.Kind.SERIES, name, pair, value, chart);
    }

    /** Adds a marker point {@code name} at {@code value} for {@code pair} on {@code chart} (null: the candle chart). */
    public void plotPoint(String name, String pair, double value, String chart) {
        add(PlotMark.Kind.POINT, name, pair, value, chart);
    }

    private void add(PlotMark.Kind kind, String name, String pairText, double value, String chart) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("plot needs a series name");
        }
        Pair pair = config.pair(pairText);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("plot '" + name + "' needs a finite number, got " + NumberText.format(value));
        }
        if (marks.size() >= MAX_MARKS_PER_RUN) {
            throw new IllegalArgumentException("more than " + MAX_MARKS_PER_RUN + " plotted values in one run");
        }
        CandleWindow window = candles.get(pair);
        double time = window.time(window.size() - 1);
        String panel = chart == null || chart.isEmpty() ? PlotMark.CANDLES : chart;
        String written = pair.isWritten(pairText) ? pairText : pair.toString();
        marks.add(new PlotMark(kind, written, panel, name, time, value));
    }

    List<PlotMark> marks() {
        return Collections.unmodifiableList(marks);
    }
}
