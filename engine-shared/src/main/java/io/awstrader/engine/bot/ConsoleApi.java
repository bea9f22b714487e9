package io.awstrader.engine.bot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The {@code console} of a bot run: collects log, warn and error lines, stamped with the run's time. */
public final class ConsoleApi {
    /** Lines beyond this in one run are dropped, with one final error line saying so, so a chatty bot cannot flood. */
    public static final int MAX_ENTRIES_PER_RUN = 1000;
    /** Longer messages are cut, for the same reason. */
    public static final int MAX_MESSAGE_LENGTH = 10_000;

    private final double now;
    private int nextId;
    // Empty until a line is logged: one is made per candle of a backtest, and most candles log nothing.
    private final List<ConsoleEntry> entries = new ArrayList<>(0);
    private int dropped;

    ConsoleApi(double now, int nextId) {
        this.now = now;
        this.nextId = nextId;
    }

    public void log(String message) {
        add(ConsoleEntry.LOG, message);
    }

    public void warn(String message) {
        add(ConsoleEntry.WARN, message);
    }

    public void error(String message) {
        add(ConsoleEntry.ERROR, message);
    }

    private void add(String type, String message) {
        if (entries.size() >= MAX_ENTRIES_PER_RUN) {
            dropped++;
            return;
        }
        String text = message == null ? "null" : message;
        if (text.length() > MAX_MESSAGE_LENGTH) {
            text = text.substring(0, MAX_MESSAGE_LENGTH) + "… (cut at " + MAX_MESSAGE_LENGTH + " characters)";
        }
        entries.add(new ConsoleEntry(nextId++, now, type, text));
    }

    List<ConsoleEntry> entries() {
        if (dropped == 0) {
            return Collections.unmodifiableList(entries);
        }
        List<ConsoleEntry> all = new ArrayList<>(entries);
        all.add(new ConsoleEntry(nextId++, now, ConsoleEntry.ERROR,
                dropped + " more console lines were dropped: at most " + MAX_ENTRIES_PER_RUN + " per run"));
        dropped = 0;
        entries.clear();
        entries.addAll(all);
        return Collections.unmodifiableList(entries);
    }

    int nextId() {
        return nextId;
    }
}
