package io.awstrader.engine.backtest;

/** Told how far a backtest has come, about a hundred times per run, so a UI can draw a progress bar. */
public interface BacktestProgress {

    BacktestProgress NONE = (done, total) -> { };

    void onProgress(int done, int total);
}
