package io.awstrader.engine.data;

import io.awstrader.engine.market.Pair;
import java.util.ArrayList;
import java.util.List;

/** Where the candle fields are in a CSV header, found by name, case-insensitively. */
final class CsvColumns {
    /** Time column names, most preferred first: an epoch column beats a date text column. */
    private static final String[] TIME_NAMES = {"unix", "unix timestamp", "timestamp", "time", "date"};

    final String[] header;
    /** Indices of time columns present, in {@link #TIME_NAMES} order. */
    final int[] timeCandidates;
    final int open;
    final int high;
    final int low;
    final int close;
    final int symbol;

    private CsvColumns(String[] header, int[] timeCandidates, int open, int high, int low, int close, int symbol) {
        this.header = header;
        this.timeCandidates = timeCandidates;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.symbol = symbol;
    }

    /** The columns of a header line, or null when it lacks a time column or one of open/high/low/close. */
    static CsvColumns find(String[] header) {
        List<Integer> times = new ArrayList<>();
        for (String name : TIME_NAMES) {
            int index = indexOf(header, name);
            if (index >= 0) {
                times.add(index);
            }
        }
        int open = indexOf(header, "open");
        int high = indexOf(header, "high");
        int low = indexOf(header, "low");
        int close = indexOf(header, "close");
        if (times.isEmpty() || open < 0 || high < 0 || low < 0 || close < 0) {
            return null;
        }
        int[] timeCandidates = new int[times.size()];
        for (int i = 0; i < timeCandidates.length; i++) {
            timeCandidates[i] = times.get(i);
        }
        return new CsvColumns(header, timeCandidates, open, high, low, close, indexOf(header, "symbol"));
    }

    /**
     * The volume column for {@code pair}: the one the caller named, else {@code Volume}, else {@code Volume <BASE>}
     * (files list both base and quote volumes, in an order that differs between exchanges); -1 when the file has
     * no volume column at all.
     */
    int volume(Pair pair, String requested) {
        if (requested != null) {
            int index = indexOf(header, CsvLine.lower(requested.trim()));
            if (index < 0) {
                throw new IllegalArgumentException("volume column '" + requested + "' is not in the header "
                        + String.join(",", header));
            }
            return index;
        }
        int plain = indexOf(header, "volume");
        if (plain >= 0) {
            return plain;
        }
        String base = CsvLine.lower(pair.base());
        List<String> others = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = CsvLine.lower(header[i]);
            if (name.startsWith("volume") && name.length() > 6) {
                String asset = name.substring(7).trim();
                char separator = name.charAt(6);
                if ((separator == ' ' || separator == '_' || separator == '-') && asset.equals(base)) {
                    return i;
                }
                others.add(header[i]);
            }
        }
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("none of the volume columns " + others + " is in the base asset "
                    + pair.base() + " of " + pair + "; name the volume column in the options");
        }
        return -1;
    }

    private static int indexOf(String[] header, String lowerName) {
        for (int i = 0; i < header.length; i++) {
            if (CsvLine.lower(header[i]).equals(lowerName)) {
                return i;
            }
        }
        return -1;
    }
}
