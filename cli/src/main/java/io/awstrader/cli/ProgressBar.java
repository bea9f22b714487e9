package io.awstrader.cli;

import io.awstrader.engine.backtest.BacktestProgress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A backtest's progress on stderr: one line redrawn in place on a terminal, else (CI, a log file) a plain line at
 * every 10%.
 */
final class ProgressBar implements BacktestProgress {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final String label;
    private int lastShown = -1;

    ProgressBar(PrintStream err, boolean terminal, String label) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
    }

    /** True when the launcher saw stderr on a terminal (it passes {@code -Dawstrader.stderr.terminal=true}). */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("awstrader.stderr.terminal") && System.getenv("CI") == null;
    }

    @Override
    public void onProgress(int done, int total) {
        if (total <= 0) {
            return;
        }
        int percent = (int) ((long) done * 100 / total);
        if (terminal) {
            if (percent == lastShown) {
                return;
            }
            int filled = percent * WIDTH / 100;
            err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %,d/%,d candles", label, "#".repeat(filled),
                    "-".repeat(WIDTH - filled), percent, done, total));
            if (done >= total) {
                err.println();
            }
            err.flush();
        } else {
            int tenth = percent / 10 * 10;
            if (tenth == lastShown || (tenth == 0 && done < total)) {
                return;
            }
            err.println(String.format(Locale.ROOT, "%s %d%% (%,d/%,d candles)", label, tenth, done, total));
            percent = tenth;
        }
        lastShown = percent;
    }

    /** Ends a line the bar left open on the terminal (a run that failed before 100%). */
    void end() {
        if (terminal && lastShown >= 0 && lastShown < 100) {
            err.println();
            err.flush();
        }
    }
}
